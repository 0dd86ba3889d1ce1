import type { HeadersInput, OptionsSchema } from "@runwire/types";
import { checkOptions } from "@runwire/types/runtime";
import { RunwireValidationError } from "../errors/validation-error";
import { API_KEY_HEADER, assertNoApiKeyHeader, checkApiKeyValue } from "../http/api-key";
import { checkHeadersLayer, isSendableHeaderValue, layerEntries } from "../http/headers";
import { type QueryParams, queryParamsProblem } from "../http/query";
import { hasLoneSurrogate } from "../http/unicode";

// Argument checks every method makes before it sends anything: the options against their
// schema, the ids that become path segments, the body JSON must carry, the call's headers.

/** Checks `options` against `schema`, throwing a `RunwireValidationError` naming the field. */
export function checkArguments<T>(
  schema: OptionsSchema<T>,
  options: unknown,
  method: string,
  root = "",
): T {
  // Null or left-out options mean none; a single value (`cancel`'s action) is checked as given,
  // so its error reports what the caller passed.
  const isOptionsObject = "shape" in schema;
  const value = isOptionsObject ? (options ?? {}) : options;
  const result = checkOptions(schema, value, method, root);
  if (result.success) return result.data;
  const { issue } = result;
  throw new RunwireValidationError(issue.message, {
    field: issue.field,
    allowed: issue.allowed,
    received: issue.received,
  });
}

/**
 * A required id (`threadId`, `runId`, `assistantId`): a non-empty string, and not `.` or `..`.
 * Those two are refused because no encoding survives the trip: WHATWG URL parsing (fetch, undici)
 * reads `%2E` and `%2E%2E` as dot segments and would send the request to another route.
 */
export function checkId(value: unknown, field: string, method: string): string {
  if (isWellFormedId(value)) return value;
  const expected =
    value === "." || value === ".."
      ? "an id other than . or .."
      : typeof value === "string" && value !== ""
        ? "well-formed Unicode (this one has a lone surrogate, which has no UTF-8 encoding)"
        : "a non-empty string";
  throw new RunwireValidationError(
    `${method}: invalid ${field}: expected ${expected}, got ${describe(value)}`,
    { field, received: value },
  );
}

/**
 * The thread of `stream`, `create` and `wait`: `null`/`undefined` means a stateless run, and an
 * empty string is refused rather than guessed at (docs/spec/runs.md Appendix B row 5).
 */
export function checkOptionalThreadId(
  value: unknown,
  method: string,
  field = "threadId",
): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" && value !== "") return checkId(value, field, method);
  throw new RunwireValidationError(
    `${method}: invalid ${field}: expected a non-empty string, or null for a stateless run, got ${describe(value)}`,
    { field, received: value },
  );
}

function isWellFormedId(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value !== "" &&
    value !== "." &&
    value !== ".." &&
    !hasLoneSurrogate(value)
  );
}

/**
 * A header value from a caller's option (`lastEventId`): sendable as it is, or refused.
 *
 * @throws RunwireValidationError naming `field`.
 */
export function checkHeaderOption(value: string, field: string, method: string): string {
  if (isSendableHeaderValue(value) && value.trim() === value) return value;
  throw new RunwireValidationError(
    `${method}: invalid option "${field}": it is sent as a header, and has a character a header cannot carry (a line break, a control character, one past U+00FF, or surrounding whitespace)`,
    { field, received: value },
  );
}

/** The options every method takes that become headers. */
interface HeaderOptions {
  readonly headers?: unknown;
  readonly apiKey?: string | null | undefined;
}

/**
 * A call's `headers`, checked (valid names and values, no `x-api-key`), with the call's own
 * `apiKey` laid over them: the one layer of headers the call adds to the client's.
 *
 * @throws RunwireValidationError naming `headers` or `apiKey`.
 */
export function callHeaders(options: HeaderOptions, method: string): HeadersInput | undefined {
  const layer = checkHeadersLayer(options.headers, "headers", method);
  assertNoApiKeyHeader(layer, "headers", method);
  if (options.apiKey === undefined || options.apiKey === null) {
    return (layer ?? undefined) as HeadersInput | undefined;
  }
  if (typeof options.apiKey !== "string" || options.apiKey === "") {
    throw new RunwireValidationError(
      `${method}: invalid option "apiKey": expected a non-empty string`,
      { field: "apiKey" },
    );
  }
  const key = checkApiKeyValue(options.apiKey, "apiKey", method);
  // A record keeps a layer's `undefined` entries, which remove a client header.
  const merged: Record<string, string | undefined> = {};
  if (layer !== undefined && layer !== null) {
    for (const [name, value] of layerEntries(layer)) merged[name] = value;
  }
  merged[API_KEY_HEADER] = key;
  return merged;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  return typeof value === "object" ? "an object" : String(value);
}

/**
 * The caller's `params`, checked at the call: a value a query cannot carry, or an empty list that
 * would remove the method's own key, is a `RunwireValidationError` naming `params.<key>`.
 */
export function callParams(
  options: { params?: QueryParams | null | undefined },
  method: string,
): QueryParams | undefined {
  const params = options.params ?? undefined;
  if (params === undefined) return undefined;
  const problem = queryParamsProblem(params);
  if (problem === null) return params;
  const [key, reason] = problem;
  const field = key === "" ? "params" : key.startsWith("[") ? `params${key}` : `params.${key}`;
  throw new RunwireValidationError(`${method}: invalid option "${field}": ${reason}`, { field });
}

/**
 * A `select` that picks no field is refused: the server reads a missing or empty `select` as
 * "every field" (or answers `{}` items), so an empty list would widen into what was not asked.
 *
 * @throws RunwireValidationError naming `select`.
 */
export function checkSelect(select: readonly string[] | null | undefined, method: string): void {
  if (select?.length !== 0) return;
  throw new RunwireValidationError(
    `${method}: invalid select: expected at least one field (leave select out for every field)`,
    { field: "select", received: select },
  );
}
