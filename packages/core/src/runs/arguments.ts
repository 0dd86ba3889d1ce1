import { checkOptions, type OptionsSchema } from "@runwire/types";
import { RunwireValidationError } from "../errors/validation-error";

// Argument checks every runs method makes before it sends anything: the options against their
// schema, and the ids that become path segments.

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
  if (typeof value === "string" && value !== "" && value !== "." && value !== "..") return value;
  const expected =
    value === "." || value === ".." ? "an id other than . or .." : "a non-empty string";
  throw new RunwireValidationError(
    `${method}: invalid ${field}: expected ${expected}, got ${describe(value)}`,
    { field, received: value },
  );
}

/**
 * The thread of `stream`, `create` and `wait`: `null`/`undefined` means a stateless run, and an
 * empty string is refused rather than guessed at (Appendix B row 5).
 */
export function checkOptionalThreadId(value: unknown, method: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" && value !== "" && value !== "." && value !== "..") return value;
  throw new RunwireValidationError(
    `${method}: invalid threadId: expected a non-empty string, or null for a stateless run, got ${describe(value)}`,
    { field: "threadId", received: value },
  );
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  return typeof value === "object" ? "an object" : String(value);
}
