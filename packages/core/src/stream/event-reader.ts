import type { StreamPart } from "@runwire/types";
import type { SseEvent } from "../sse/decoder";
import { isEmptyPart, toStreamPart } from "./parts";

/**
 * How a decoded event becomes what the stream hands out: a parsed part, or (to relay a stream as
 * SSE bytes) the event itself, never parsed.
 */
export interface EventReader<T> {
  /** What is handed out for `event`, or `undefined` to skip it (an empty event). */
  read(event: SseEvent, status: number): T | undefined;
  /** The parsed data of what was handed out (read only when a resume strategy asks for it). */
  data(value: T, event: SseEvent): unknown;
}

/** Parts: each event's data parsed as JSON; empty parts are not delivered (docs/spec/runs.md §5.5). */
export const PART_READER: EventReader<StreamPart> = {
  read(event, status) {
    const part = toStreamPart(event, status);
    return isEmptyPart(part) ? undefined : part;
  },
  data: (part) => part.data,
};

/** The events as decoded, data unparsed; the same events are skipped as by {@link PART_READER}. */
export const EVENT_READER: EventReader<SseEvent> = {
  read: (event) =>
    event.event === "" && (event.data === "" || event.data === "null") ? undefined : event,
  data(_value, event) {
    try {
      return JSON.parse(event.data);
    } catch {
      return null;
    }
  },
};
