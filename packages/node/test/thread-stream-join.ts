import type { StreamPart } from "@runwire/types";
import type { ClientBase } from "../../core/src/client-base";
import { httpOf } from "../../core/src/client-base";
import type { RunStream } from "../../core/src/stream/run-stream";
import { joinThreadStream } from "../../core/src/threads/join-thread-stream";
import type { ThreadsJoinStreamOptions } from "../../types/src/threads/stream-options";

// `client.threads.joinStream` before it is wired: the function the threads client will call, on
// the client's own HttpClient (its transport, resume policy and lifetime). The lead replaces these
// calls with `client.threads.joinStream` when merging the threads client.

/** `client.threads.joinStream(threadId, options)`, for a client made by `createClient`. */
export function joinStreamOf(client: object) {
  // The runtime package's client is core's ClientBase; its published type is core's built one.
  const http = httpOf(client as ClientBase);
  return (threadId: string, options?: ThreadsJoinStreamOptions): RunStream<StreamPart> =>
    joinThreadStream(http, threadId, options);
}
