/**
 * `@runwire/browser`: the LangGraph runs client for browsers, on ky. One import gives the client,
 * every error class, `RunStream` and every type; the schemas, literals and wire mappings are
 * imported from `@runwire/types`.
 *
 * @packageDocumentation
 * @module @runwire/browser
 *
 * @example
 * import { createClient, NotFoundError } from "@runwire/browser";
 * const client = createClient({ apiUrl: "http://127.0.0.1:2024", apiKey: null });
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
export type { BrowserClientConfig } from "./config";
export { createRunsClient } from "./runs-only-client";
export { createStoreClient } from "./store-only-client";
