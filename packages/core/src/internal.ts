/**
 * `@runwire/core/internal`: the pieces runwire's own packages share beyond the public client,
 * exported for them (`@runwire/edge` builds its transport on `createFetchTransport`, the bench
 * and tests decode SSE with the core decoder).
 *
 * **Unstable: may change in any release**, minor and patch included, and is not covered by
 * semver. Applications use the client from a runtime package (or `@runwire/core`) and implement
 * `Transport` themselves for a custom transport.
 *
 * @packageDocumentation
 * @module @runwire/core/internal
 */
export { createFetchTransport, type FetchLike } from "./fetch-transport";
export {
  createSseDecoder,
  type SseDecoder,
  type SseDecoderCallbacks,
  type SseDecoderOptions,
  type SseEvent,
} from "./sse/decoder";
export { SseDecoderStream } from "./sse/decoder-stream";
