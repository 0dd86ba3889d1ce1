import type { StreamMode } from "@runwire/types";
import type { SseEvent } from "../sse/decoder";
import { EVENT_READER, type EventReader } from "./event-reader";

// "Exactly the parts of the modes you ask for": with `streamSubgraphs` the LangGraph server also
// sends `checkpoints` envelopes nobody asked for, which an exhaustive `switch` on the part type
// cannot expect. Parts of a known mode that was not requested are dropped; `metadata`, `error`,
// `end`, `feedback` and names runwire does not know pass through as before.

/** The event types (the name before any `|namespace`) each stream mode produces. */
const EVENT_TYPES_BY_MODE: Readonly<Record<StreamMode, readonly string[]>> = {
  values: ["values"],
  updates: ["updates"],
  messages: ["messages/partial", "messages/complete", "messages/metadata"],
  "messages-tuple": ["messages"],
  custom: ["custom"],
  events: ["events"],
  tasks: ["tasks"],
  checkpoints: ["checkpoints"],
  debug: ["debug"],
  tools: ["tools"],
  lifecycle: ["lifecycle"],
};

/**
 * The event types of the modes not in `modes`: parts of these types are dropped. Null when every
 * mode was requested (nothing to drop).
 */
export function unrequestedEventTypes(
  modes: StreamMode | readonly StreamMode[],
): ReadonlySet<string> | null {
  const requested = new Set<string>(typeof modes === "string" ? [modes] : modes);
  const dropped = new Set<string>();
  for (const [mode, types] of Object.entries(EVENT_TYPES_BY_MODE)) {
    if (!requested.has(mode)) for (const type of types) dropped.add(type);
  }
  // A type two modes share stays when either was asked for.
  for (const mode of requested) {
    for (const type of EVENT_TYPES_BY_MODE[mode as StreamMode] ?? []) dropped.delete(type);
  }
  return dropped.size === 0 ? null : dropped;
}

/** The type of a v1 event name: what comes before the first `|`. */
export function eventTypeOf(event: string): string {
  const bar = event.indexOf("|");
  return bar === -1 ? event : event.slice(0, bar);
}

/**
 * `toEventStream`'s reader with the same filter as the parts: events of `dropped` types are not
 * relayed (compared by name; nothing is parsed).
 */
export function eventReaderWithout(dropped: ReadonlySet<string> | null): EventReader<SseEvent> {
  if (dropped === null) return EVENT_READER;
  return {
    read: (event, status) =>
      dropped.has(eventTypeOf(event.event)) ? undefined : EVENT_READER.read(event, status),
    data: EVENT_READER.data,
  };
}
