import type { HeadersInitLike } from "../http/headers";
import { APIError } from "./api-error";
import {
  decodeErrorBody,
  errorMessageFromBody,
  plainTextMessage,
  type RawErrorBody,
} from "./error-body";
import { parseRetryAfter } from "./retry-after";

/** Options for {@link APIStatusError} and its subclasses. */
export interface APIStatusErrorOptions {
  readonly status: number;
  /** Response headers (never request headers, which may hold the API key). */
  readonly headers?: HeadersInitLike | undefined;
  /** The decoded response body, or null. */
  readonly body?: unknown;
  readonly cause?: unknown;
}

/** Input of {@link APIStatusError.from}: a response's status, headers and raw body. */
export interface StatusErrorInput {
  readonly status: number;
  /** The response's reason phrase, where the transport has one (fetch: `statusText`). */
  readonly statusText?: string | undefined;
  readonly headers?: HeadersInitLike | undefined;
  /** Raw body bytes or text; null when the body could not be read. */
  readonly body?: RawErrorBody;
}

/**
 * True for the statuses the typed status check turns into errors (≥ 400, docs/spec/runs.md §4.5.2 step 1).
 * Callers that must also refuse 1xx/3xx (the reconnecting request) check that themselves.
 */
export function isErrorStatus(status: number): boolean {
  return status >= 400;
}

/**
 * The server answered with an error status. Use {@link APIStatusError.from} to get the subclass
 * matching the status.
 */
export class APIStatusError extends APIError {
  static override readonly kind: string = "APIStatusError";

  /** The actual response status (e.g. 503 on an `InternalServerError`). */
  readonly status: number;
  /** Response headers. */
  readonly headers: Headers;

  constructor(message: string, options: APIStatusErrorOptions) {
    const headers = new Headers(options.headers);
    super(message, {
      body: options.body ?? null,
      requestId: headers.get("x-request-id"),
      ...("cause" in options ? { cause: options.cause } : {}),
    });
    this.status = options.status;
    this.headers = headers;
  }

  /**
   * Builds the typed error for a response: decodes the raw body, picks the message (docs/spec/runs.md §4.5.2)
   * and chooses the class by status.
   *
   * @example
   * const err = APIStatusError.from({ status: 404, headers: res.headers, body: await res.text() });
   * err instanceof NotFoundError; // true
   */
  static from(input: StatusErrorInput): APIStatusError {
    const body = decodeErrorBody(input.body);
    const message =
      errorMessageFromBody(body) ??
      plainTextMessage(input.body, body) ??
      statusLine(input.status, input.statusText);
    const options: APIStatusErrorOptions = { status: input.status, headers: input.headers, body };
    const ErrorClass = classForStatus(input.status);
    return new ErrorClass(message, options);
  }
}

/**
 * `"404 Not Found"` from the response's own reason phrase, or `"404"` where there is none (HTTP/2,
 * undici's request API): no table of standard phrases is kept to fill in.
 */
function statusLine(status: number, statusText: string | undefined): string {
  const reason = statusText?.trim() ?? "";
  return reason === "" ? String(status) : `${status} ${reason}`;
}

/** 400 */
export class BadRequestError extends APIStatusError {
  static override readonly kind: string = "BadRequestError";
}

/** 401 */
export class AuthenticationError extends APIStatusError {
  static override readonly kind: string = "AuthenticationError";
}

/** 403 */
export class PermissionDeniedError extends APIStatusError {
  static override readonly kind: string = "PermissionDeniedError";
}

/** 404 */
export class NotFoundError extends APIStatusError {
  static override readonly kind: string = "NotFoundError";
}

/** 409 */
export class ConflictError extends APIStatusError {
  static override readonly kind: string = "ConflictError";
}

/** 422 */
export class UnprocessableEntityError extends APIStatusError {
  static override readonly kind: string = "UnprocessableEntityError";
}

/** 429. `retryAfterMs` comes from the `Retry-After` header (seconds or HTTP date). */
export class RateLimitError extends APIStatusError {
  static override readonly kind: string = "RateLimitError";

  /** How long the server asked to wait, in milliseconds, or null when it did not say. */
  readonly retryAfterMs: number | null;

  constructor(message: string, options: APIStatusErrorOptions) {
    super(message, options);
    this.retryAfterMs = parseRetryAfter(this.headers.get("retry-after"));
  }
}

/** Any status ≥ 500. */
export class InternalServerError extends APIStatusError {
  static override readonly kind: string = "InternalServerError";
}

const CLASS_BY_STATUS: Readonly<Record<number, typeof APIStatusError>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

function classForStatus(status: number): typeof APIStatusError {
  if (status >= 500) return InternalServerError;
  return CLASS_BY_STATUS[status] ?? APIStatusError;
}
