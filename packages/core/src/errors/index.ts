export { APIError, type APIErrorOptions } from "./api-error";
export {
  APIStatusError,
  type APIStatusErrorOptions,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  isErrorStatus,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type StatusErrorInput,
  UnprocessableEntityError,
} from "./api-status-error";
export { ClientClosedError } from "./client-closed-error";
export {
  APIConnectionError,
  type APIConnectionErrorOptions,
  APITimeoutError,
} from "./connection-error";
export { decodeErrorBody, errorMessageFromBody, type RawErrorBody } from "./error-body";
export {
  InvalidResponseError,
  type InvalidResponseErrorOptions,
  type InvalidSseEventInput,
} from "./invalid-response-error";
export { parseRetryAfter } from "./retry-after";
export { RunError, type RunErrorInit } from "./run-error";
export { RunwireError, type RunwireErrorOptions } from "./runwire-error";
export { RunwireValidationError, type RunwireValidationErrorOptions } from "./validation-error";
