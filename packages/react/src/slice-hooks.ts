import type { ChatSnapshot, ChatStore, Message, StreamInterrupt } from "@runwire/ui";
import { useChatSelector } from "./use-chat-selector";

// Selector hooks for the parts of a snapshot a chat UI reads most. Module-level selectors: the
// same function every render, so a selection is computed once per snapshot.

const selectMessages = <S>(s: ChatSnapshot<S>) => s.messages;
const selectMessageIds = <S>(s: ChatSnapshot<S>) => s.messageIds;
const selectInterrupts = <S>(s: ChatSnapshot<S>) => s.interrupts;
const selectIsLoading = <S>(s: ChatSnapshot<S>) => s.isLoading;

/**
 * The messages; re-renders when any message changed (each token, batched per frame). For a
 * long list, render the ids ({@link useMessageIds}) and let each row read {@link useMessage}.
 *
 * @example
 * const messages = useMessages(store);
 */
export function useMessages<State>(store: ChatStore<State>): readonly Message[] {
  return useChatSelector(store, selectMessages);
}

/**
 * The messages' ids, in order; re-renders only when a message is added or removed, never for a
 * token.
 *
 * @example
 * ```tsx
 * const ids = useMessageIds(store);
 * return ids.map((id) => <Row key={id} store={store} id={id} />);
 * ```
 */
export function useMessageIds<State>(store: ChatStore<State>): readonly string[] {
  return useChatSelector(store, selectMessageIds);
}

/**
 * What the thread is paused on (empty when it is not); re-renders only when that changes.
 *
 * @example
 * const [interrupt] = useInterrupts(store);
 */
export function useInterrupts<State>(store: ChatStore<State>): readonly StreamInterrupt[] {
  return useChatSelector(store, selectInterrupts);
}

/**
 * Whether a run is streaming; re-renders only when that changes.
 *
 * @example
 * const isLoading = useIsLoading(store);
 */
export function useIsLoading<State>(store: ChatStore<State>): boolean {
  return useChatSelector(store, selectIsLoading);
}
