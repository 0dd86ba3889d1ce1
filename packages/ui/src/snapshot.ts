import type { Message } from "@runwire/types";
import type { ChatState } from "./chat-state";
import type { ChatSnapshot } from "./types";

// Builds the immutable snapshot listeners read, reusing every part that did not change. On a long
// thread a token must not cost O(thread): the id list is rebuilt only when a message comes or
// goes, and the full `messages` array (and `values` with it) only when someone reads it.

/** What earlier snapshots were built from, to reuse their arrays. */
export interface SnapshotCache<State> {
  messages: { from: readonly (readonly Message[])[]; value: readonly Message[] } | undefined;
  settledIds: { from: readonly Message[]; value: readonly string[] } | undefined;
  ids:
    | { tail: readonly string[]; settled: readonly string[]; value: readonly string[] }
    | undefined;
  values: { from: [State, readonly Message[]]; value: State } | undefined;
}

/** A cache with nothing in it yet. */
export const emptySnapshotCache = <State>(): SnapshotCache<State> => ({
  messages: undefined,
  settledIds: undefined,
  ids: undefined,
  values: undefined,
});

/** The fields of a snapshot that are not derived from the messages. */
export type SnapshotStatus<State> = Omit<
  ChatSnapshot<State>,
  "values" | "messages" | "messageIds" | "interrupts"
>;

export function buildSnapshot<State>(
  cache: SnapshotCache<State>,
  state: ChatState<State>,
  status: SnapshotStatus<State>,
  messagesKey: string,
): ChatSnapshot<State> {
  return Object.freeze({
    ...status,
    get values() {
      return valuesOf(cache, state, messagesOf(cache, state), messagesKey);
    },
    get messages() {
      return messagesOf(cache, state);
    },
    messageIds: idsOf(cache, state),
    interrupts: state.interrupts,
  });
}

function messagesOf<State>(cache: SnapshotCache<State>, state: ChatState<State>) {
  const from = [state.settled, state.leftover, state.streaming];
  const cached = cache.messages;
  if (cached !== undefined && from.every((part, i) => part === cached.from[i])) return cached.value;
  const value =
    state.leftover.length === 0 && state.streaming.length === 0
      ? state.settled
      : [...state.settled, ...state.leftover, ...state.streaming];
  cache.messages = { from, value };
  return value;
}

/** The values, with the messages shown (streamed ones included) under the messages key. */
function valuesOf<State>(
  cache: SnapshotCache<State>,
  state: ChatState<State>,
  messages: readonly Message[],
  messagesKey: string,
): State {
  if (messages === state.settled) return state.values;
  const cached = cache.values;
  if (cached !== undefined && cached.from[0] === state.values && cached.from[1] === messages) {
    return cached.value;
  }
  const value = { ...(state.values as object), [messagesKey]: messages } as State;
  cache.values = { from: [state.values, messages], value };
  return value;
}

/** A message's key: its id, or its position for the rare message without one. */
export const messageKey = (message: Message, index: number): string =>
  typeof message.id === "string" ? message.id : `#${index}`;

function idsOf<State>(cache: SnapshotCache<State>, state: ChatState<State>): readonly string[] {
  let settled = cache.settledIds;
  if (settled?.from !== state.settled) {
    settled = { from: state.settled, value: state.settled.map(messageKey) };
    cache.settledIds = settled;
  }
  const offset = state.settled.length;
  const tail = [...state.leftover, ...state.streaming].map((m, i) => messageKey(m, offset + i));
  const previous = cache.ids;
  if (
    previous !== undefined &&
    previous.settled === settled.value &&
    previous.tail.length === tail.length &&
    previous.tail.every((id, i) => id === tail[i])
  ) {
    return previous.value;
  }
  const value = tail.length === 0 ? settled.value : [...settled.value, ...tail];
  cache.ids = { tail, settled: settled.value, value };
  return value;
}

/** The ids of the messages that differ between two states (changed, added or removed). */
export function changedMessageIds<State>(
  before: ChatState<State>,
  after: ChatState<State>,
): Set<string> {
  const changed = new Set<string>();
  const diff = (left: readonly Message[], right: readonly Message[]) => {
    if (left === right) return;
    const rightById = new Map<string, Message>();
    right.forEach((m, i) => {
      rightById.set(messageKey(m, i), m);
    });
    left.forEach((m, i) => {
      const key = messageKey(m, i);
      if (rightById.get(key) !== m) changed.add(key);
    });
    const leftKeys = new Set(left.map(messageKey));
    for (const [key] of rightById) if (!leftKeys.has(key)) changed.add(key);
  };
  // Settled messages change only with a `values` part: a token compares a few streaming ones.
  if (before.settled === after.settled) {
    diff([...before.leftover, ...before.streaming], [...after.leftover, ...after.streaming]);
  } else {
    diff(
      [...before.settled, ...before.leftover, ...before.streaming],
      [...after.settled, ...after.leftover, ...after.streaming],
    );
  }
  return changed;
}
