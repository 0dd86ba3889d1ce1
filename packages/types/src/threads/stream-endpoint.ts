import { define } from "../define";
import { defineEndpoint, jsonResponse } from "../endpoint/endpoint";
import { ThreadsJoinStreamOptionsCheck } from "../generated/checks";
import type { ThreadsJoinStreamOptions } from "./stream-options";

/**
 * `threads.joinStream`: `GET /threads/{threadId}/stream`, the thread's event stream (PLATFORM_SPEC
 * §6.1, P25). `stream_mode` is sent only when given, one key per mode; `lastEventId` travels as
 * `Last-Event-ID` when it is not empty (`"-"` included). The answer is an event stream, read by
 * the stream engine; the LangGraph JS server 1.5.1 has no such route (404).
 *
 * @example
 * import { encodeEndpoint } from "@runwire/types";
 * encodeEndpoint(THREAD_STREAM_ENDPOINT, { threadId: "t1", streamMode: ["lifecycle"] }).query;
 * // { stream_mode: ["lifecycle"] }
 */
export const THREAD_STREAM_ENDPOINT = /*#__PURE__*/ define(() =>
  defineEndpoint<ThreadsJoinStreamOptions, never>({
    id: "threads.joinStream",
    method: "GET",
    path: "/threads/{threadId}/stream",
    options: ThreadsJoinStreamOptionsCheck,
    query: ["streamMode"],
    headers: { lastEventId: "last-event-id" },
    encode: { lastEventId: (id) => (id === "" ? undefined : id) },
    response: jsonResponse<never>(),
    idempotent: true,
  }),
);
