import type { Breakpoint, StreamPart } from "@runwire/types";
import { InvalidResponseError } from "../errors/invalid-response-error";
import type { SseEvent } from "../sse/decoder";

/** A v2 part as built from a v1 part, before any typing (docs/spec/runs.md §5.6). */
export interface UntypedStreamPartV2 {
  type: string;
  ns: string[];
  data: unknown;
  interrupts: unknown;
  /** Present (`true`) only on a `values` or `updates` part that reports a pause. */
  interrupted?: true;
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

/** Parts with neither a name nor data carry nothing and are not delivered (docs/spec/runs.md §5.5). */
export function isEmptyPart(part: StreamPart): boolean {
  return part.event === "" && part.data === null;
}

/**
 * v1 → v2 (docs/spec/runs.md §5.6): the event name splits on `|` into `type` and the subgraph namespace
 * `ns`; `end` gives null. At a pause the server sends `{ __interrupt__: [...] }` as a `values` or
 * `updates` part: the key moves out of `data` into `interrupts` and the part is marked
 * `interrupted: true`. A static breakpoint (`interruptBefore`/`After`) arrives as an empty list,
 * which becomes one `Breakpoint`, so that every pause shows in `interrupts`.
 */
export function toStreamPartV2(part: StreamPart): UntypedStreamPartV2 | null {
  if (part.event === "end") return null;
  const pieces = part.event.split("|");
  const type = pieces[0] ?? "";
  const ns = pieces.slice(1);
  const data = part.data;
  if (
    (type === "values" || type === "updates") &&
    typeof data === "object" &&
    data !== null &&
    !Array.isArray(data) &&
    "__interrupt__" in data
  ) {
    const state = data as Record<string, unknown>;
    const raised = state.__interrupt__;
    delete state.__interrupt__;
    const interrupts = Array.isArray(raised) && raised.length > 0 ? raised : [breakpoint()];
    return { type, ns, data, interrupts, interrupted: true };
  }
  return { type, ns, data, interrupts: [] };
}

function breakpoint(): Breakpoint {
  return { id: null, value: null, breakpoint: true };
}
