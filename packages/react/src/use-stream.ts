import type { ChatSnapshot, ChatStore, DefaultValues, Message } from "@runwire/ui";
import { useMemo } from "react";
import type { UseStreamOptions, UseStreamResult } from "./types";
import { useChatSnapshot } from "./use-chat-snapshot";
import { useBoundStore } from "./use-chat-store";

/**
 * The official `useStream`'s common subset on runwire: the thread's values and messages, the
 * run streaming into them, `submit`, `stop`, `joinStream` and `switchThread`. The component
 * re-renders at most once per animation frame (`throttle`); for long threads, render rows with
 * `useChatStore` + `useMessageIds` + `useMessage` instead.
 *
 * @typeParam State - the graph's state
 * @example
 * ```tsx
 * function Chat() {
 *   const { messages, submit, isLoading, stop } = useStream({ apiUrl, assistantId: "agent" });
 *   return (
 *     <>
 *       {messages.map((m) => <p key={m.id}>{String(m.content)}</p>)}
 *       <button onClick={() => submit({ messages: [{ type: "human", content: "Hi!" }] })}>Send</button>
 *       {isLoading && <button onClick={() => stop()}>Stop</button>}
 *     </>
 *   );
 * }
 * ```
 */
export function useStream<State = DefaultValues>(
  options: UseStreamOptions<State>,
): UseStreamResult<State> {
  const { store, client } = useBoundStore(options);
  const snapshot = useChatSnapshot(store);
  return useMemo(
    () => resultOf(store, snapshot, client, options.assistantId),
    [store, snapshot, client, options.assistantId],
  );
}

function resultOf<State>(
  store: ChatStore<State>,
  snapshot: ChatSnapshot<State>,
  client: UseStreamResult<State>["client"],
  assistantId: string,
): UseStreamResult<State> {
  return {
    values: snapshot.values,
    messages: snapshot.messages,
    // A getter: a component that never reads the tool calls never computes them.
    get toolCalls() {
      return store.getToolCalls(snapshot.messages);
    },
    getToolCalls: (message: Message) =>
      store.getToolCalls(snapshot.messages).filter((call) => call.aiMessage.id === message.id),
    interrupt: snapshot.interrupts[0],
    interrupts: snapshot.interrupts,
    isLoading: snapshot.isLoading,
    isThreadLoading: snapshot.isThreadLoading,
    error: snapshot.error,
    submit: store.submit,
    stop: store.stop,
    joinStream: store.joinStream,
    switchThread: store.switchThread,
    client,
    assistantId,
    store,
  };
}
