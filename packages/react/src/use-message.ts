import type { ChatStore, Message } from "@runwire/ui";
import { useCallback, useSyncExternalStore } from "react";

/**
 * One message by id; the component re-renders only when that message changed (its own tokens),
 * not when another one streams. Pair with {@link useMessageIds} in the parent, and wrap the row
 * in `React.memo` so a new row elsewhere does not re-render it.
 *
 * @example
 * ```tsx
 * const Row = memo(function Row({ store, id }: { store: ChatStore; id: string }) {
 *   const message = useMessage(store, id);
 *   return <p>{String(message?.content ?? "")}</p>;
 * });
 * ```
 */
export function useMessage<State>(store: ChatStore<State>, id: string): Message | undefined {
  const subscribe = useCallback(
    (listener: () => void) => store.subscribeMessage(id, listener),
    [store, id],
  );
  const read = () => store.getMessage(id);
  return useSyncExternalStore(subscribe, read, read);
}
