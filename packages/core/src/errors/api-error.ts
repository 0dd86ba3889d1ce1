import { RunwireError } from "./runwire-error";

/** Options for {@link APIError}. */
export interface APIErrorOptions {
  /** The decoded response body, or null. */
  readonly body?: unknown;
  /** The `x-request-id` response header, or null. */
  readonly requestId?: string | null;
  readonly cause?: unknown;
}

/**
 * An error about an exchange with the API: a status error, a connection failure or an unusable
 * response. `code`, `param` and `type` come from an object body's same-named string members.
 */
export class APIError extends RunwireError {
  static override readonly kind: string = "APIError";

  /** The decoded response body (JSON value or text), or null. */
  readonly body: unknown;
  readonly code: string | null;
  readonly param: string | null;
  readonly type: string | null;
  /** The `x-request-id` response header, or null. */
  readonly requestId: string | null;

  constructor(message: string, options: APIErrorOptions = {}) {
    super(message, "cause" in options ? { cause: options.cause } : {});
    const body = options.body ?? null;
    this.body = body;
    this.code = stringMember(body, "code");
    this.param = stringMember(body, "param");
    this.type = stringMember(body, "type");
    this.requestId = options.requestId ?? null;
  }
}

/** `body[key]` when body is a plain JSON object and the member is a string, else null. */
function stringMember(body: unknown, key: string): string | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const value: unknown = (body as Record<string, unknown>)[key];
  return typeof value === "string" ? value : null;
}
