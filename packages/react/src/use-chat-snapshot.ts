import type { ChatSnapshot, ChatStore } from "@runwire/ui";
import { useSyncExternalStore } from "react";

/**
 * The store's snapshot, re-rendering on each notification (at most once per animation frame by
 * default). For a part of it, {@link useChatSelector} re-renders only when that part changed.
 *
 * @example
 * const { messages, isLoading } = useChatSnapshot(store);
 */
export function useChatSnapshot<State>(store: ChatStore<State>): ChatSnapshot<State> {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
