import {
  checkOptions,
  RUNS_ENDPOINTS,
  type RunsJoinStreamOptions,
  RunsJoinStreamOptionsSchema,
  toWireKey,
} from "@runwire/types";
import { badRequest, type Refusal } from "./request-error";
import { toWirePath, wireTable } from "./wire-fields";

// The query of a join stream (`GET …/runs/:runId/stream`), as runwire's `joinStream` and its
// resume send it: `stream_mode` (repeated), `cancel_on_disconnect=true`, and `Last-Event-ID`.

// The query keys of runwire's own joinStream endpoint (`stream_mode`, `cancel_on_disconnect`).
const JOIN_FIELDS = wireTable(RUNS_ENDPOINTS.joinStream.stateless.query ?? [], toWireKey);

/** The join-stream options for a request's query and `Last-Event-ID`, or the 400 for them. */
export function checkJoinStreamQuery(
  query: URLSearchParams,
  lastEventId: string | undefined,
  label: string,
): { ok: true; options: RunsJoinStreamOptions } | { ok: false; refusal: Refusal } {
  for (const key of query.keys()) {
    if (!JOIN_FIELDS.has(key)) {
      return {
        ok: false,
        refusal: badRequest("unknown_field", key, `${label}: unknown query parameter "${key}"`),
      };
    }
  }
  const options: Record<string, unknown> = {};
  const modes = query.getAll("stream_mode");
  if (modes.length > 0) options.streamMode = modes;
  const cancel = query.get("cancel_on_disconnect");
  if (cancel !== null) {
    if (cancel !== "true" && cancel !== "false") {
      return {
        ok: false,
        refusal: badRequest(
          "invalid_body",
          "cancel_on_disconnect",
          `${label}: invalid query parameter "cancel_on_disconnect": expected true or false, got ${JSON.stringify(cancel)}`,
          ["true", "false"],
        ),
      };
    }
    options.cancelOnDisconnect = cancel === "true";
  }
  if (lastEventId !== undefined) options.lastEventId = lastEventId;

  const result = checkOptions(RunsJoinStreamOptionsSchema, options, label);
  if (result.success) return { ok: true, options: result.data };
  const field = toWirePath(result.issue.field, JOIN_FIELDS);
  const message = result.issue.message.replace(`"${result.issue.field}"`, `"${field}"`);
  return { ok: false, refusal: badRequest("invalid_body", field, message, result.issue.allowed) };
}
