import { APIError } from "./api-error";

/** Options for {@link APIConnectionError}. */
export interface APIConnectionErrorOptions {
  /** Defaults to `"Connection error."`. */
  readonly message?: string;
  /** The transport's own error (e.g. fetch's `TypeError`). */
  readonly cause?: unknown;
}

/**
 * The request never got a response: DNS, connect, TLS or a dropped connection. Its body is null.
 *
 * @example
 * throw new APIConnectionError({ cause: fetchError });
 */
export class APIConnectionError extends APIError {
  static override readonly kind: string = "APIConnectionError";

  constructor(options: APIConnectionErrorOptions = {}) {
    super(
      options.message ?? "Connection error.",
      "cause" in options ? { cause: options.cause } : {},
    );
  }
}

/** The request or the read of its response took longer than the configured timeout. */
export class APITimeoutError extends APIConnectionError {
  static override readonly kind: string = "APITimeoutError";

  constructor(options: { readonly cause?: unknown } = {}) {
    super({ message: "Request timed out.", ...options });
  }
}
