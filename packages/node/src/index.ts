/**
 * `@runwire/node`: the LangGraph runs client for Node.js, on undici. One import gives the client,
 * every error class, `RunStream` and every type; the schemas, literals and wire mappings are
 * imported from `@runwire/types`.
 *
 * @packageDocumentation
 * @module @runwire/node
 *
 * @example
 * import { createClient, NotFoundError } from "@runwire/node";
 * const client = createClient({ apiUrl: "http://127.0.0.1:2024" });
 */
export type * from "@runwire/core";
export {
  APIConnectionError,
  APIError,
  APIStatusError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ClientClosedError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RunError,
  RunStream,
  RunwireError,
  RunwireValidationError,
  UnprocessableEntityError,
} from "@runwire/core";
export { createAssistantsClient } from "./assistants-only-client";
export { Client, createClient } from "./client";
export type { NodeClientConfig } from "./config";
export { createRunsClient } from "./runs-only-client";
export { createStoreClient } from "./store-only-client";
export type { UndiciTransportOptions } from "./undici-transport";
