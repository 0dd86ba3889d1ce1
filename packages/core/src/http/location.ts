import { InvalidResponseError } from "../errors/invalid-response-error";
import { RunwireValidationError } from "../errors/validation-error";

/** Options for {@link checkReconnectLocation}. */
export interface CheckLocationOptions {
  /** Status of the response that carried the Location, recorded on the error. */
  readonly status?: number | null;
}

/** RFC 3986 `scheme ":"` at the start: the reference is absolute. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * True when a reference starts with a scheme (`https:`, `mailto:`, `http:r`): it is used as an
 * absolute URL, never joined onto the base.
 *
 * @example
 * hasScheme("https://example.com/r"); // true
 * hasScheme("/threads/t/runs/r/stream"); // false
 */
export function hasScheme(reference: string): boolean {
  return SCHEME.test(reference);
}

/**
 * Refuses a reconnect `Location` that could take the request (and its API key) to another
 * origin. A relative reference (`/r`, `r`, `?x`) stays below the base URL and is accepted. An
 * absolute one is parsed with WHATWG `URL` on its own, as the transport will parse it, and its
 * origin (scheme, host, port) must be the client's. A protocol-relative one (`//host/r`) is
 * refused: it names a host without saying which scheme.
 *
 * @example
 * checkReconnectLocation("/threads/t/runs/r/stream", "https://example.com"); // accepted
 * checkReconnectLocation("http://example.com/r", "https://example.com"); // throws
 * @throws InvalidResponseError for a cross-origin or unparsable Location.
 */
export function checkReconnectLocation(
  location: string,
  baseUrl: string,
  options: CheckLocationOptions = {},
): void {
  const status = options.status ?? null;
  if (!hasScheme(location) && !location.startsWith("//")) return;
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new RunwireValidationError(`Invalid apiUrl: ${JSON.stringify(baseUrl)} is not a URL`, {
      field: "apiUrl",
      received: baseUrl,
    });
  }
  if (location.startsWith("//")) {
    // Joined, it would be a path below the base; followed by anyone else, another host.
    throw new InvalidResponseError(
      `Refusing to follow cross-origin reconnect Location: '${location}' names a host without a scheme`,
      { status },
    );
  }
  let target: URL;
  try {
    // No base: `http:r` must mean host `r` here, exactly as the transport will read it.
    target = new URL(location);
  } catch {
    throw new InvalidResponseError(
      `Invalid reconnect Location: '${location}' is not a URL the client can follow`,
      { status },
    );
  }
  if (target.origin === "null" || target.origin !== base.origin) {
    throw new InvalidResponseError(
      `Refusing to follow cross-origin reconnect Location: '${location}' (origin ${target.origin}) is not the client's origin ${base.origin}`,
      { status },
    );
  }
}
