/**
 * `@runwire/core`: the LangGraph runs client over a transport seam. Run semantics (requests,
 * typed errors, retries, reconnect and resume, SSE decoding, typed stream parts) live here; the
 * runtime packages only supply a `Transport`.
 *
 * @packageDocumentation
 * @module @runwire/core
 */
export * from "@runwire/types";
export type { AssistantsClient } from "./assistants/assistants-client";
export { Client, createClient } from "./client";
export type {
  ClientConfig,
  OnRequestHook,
  RequestInitLike,
  StreamResumePolicy,
} from "./config";
export * from "./errors/index";
export { createFetchTransport, type FetchLike } from "./fetch-transport";
export type { HeadersInitLike, HeadersLayer } from "./http/headers";
export { encodePathSegment } from "./http/path";
export { type RunMetadata, runMetadataFromContentLocation } from "./http/run-metadata";
export type { RetryPolicy } from "./request/retry-policy";
export type {
  RunsClient,
  RunsJoinStreamPayload,
  RunsStreamPayload,
  StreamRunCreated,
} from "./runs/runs-client";
export * from "./sse/index";
export type { StoreClient } from "./store/store-client";
export type {
  AlwaysV1Events,
  AlwaysV2Parts,
  DefaultValues,
  EventName,
  ModesOf,
  PartsOf,
  StreamPartFor,
  StreamPartV1For,
  StreamPartV2For,
  TypedStreamPart,
  V1EventsByMode,
  V2PartsByMode,
} from "./stream/part-types";
export { toStreamPartV2, type UntypedStreamPartV2 } from "./stream/parts";
export { type PartBatch, RunStream } from "./stream/run-stream";
export type { Transport, TransportRequest, TransportResponse } from "./transport";
