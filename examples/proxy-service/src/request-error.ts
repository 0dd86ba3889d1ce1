// The one JSON shape of every error the proxy itself answers (before anything is forwarded):
// `message` first, which runwire clients show as the error's message, then what a program needs.

/** Why the proxy refused a request without forwarding it. */
export interface RequestError {
  /** What kind of refusal. */
  readonly error:
    | "invalid_json"
    | "invalid_body"
    | "unknown_field"
    | "field_not_allowed"
    | "assistant_not_allowed"
    | "unauthorized"
    | "body_too_large"
    | "not_found";
  /** The offending field by its wire name (`stream_mode`, `config.tags[0]`), or `null`. */
  readonly field: string | null;
  /** One sentence naming the field, what is allowed and what was given. */
  readonly message: string;
  /** The allowed values when the field is a literal, else `null`. */
  readonly allowed: readonly string[] | null;
}

/** A refusal of a request's body and the status it is answered with. */
export interface Refusal {
  readonly status: 400 | 403;
  readonly body: RequestError;
}

/** The body of a refusal that concerns no particular field. */
export function requestError(error: RequestError["error"], message: string): RequestError {
  return { error, field: null, message, allowed: null };
}

/** A 400 for a malformed request. */
export function badRequest(
  error: RequestError["error"],
  field: string | null,
  message: string,
  allowed: readonly string[] | null = null,
): Refusal {
  return { status: 400, body: { error, field, message, allowed } };
}
