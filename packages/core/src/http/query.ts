import { hasLoneSurrogate } from "./unicode";

/** A single query value: strings as is, booleans as `true`/`false`, null as an empty value. */
export type QueryValue = string | number | boolean | null;

/** A mapping of query keys; an array repeats the key, `undefined` leaves the key out. */
export type QueryRecord = Record<string, QueryValue | readonly QueryValue[] | undefined>;

/** One key/value pair, in wire order. */
export type QueryEntry = readonly [key: string, value: QueryValue];

/**
 * Every form a caller may pass as `params` (docs/spec/runs.md Appendix B row 16): a mapping, a list of pairs,
 * `URLSearchParams`, or a pre-encoded string (a leading `?` is allowed).
 */
export type QueryParams = QueryRecord | readonly QueryEntry[] | URLSearchParams | string;

/**
 * A method's own query (`base`) with the caller's `params` laid over it (docs/spec/runs.md §3.7): a key that
 * already exists keeps its first position and takes all of the new values; new keys follow in the
 * caller's order. Repeated keys in `extra` are all kept. `undefined` in `extra` means "not given"
 * and leaves the base value alone; an empty array removes the key.
 *
 * @example
 * mergeQuery({ limit: 10, offset: 0 }, { limit: 3 }); // [["limit", 3], ["offset", 0]]
 */
export function mergeQuery(base: QueryRecord, extra?: QueryParams): QueryEntry[] {
  const merged = groupRecord(base);
  if (extra !== undefined) {
    for (const [key, values] of groupParams(extra)) merged.set(key, values);
  }
  const entries: QueryEntry[] = [];
  for (const [key, values] of merged) {
    for (const value of values) entries.push([key, value]);
  }
  return entries;
}

/**
 * Encodes entries as a query string without the leading `?` (docs/spec/runs.md §4.11): space → `%20`, `/` kept,
 * `true`/`false`, null → `key=`, numbers in JavaScript's shortest round-trip form.
 *
 * @example
 * encodeQuery([["status", "a b/c"], ["x", null]]); // "status=a%20b/c&x="
 */
export function encodeQuery(entries: Iterable<QueryEntry>): string {
  const parts: string[] = [];
  for (const [key, value] of entries) {
    parts.push(`${encodeQueryComponent(key)}=${encodeQueryComponent(formatValue(value))}`);
  }
  return parts.join("&");
}

function formatValue(value: QueryValue): string {
  return value === null ? "" : String(value);
}

/** Unreserved characters and `/` stay; everything else is percent-encoded from UTF-8. */
function encodeQueryComponent(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll("%2F", "/");
}

function groupRecord(record: QueryRecord): Map<string, QueryValue[]> {
  const grouped = new Map<string, QueryValue[]>();
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    grouped.set(key, isValueList(value) ? [...value] : [value]);
  }
  return grouped;
}

function groupParams(params: QueryParams): Map<string, QueryValue[]> {
  if (typeof params === "string") return groupPairs(new URLSearchParams(params));
  if (params instanceof URLSearchParams) return groupPairs(params);
  if (isEntryList(params)) return groupPairs(params);
  return groupRecord(params);
}

function groupPairs(pairs: Iterable<readonly [string, QueryValue]>): Map<string, QueryValue[]> {
  const grouped = new Map<string, QueryValue[]>();
  for (const [key, value] of pairs) {
    const values = grouped.get(key);
    if (values === undefined) grouped.set(key, [value]);
    else values.push(value);
  }
  return grouped;
}

function isValueList(value: QueryValue | readonly QueryValue[]): value is readonly QueryValue[] {
  return Array.isArray(value);
}

function isEntryList(params: QueryRecord | readonly QueryEntry[]): params is readonly QueryEntry[] {
  return Array.isArray(params);
}

/**
 * What is wrong with a caller's `params`, as `[key, reason]`, or null when they can be sent as
 * given. Refused: values that are not strings, finite numbers, booleans or null (an object would
 * go out as `[object Object]`), strings with a lone surrogate, and an empty array, which would
 * remove the method's own key (`select`, `stream_mode`, …) and so widen what the call asks for.
 *
 * @example
 * queryParamsProblem({ select: [] }); // ["select", "an empty list would remove …"]
 */
export function queryParamsProblem(params: QueryParams): [key: string, reason: string] | null {
  if (typeof params === "string") {
    return hasLoneSurrogate(params) ? ["", LONE_SURROGATE_REASON] : null;
  }
  if (params instanceof URLSearchParams) return null;
  if (isEntryList(params)) {
    for (const [index, entry] of params.entries()) {
      if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string") {
        return [`[${index}]`, "expected a [key, value] pair with a string key"];
      }
      const problem = hasLoneSurrogate(entry[0]) ? LONE_SURROGATE_REASON : valueProblem(entry[1]);
      if (problem !== null) return [`[${index}]`, problem];
    }
    return null;
  }
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (hasLoneSurrogate(key)) return [key, LONE_SURROGATE_REASON];
    if (isValueList(value)) {
      if (value.length === 0) {
        return [
          key,
          "an empty list would remove the method's own value for this key and widen the request; leave the key out",
        ];
      }
      for (const item of value) {
        const problem = valueProblem(item);
        if (problem !== null) return [key, problem];
      }
    } else {
      const problem = valueProblem(value);
      if (problem !== null) return [key, problem];
    }
  }
  return null;
}

const LONE_SURROGATE_REASON = "a lone surrogate has no UTF-8 encoding";

function valueProblem(value: unknown): string | null {
  switch (typeof value) {
    case "string":
      return hasLoneSurrogate(value) ? LONE_SURROGATE_REASON : null;
    case "number":
      return Number.isFinite(value) ? null : `expected a finite number, got ${value}`;
    case "boolean":
      return null;
    default:
      return value === null
        ? null
        : `expected a string, a finite number, a boolean or null, got ${Array.isArray(value) ? "an array" : typeof value}`;
  }
}
