import type { ChatSnapshot, ChatStore } from "@runwire/ui";
import { useRef, useSyncExternalStore } from "react";

interface Selection<State, T> {
  snapshot: ChatSnapshot<State>;
  selector: (snapshot: ChatSnapshot<State>) => T;
  value: T;
}

/**
 * A part of the store's snapshot; the component re-renders only when `isEqual` (default
 * `Object.is`) says the part changed. The snapshot's arrays are replaced only when they changed,
 * so selecting one (`s => s.messageIds`) needs no custom equality.
 *
 * @example
 * const count = useChatSelector(store, (s) => s.messages.length);
 */
export function useChatSelector<State, T>(
  store: ChatStore<State>,
  selector: (snapshot: ChatSnapshot<State>) => T,
  isEqual: (previous: T, next: T) => boolean = Object.is,
): T {
  const last = useRef<Selection<State, T> | undefined>(undefined);
  const select = (): T => {
    const snapshot = store.getSnapshot();
    const previous = last.current;
    if (previous?.snapshot === snapshot && previous.selector === selector) return previous.value;
    const next = selector(snapshot);
    // An equal part keeps the previous value: useSyncExternalStore then skips the re-render.
    const value = previous !== undefined && isEqual(previous.value, next) ? previous.value : next;
    last.current = { snapshot, selector, value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, select, select);
}
