/**
 * `@runwire/core`: the LangGraph API client (runs, assistants, threads, crons, store) over a transport seam. Run semantics (requests,
 * `@runwire/core`: the LangGraph API client (runs, assistants, threads, crons, store) over a transport seam. Run semantics (requests,
 * typed errors, retries, reconnect and resume, SSE decoding, typed stream parts) live here; the
 * runtime packages only supply a `Transport`.
 *
 * The public surface is the client, its configuration, the error classes, `RunStream`, the
 * `Transport` interface and the types. The schemas, literals and wire mappings are exported by
 * `@runwire/types` (only their types are re-exported here); the pieces runwire's own packages
 * share (the fetch transport, the SSE decoder) are on the unstable `@runwire/core/internal`.
 *
 * @packageDocumentation
 * @module @runwire/core
 */
export type * from "@runwire/types";
export type { AssistantsClient } from "./assistants/assistants-client";
export { type AssistantsOnlyClient, createAssistantsClient } from "./assistants-only-client";
export { Client, createClient } from "./client";
export type { ClientBase } from "./client-base";
export type {
  ClientConfig,
  OnRequestHook,
  RequestInitLike,
  StreamResumePolicy,
} from "./config";
export type { CronsClient } from "./crons/crons-client";
export { type CronsOnlyClient, createCronsClient } from "./crons-only-client";
export {
  APIConnectionError,
  type APIConnectionErrorOptions,
  APIError,
  type APIErrorOptions,
  APIStatusError,
  type APIStatusErrorOptions,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ClientClosedError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  type InvalidResponseErrorOptions,
  type InvalidSseEventInput,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type RawErrorBody,
  RunError,
  type RunErrorInit,
  RunwireError,
  type RunwireErrorOptions,
  RunwireValidationError,
  type RunwireValidationErrorOptions,
  type StatusErrorInput,
  UnprocessableEntityError,
} from "./errors/index";
export type { HeadersInitLike, HeadersLayer } from "./http/headers";
export type { RetryPolicy } from "./request/retry-policy";
export type {
  RunsClient,
  RunsJoinStreamPayload,
  RunsStreamPayload,
  StreamRunCreated,
} from "./runs/runs-client";
export { createRunsClient, type RunsOnlyClient } from "./runs-only-client";
export type { StoreClient } from "./store/store-client";
export { createStoreClient, type StoreOnlyClient } from "./store-only-client";
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
export { type PartBatch, RunStream } from "./stream/run-stream";
export type { ThreadsClient, ThreadsUpdateStatePayload } from "./threads/threads-client";
export { createThreadsClient, type ThreadsOnlyClient } from "./threads-only-client";
export type { Transport, TransportRequest, TransportResponse } from "./transport";
