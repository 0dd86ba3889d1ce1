import type { StreamPart } from "@runwire/types";
import { InvalidResponseError } from "../errors/invalid-response-error";
import type { SseEvent } from "../sse/decoder";

/** A v2 part as built from a v1 part, before any typing (RUNS_SPEC §5.6). */
export interface UntypedStreamPartV2 {
  type: string;
  ns: string[];
  data: unknown;
  interrupts: unknown;
}

/**
 * Parses one SSE event into a v1 part: `data` as JSON (`""` → `null`). Invalid JSON becomes an
 * `InvalidResponseError` naming the event, never a crash in a callback.
 */
export function toStreamPart(event: SseEvent, status: number): StreamPart {
  let data: unknown = null;
  if (event.data !== "") {
    try {
      data = JSON.parse(event.data);
    } catch (error) {
      throw InvalidResponseError.forSseEvent({
        event: event.event,
        id: event.id ?? null,
        data: event.data,
        status,
        cause: error,
      });
    }
  }
  return event.id === undefined
    ? { event: event.event, data }
    : { event: event.event, data, id: event.id };
}

/** Parts with neither a name nor data carry nothing and are not delivered (RUNS_SPEC §5.5). */
export function isEmptyPart(part: StreamPart): boolean {
  return part.event === "" && part.data === null;
}

/**
 * v1 → v2 (RUNS_SPEC §5.6): the event name splits on `|` into `type` and the subgraph namespace
 * `ns`; a `values` part's `__interrupt__` moves out of `data` into `interrupts`; `end` gives null.
 */
export function toStreamPartV2(part: StreamPart): UntypedStreamPartV2 | null {
  if (part.event === "end") return null;
  const pieces = part.event.split("|");
  const type = pieces[0] ?? "";
  const ns = pieces.slice(1);
  const data = part.data;
  let interrupts: unknown = [];
  if (type === "values" && typeof data === "object" && data !== null && !Array.isArray(data)) {
    const state = data as Record<string, unknown>;
    if ("__interrupt__" in state) {
      interrupts = state.__interrupt__;
      delete state.__interrupt__;
    }
  }
  return { type, ns, data, interrupts };
}
