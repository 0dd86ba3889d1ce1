// A run's SSE call (`runs.stream`, `runs.joinStream`): the stream engine (sse-engine.ts) with the
// run's resume strategy (run-resume.ts). What the runs client imports about streams comes from
// here.
import type { StreamPart } from "@runwire/types";
import type { HttpClient, RequestSpec } from "../request/http-client";
import { type EventReader, PART_READER } from "./event-reader";
import { type RunResumeCall, RunResumeStrategy, type StreamCursor } from "./run-resume";
import type { PartBatch } from "./run-stream";
import { streamSse } from "./sse-engine";

export { STATUS_CHECK_TIMEOUT_MS, type StreamCursor } from "./run-resume";
export { SSE_HEADERS } from "./sse-engine";

/** One run's SSE call: the first request and what is needed to resume it. */
export interface SseCall extends RunResumeCall {
  readonly initial: RequestSpec;
  /** Resume after this event id (`joinStream`'s `lastEventId`). */
  readonly lastEventId?: string | undefined;
  /** Kept up to date with the run and the last event id handed out. */
  readonly cursor?: StreamCursor | undefined;
}

/**
 * Streams a run's parts, in batches, one per chunk of body (`streamSse`), resuming a broken
 * stream as a run's is resumed (`RunResumeStrategy`): through a `Location` or the run's
 * join-stream endpoint, with `Last-Event-ID`, never delivering a part twice.
 */
export function streamParts(
  http: HttpClient,
  call: SseCall,
): AsyncGenerator<PartBatch<StreamPart>> {
  return streamEvents(http, call, PART_READER);
}

/**
 * {@link streamParts} with what is handed out for each event chosen by `reader`: the same
 * requests, resumes, skips and end-of-stream check whatever it is.
 */
export function streamEvents<T>(
  http: HttpClient,
  call: SseCall,
  reader: EventReader<T>,
): AsyncGenerator<PartBatch<T>> {
  // The call's cursor when it has one (RunStream's getters read it), kept up to date as the
  // reader takes each part.
  const cursor: StreamCursor = call.cursor ?? {
    lastEventId: call.lastEventId,
    run: call.run ?? null,
  };
  return streamSse(
    http,
    {
      initial: call.initial,
      callHeaders: call.callHeaders,
      signal: call.signal,
      cursor,
      strategy: new RunResumeStrategy(http, call, cursor),
    },
    reader,
  );
}
