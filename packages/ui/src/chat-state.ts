import type { Message, StreamInterrupt, ThreadState } from "@runwire/types";
import { appendChunk, messageFromChunk } from "./message-chunk";
import { sameJson } from "./same-json";
import type { ChatStreamPart } from "./types";

// The pure part of the store: what a thread shows after each stream part. Built for long threads:
// a token touches only the short list of messages still streaming; the thread's settled messages
// are rebuilt only by a `values` part, and a message object survives it when it did not change,
// so a UI re-renders only the rows that did.

/**
 * What a thread shows, as the reducer keeps it. Messages live in three runs, shown in this order:
 * `settled` (the thread's state), `leftover` (partial messages of a stopped run, kept on screen
 * until the next run's state replaces them) and `streaming` (messages of the current run that the
 * state does not hold yet).
 */
export interface ChatState<State> {
  readonly values: State;
  readonly settled: readonly Message[];
  /** Position of each settled message by id. */
  readonly settledIndex: ReadonlyMap<string, number>;
  readonly leftover: readonly Message[];
  readonly streaming: readonly Message[];
  readonly interrupts: readonly StreamInterrupt[];
}

const NO_MESSAGES: readonly Message[] = Object.freeze([]);
const NO_INTERRUPTS: readonly StreamInterrupt[] = Object.freeze([]);

/**
 * The state of a thread with these values and nothing streamed.
 *
 * @example
 * const state = initialChatState({ messages: [] }, "messages");
 */
export function initialChatState<State>(values: State, messagesKey: string): ChatState<State> {
  const settled = messagesOf(values, messagesKey);
  return {
    values,
    settled,
    settledIndex: indexById(settled),
    leftover: NO_MESSAGES,
    streaming: NO_MESSAGES,
    interrupts: NO_INTERRUPTS,
  };
}

/**
 * The state of a loaded thread: its values, and what it is paused on (never invented).
 *
 * @example
 * const state = chatStateFromThread(await client.threads.getState(threadId), "messages");
 */
export function chatStateFromThread<State>(
  thread: ThreadState<State>,
  messagesKey: string,
): ChatState<State> {
  return { ...initialChatState(thread.values, messagesKey), interrupts: interruptsOf(thread) };
}

/**
 * A new run starts: what streamed before it becomes leftover (dropped at the run's first state),
 * and the thread is no longer paused.
 *
 * @example
 * const running = beginRun(state);
 */
export function beginRun<State>(state: ChatState<State>): ChatState<State> {
  if (state.streaming.length === 0 && state.interrupts.length === 0) return state;
  return {
    ...state,
    leftover:
      state.streaming.length === 0 ? state.leftover : [...state.leftover, ...state.streaming],
    streaming: NO_MESSAGES,
    interrupts: NO_INTERRUPTS,
  };
}

/**
 * Messages restored from a resume token: they continue streaming.
 *
 * @example
 * const resumed = restoreStreaming(state, token.partial);
 */
export function restoreStreaming<State>(
  state: ChatState<State>,
  partial: readonly Message[],
): ChatState<State> {
  const missing = partial.filter(
    (message) => typeof message.id !== "string" || !state.settledIndex.has(message.id),
  );
  return missing.length === 0 ? state : { ...state, streaming: [...state.streaming, ...missing] };
}

/**
 * The state after one stream part. Parts of subgraphs (`ns` not empty) change only messages.
 *
 * @example
 * for await (const part of client.runs.stream(threadId, "agent", { version: "v2", streamMode })) {
 *   state = reduceChat(state, part, "messages");
 * }
 */
export function reduceChat<State>(
  state: ChatState<State>,
  part: ChatStreamPart<State>,
  messagesKey: string,
): ChatState<State> {
  switch (part.type) {
    case "values":
      if (part.ns.length > 0) return state;
      if (part.interrupted === true) return { ...state, interrupts: part.interrupts };
      // The graph stepped on: what the thread was paused on is answered. A joined run (a reload
      // during a resume, a run another client started) clears it here, as `submit` does at once.
      return withValues(
        state.interrupts.length === 0 ? state : { ...state, interrupts: NO_INTERRUPTS },
        part.data,
        messagesKey,
      );
    case "updates":
      if (part.ns.length > 0 || part.interrupted !== true) return state;
      return { ...state, interrupts: part.interrupts };
    case "messages":
      // `messages-tuple` mode: [message chunk, metadata].
      return Array.isArray(part.data) ? applyChunk(state, part.data[0] as Message) : state;
    default:
      return state;
  }
}

/**
 * The state with new values (a `values` part, optimistic values, a callback's `mutate`): settled
 * messages rebuilt from them, keeping each message object that did not change.
 *
 * @example
 * const shown = withValues(state, { ...state.values, topic: "tides" }, "messages");
 */
export function withValues<State>(
  state: ChatState<State>,
  values: State,
  messagesKey: string,
): ChatState<State> {
  const incoming = messagesOf(values, messagesKey);
  const settled = incoming.map((message, i) => {
    // Messages mostly stay where they were: look there before looking them up by id.
    const atSamePlace = state.settled[i];
    const previous =
      atSamePlace !== undefined && atSamePlace.id === message.id
        ? atSamePlace
        : findMessage(state, message.id);
    return previous !== undefined && sameJson(previous, message) ? previous : message;
  });
  let prefix = 0;
  while (prefix < settled.length && settled[prefix] === state.settled[prefix]) prefix++;
  const unchanged = prefix === settled.length && prefix === state.settled.length;
  const settledIndex = unchanged
    ? state.settledIndex
    : prefix === state.settled.length
      ? extendIndex(state.settledIndex, settled, prefix)
      : indexById(settled);
  const streaming = state.streaming.filter(
    (message) => typeof message.id !== "string" || !settledIndex.has(message.id),
  );
  return {
    values,
    settled: unchanged ? state.settled : settled,
    settledIndex,
    // The run's state is here: a stopped run's partial messages are not in it, so they go.
    leftover: NO_MESSAGES,
    streaming: streaming.length === state.streaming.length ? state.streaming : streaming,
    interrupts: state.interrupts,
  };
}

function applyChunk<State>(state: ChatState<State>, chunk: Message): ChatState<State> {
  const id = chunk.id;
  // Without an id a chunk cannot be joined to its message; the state's copy will come.
  if (typeof id !== "string" || id === "") return state;
  // A message in the state is complete (its node finished): a chunk for it is a replay.
  if (state.settledIndex.has(id)) return state;
  const streaming = state.streaming;
  for (let i = streaming.length - 1; i >= 0; i--) {
    const message = streaming[i];
    if (message?.id === id) {
      const next = streaming.slice();
      next[i] = appendChunk(message, chunk);
      return { ...state, streaming: next };
    }
  }
  return { ...state, streaming: [...streaming, messageFromChunk(chunk)] };
}

/** The message with this id, settled, streaming or left over; undefined when there is none. */
export function findMessage<State>(state: ChatState<State>, id: unknown): Message | undefined {
  if (typeof id !== "string") return undefined;
  const at = state.settledIndex.get(id);
  if (at !== undefined) return state.settled[at];
  return state.streaming.find((m) => m.id === id) ?? state.leftover.find((m) => m.id === id);
}

function messagesOf(values: unknown, messagesKey: string): readonly Message[] {
  if (typeof values !== "object" || values === null) return NO_MESSAGES;
  const messages = (values as Record<string, unknown>)[messagesKey];
  return Array.isArray(messages) ? (messages as Message[]) : NO_MESSAGES;
}

/** The index of a list that only grew: a copy of the old one (native, fast) plus the new ids. */
function extendIndex(
  index: ReadonlyMap<string, number>,
  messages: readonly Message[],
  from: number,
): Map<string, number> {
  const extended = new Map(index);
  for (let i = from; i < messages.length; i++) {
    const id = messages[i]?.id;
    if (typeof id === "string") extended.set(id, i);
  }
  return extended;
}

function indexById(messages: readonly Message[]): Map<string, number> {
  const index = new Map<string, number>();
  messages.forEach((message, i) => {
    if (typeof message.id === "string") index.set(message.id, i);
  });
  return index;
}

/** The interrupts a loaded thread is paused on: every task's, by id once. */
function interruptsOf(thread: ThreadState<unknown>): readonly StreamInterrupt[] {
  const seen = new Set<string>();
  const interrupts: StreamInterrupt[] = [];
  const all = [
    ...(thread.tasks ?? []).flatMap((task) => task.interrupts ?? []),
    ...(thread.interrupts ?? []),
  ];
  for (const interrupt of all) {
    if (seen.has(interrupt.id)) continue;
    seen.add(interrupt.id);
    interrupts.push(interrupt);
  }
  return interrupts.length === 0 ? NO_INTERRUPTS : interrupts;
}
