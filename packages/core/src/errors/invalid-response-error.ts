import { APIError } from "./api-error";

/** Options for {@link InvalidResponseError}. */
export interface InvalidResponseErrorOptions {
  /** Status of the response that could not be used, when known. */
  readonly status?: number | null;
  /** Name of the SSE event that could not be used, when the problem is in one event. */
  readonly event?: string | null;
  /** The offending text (response body or event data), when useful for debugging. */
  readonly body?: unknown;
  readonly requestId?: string | null;
  readonly cause?: unknown;
}

/** Input of {@link InvalidResponseError.forSseEvent}. */
export interface InvalidSseEventInput {
  /** The event name (`""` when the event had no `event:` field). */
  readonly event: string;
  /** The event's id, or null when it had none. */
  readonly id?: string | null;
  /** The raw `data` text that failed to parse. */
  readonly data?: string;
  readonly status?: number | null;
  /** The parse error. */
  readonly cause: unknown;
}

/**
 * The server answered but the answer cannot be used: a stream with the wrong content type, a body
 * or SSE event that is not valid JSON, or a reconnect `Location` pointing at another origin.
 */
export class InvalidResponseError extends APIError {
  static override readonly kind: string = "InvalidResponseError";

  readonly status: number | null;
  /** The SSE event the problem was found in, or null when it concerns the whole response. */
  readonly event: string | null;

  constructor(message: string, options: InvalidResponseErrorOptions = {}) {
    super(message, {
      body: options.body ?? null,
      requestId: options.requestId ?? null,
      ...("cause" in options ? { cause: options.cause } : {}),
    });
    this.status = options.status ?? null;
    this.event = options.event ?? null;
  }

  /**
   * The error for one SSE event whose data is not valid JSON.
   *
   * @example
   * InvalidResponseError.forSseEvent({ event: "values", id: "5", cause: syntaxError }).message;
   * // 'Invalid JSON in SSE event "values" (id 5): Unexpected token …'
   */
  static forSseEvent(input: InvalidSseEventInput): InvalidResponseError {
    const id = input.id === null || input.id === undefined ? "" : ` (id ${input.id})`;
    const reason = input.cause instanceof Error ? input.cause.message : String(input.cause);
    return invalidResponse(
      `Invalid JSON in SSE event ${JSON.stringify(input.event)}${id}: ${reason}`,
      {
        status: input.status ?? null,
        event: input.event,
        body: input.data ?? null,
        cause: input.cause,
      },
    );
  }
}

// Class bodies never name their own class: esbuild then renames it (`class _InvalidResponseError`), and Node prints
// that name (`console.log`, `util.inspect`). scripts/check-error-names.mjs checks the built files.
function invalidResponse(
  message: string,
  options: InvalidResponseErrorOptions,
): InvalidResponseError {
  return new InvalidResponseError(message, options);
}
