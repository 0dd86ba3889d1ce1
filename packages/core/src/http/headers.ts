import { RunwireValidationError } from "../errors/validation-error";

/**
 * What `new Headers(…)` accepts. The DOM library calls it `HeadersInit`; Node's typings
 * (`@types/node`) declare `Headers` but not that name, so the public types say it this way.
 */
export type HeadersInitLike = ConstructorParameters<typeof Headers>[0];

/** One layer of headers: anything `Headers` accepts, or a record where `undefined` deletes. */
export type HeadersLayer =
  | HeadersInitLike
  | readonly (readonly [string, string])[]
  | Record<string, string | undefined>
  | null
  | undefined;

/**
 * Lays header layers over each other: later layers win, names compare case-insensitively
 * (docs/spec/runs.md Appendix B row 15), and an `undefined` value removes the header set by an earlier layer.
 *
 * @example
 * mergeHeaders({ Accept: "text/event-stream" }, { accept: "application/json" }).get("accept");
 * // "application/json"
 */
export function mergeHeaders(...layers: HeadersLayer[]): Headers {
  const merged = new Headers();
  for (const layer of layers) {
    if (layer === null || layer === undefined) continue;
    for (const [name, value] of layerEntries(layer)) {
      if (value === undefined) merged.delete(name);
      else merged.set(name, value);
    }
  }
  return merged;
}

/** The name/value pairs of a layer, repeated names within one layer combined as `Headers` does. */
export function layerEntries(
  layer: NonNullable<HeadersLayer>,
): Iterable<readonly [string, string | undefined]> {
  if (isPairList(layer)) return normalized(new Headers(layer as [string, string][]));
  if (isHeadersLike(layer)) return normalized(new Headers(layer));
  // Under Node's typings a record's value may also be a string array; `Headers#set` stringifies
  // it ("a,b") exactly as `new Headers(record)` would, so it passes as a string here.
  return Object.entries(layer as Record<string, string | undefined>);
}

function normalized(headers: Headers): Array<readonly [string, string]> {
  const entries: Array<readonly [string, string]> = [];
  headers.forEach((value, name) => {
    entries.push([name, value]);
  });
  return entries;
}

function isPairList(
  layer: NonNullable<HeadersLayer>,
): layer is readonly (readonly [string, string])[] {
  return Array.isArray(layer);
}

/** Also accepts `Headers` from another implementation (a polyfill, another realm). */
function isHeadersLike(value: object): value is Headers {
  if (value instanceof Headers) return true;
  const candidate = value as Partial<Record<"forEach" | "get" | "has" | "set", unknown>>;
  return (
    typeof candidate.forEach === "function" &&
    typeof candidate.get === "function" &&
    typeof candidate.has === "function" &&
    typeof candidate.set === "function"
  );
}

/** RFC 9110 `token`: what a header name may be. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What every runtime sends as a header value: no NUL, CR, LF or other control, nothing past U+00FF. */
const HEADER_VALUE = /^[\t\x20-\x7E\x80-\xFF]*$/;

/**
 * Checks one caller-given layer of headers (`defaultHeaders`, a call's `headers`) before anything
 * is sent: a `Headers`, a list of `[name, value]` string pairs, or an object whose values are
 * strings (`undefined` removes a header). Names must be HTTP tokens and values must be sendable;
 * a `null` or a number is refused rather than sent as `"null"` / `"5"`. The error names the
 * header, never its value (it may be a credential).
 *
 * @example
 * checkHeadersLayer({ "x-team": null }, "headers", "runs.get"); // throws, naming "x-team"
 * @throws RunwireValidationError naming `field`.
 */
export function checkHeadersLayer(layer: unknown, field: string, label: string): HeadersLayer {
  if (layer === undefined || layer === null) return undefined;
  const fail = (problem: string): never => {
    throw new RunwireValidationError(`${label}: invalid option "${field}": ${problem}`, { field });
  };
  if (typeof layer !== "object") {
    return fail("expected a Headers, an object of strings or a list of [name, value] pairs");
  }
  if (isHeadersLike(layer)) return layer;
  const entries: Array<readonly [unknown, unknown]> = [];
  if (Array.isArray(layer)) {
    for (const [index, pair] of (layer as unknown[]).entries()) {
      if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string") {
        fail(`entry ${index} is not a [name, value] pair of strings`);
      }
      entries.push(pair as [unknown, unknown]);
    }
  } else {
    for (const [name, value] of Object.entries(layer)) {
      if (value !== undefined) entries.push([name, value]);
    }
  }
  for (const [name, value] of entries) {
    const shown = JSON.stringify(name);
    if (typeof name !== "string" || !HEADER_NAME.test(name)) {
      fail(`${shown} is not a valid header name`);
    }
    if (typeof value !== "string") {
      fail(
        `header ${shown} must be a string (leave it out, or set it to undefined to remove it), got ${value === null ? "null" : typeof value}`,
      );
    }
    if (!HEADER_VALUE.test(value as string)) {
      fail(
        `header ${shown} has a character no header can carry (a line break, a control character, or one past U+00FF)`,
      );
    }
  }
  return layer as HeadersLayer;
}

/**
 * True when `value` can be sent as a header value everywhere: no line break, NUL or other
 * control character, and nothing past U+00FF (a lone surrogate included).
 */
export function isSendableHeaderValue(value: string): boolean {
  return HEADER_VALUE.test(value);
}
