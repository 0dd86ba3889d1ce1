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
  const joined = tail.length === 0 ? settled.value : [...settled.value, ...tail];
  // A message moving from streaming to settled keeps the sequence: keep the array a list renders.
  const value = previous !== undefined && sameIds(previous.value, joined) ? previous.value : joined;
  cache.ids = { tail, settled: settled.value, value };
  return value;
}

function sameIds(left: readonly string[], right: readonly string[]): boolean {
  if (left.length !== right.length) return false;
  for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return false;
  return true;
}

/** The ids of the messages that differ between two states (changed, added or removed). */
export function changedMessageIds<State>(
  before: ChatState<State>,
  after: ChatState<State>,
): Set<string> {
  const changed = new Set<string>();
  // Settled messages change only with a `values` part: a token compares a few streaming ones.
  const from = before.settled === after.settled ? before.settled.length : 0;
  // Position by position, without building the joined lists: a message that moved or changed
  // differs at its position (a moved one is reported at both: harmless, its row re-reads it).
  const total = Math.max(lengthOf(before), lengthOf(after));
  for (let i = from; i < total; i++) {
    const left = messageAt(before, i);
    const right = messageAt(after, i);
    if (left === right) continue;
    if (left !== undefined) changed.add(messageKey(left, i));
    if (right !== undefined) changed.add(messageKey(right, i));
  }
  return changed;
}

const lengthOf = <State>(state: ChatState<State>) =>
  state.settled.length + state.leftover.length + state.streaming.length;

/** The message a `messageIds` key names when the message has no id (`#<index>`), if any. */
export function messageByPosition<State>(
  state: ChatState<State>,
  key: string,
): Message | undefined {
  if (!/^#\d+$/.test(key)) return undefined;
  const index = Number(key.slice(1));
  const message = messageAt(state, index);
  return message !== undefined && messageKey(message, index) === key ? message : undefined;
}

function messageAt<State>(state: ChatState<State>, index: number): Message | undefined {
  const { settled, leftover, streaming } = state;
  if (index < settled.length) return settled[index];
  const inLeftover = index - settled.length;
  if (inLeftover < leftover.length) return leftover[inLeftover];
  return streaming[inLeftover - leftover.length];
}
