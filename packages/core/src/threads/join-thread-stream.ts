import type { StreamPart, ThreadsJoinStreamOptions } from "@runwire/types";
import { THREAD_STREAM_ENDPOINT } from "@runwire/types/runtime";
import { prepareCall } from "../endpoint/call";
import type { HttpClient } from "../request/http-client";
import { EVENT_READER, type EventReader, PART_READER } from "../stream/event-reader";
import type { StreamCursor } from "../stream/run-resume";
import { type PartBatch, RunStream } from "../stream/run-stream";
import { SSE_HEADERS, streamSse } from "../stream/sse-engine";
import { UrlResumeStrategy } from "../stream/url-resume";

/**
 * `threads.joinStream`: the thread's event stream, `GET /threads/{threadId}/stream` (PLATFORM_SPEC
 * §6.1–§6.2, P25), as the same `RunStream` `runs.joinStream` returns, of v1 parts
 * `{ event, data, id? }`. Nothing is sent until the first read; an early `break` closes the
 * response. A dropped connection is resumed at the same URL with `Last-Event-ID` = the last id
 * received (or the caller's `lastEventId` before any), under the `streamResume` policy, no part
 * delivered twice; a clean end of body ends the iteration. An unknown thread, or a server without
 * the route (the LangGraph JS server 1.5.1), rejects the first read with `NotFoundError`.
 *
 * @example
 * const stream = joinThreadStream(http, threadId, { streamMode: ["run_modes"], lastEventId: "-" });
 * for await (const part of stream) console.log(part.event, part.data);
 */
export function joinThreadStream(
  http: HttpClient,
  threadId: string,
  options?: ThreadsJoinStreamOptions,
): RunStream<StreamPart> {
  // Every check (the id, each option) fails here, before anything is sent.
  const {
    spec,
    options: checked,
    callHeaders,
  } = prepareCall(THREAD_STREAM_ENDPOINT, { threadId }, options);
  const initial = { ...spec, headers: { ...SSE_HEADERS, ...spec.headers }, signal: undefined };
  // An empty lastEventId is not sent, so it is no cursor either.
  const given = checked.lastEventId ?? undefined;
  const cursor: StreamCursor = { lastEventId: given === "" ? undefined : given, run: null };
  const scope = http.lifetime.stream(checked.signal ?? undefined);
  // Each read of the stream (parts, or the events unparsed for toEventStream) is one engine call
  // with its own strategy: the URL of the first request is where every resume goes.
  const open = <T>(signal: AbortSignal, reader: EventReader<T>) =>
    scope.track(
      streamSse(
        http,
        { initial, callHeaders, signal, cursor, strategy: new UrlResumeStrategy(initial) },
        reader,
      ),
    ) as AsyncGenerator<PartBatch<T>, void, undefined>;
  return RunStream.open((signal) => open(signal, PART_READER), scope.signal, {
    cursor,
    events: (signal) => open(signal, EVENT_READER),
  });
}
