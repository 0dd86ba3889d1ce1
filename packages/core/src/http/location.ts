import { InvalidResponseError } from "../errors/invalid-response-error";
import { RunwireValidationError } from "../errors/validation-error";
import { splitUriReference, type UriReference } from "./uri-reference";

/** `(scheme, host, port)` as spec §4.7 compares them. */
interface Origin {
  readonly scheme: string;
  readonly host: string;
  readonly port: number;
}

/** Options for {@link checkReconnectLocation}. */
export interface CheckLocationOptions {
  /** Status of the response that carried the Location, recorded on the error. */
  readonly status?: number | null;
}

/**
 * Refuses a reconnect `Location` that points at another origin (spec §4.7). A reference with
 * neither scheme nor authority (`/r`, `r`, `?x`) is accepted as is. Otherwise `(scheme, host,
 * port)` must equal the base URL's, case-insensitively; the default port is 443 for `https` and
 * 80 for anything else, and port 0 counts as the default (reference quirk, kept).
 *
 * @example
 * checkReconnectLocation("/threads/t/runs/r/stream", "https://example.com"); // accepted
 * checkReconnectLocation("http://example.com/r", "https://example.com"); // throws
 * @throws InvalidResponseError for a cross-origin Location or one with an invalid port or host.
 */
export function checkReconnectLocation(
  location: string,
  baseUrl: string,
  options: CheckLocationOptions = {},
): void {
  const target = splitUriReference(location);
  if (target.scheme === null && target.authority === null) return;

  const refuse = (reason: string): never => {
    throw new InvalidResponseError(`Invalid reconnect Location: '${location}' ${reason}`, {
      status: options.status ?? null,
    });
  };
  const locationOrigin = originOf(target, refuse);
  const baseOrigin = originOf(splitUriReference(baseUrl), (reason) => {
    throw new RunwireValidationError(`Invalid apiUrl: '${baseUrl}' ${reason}`, {
      field: "apiUrl",
      received: baseUrl,
    });
  });

  if (
    locationOrigin.scheme !== baseOrigin.scheme ||
    locationOrigin.host !== baseOrigin.host ||
    locationOrigin.port !== baseOrigin.port
  ) {
    throw new InvalidResponseError(
      `Refusing to follow cross-origin reconnect Location: '${location}' (origin ${formatOrigin(
        locationOrigin,
      )}) does not match base URL origin ${formatOrigin(baseOrigin)}`,
      { status: options.status ?? null },
    );
  }
}

function formatOrigin(origin: Origin): string {
  return `(${origin.scheme}, ${origin.host}, ${origin.port})`;
}

/**
 * The comparable origin of a parsed reference, reading the authority as Python's `urlsplit` does:
 * userinfo ends at the last `@`, an IPv6 host sits in brackets, the port follows the host's colon.
 */
function originOf(reference: UriReference, fail: (reason: string) => never): Origin {
  const scheme = (reference.scheme ?? "").toLowerCase();
  const authority = reference.authority ?? "";
  const hostInfo = authority.slice(authority.lastIndexOf("@") + 1);

  let host: string;
  let portText: string;
  if (hostInfo.includes("[") || hostInfo.includes("]")) {
    const match = /^\[([^\]]*)\](?::(.*))?$/.exec(hostInfo);
    if (match === null) return fail("has an invalid IPv6 host");
    host = match[1] ?? "";
    portText = match[2] ?? "";
  } else {
    const colonAt = hostInfo.indexOf(":");
    host = colonAt === -1 ? hostInfo : hostInfo.slice(0, colonAt);
    portText = colonAt === -1 ? "" : hostInfo.slice(colonAt + 1);
  }

  const defaultPort = scheme === "https" ? 443 : 80;
  if (portText === "") return { scheme, host: host.toLowerCase(), port: defaultPort };
  if (!/^[0-9]+$/.test(portText)) return fail(`has an invalid port '${portText}'`);
  const port = Number(portText);
  if (port > 65535) return fail(`has a port out of range 0-65535 (${portText})`);
  return { scheme, host: host.toLowerCase(), port: port === 0 ? defaultPort : port };
}
