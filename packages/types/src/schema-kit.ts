import * as z from "zod/mini";
import { isString } from "./check/predicates";
import type { ProducedIssue } from "./check/refinements";
import { define, defineWith } from "./define";

// The helpers the schemas are written with. `define` and `defineWith` (src/define.ts, which says
// why every constant is a `#__PURE__` call) are re-exported for them.

export { define, defineWith };

/**
 * An enum as the server sends it: the known values type-check and autocomplete, and a value a newer
 * server adds still parses (as a plain string) instead of failing the whole record.
 */
export function openEnum<const Values extends readonly [string, ...string[]]>(
  _values: Values,
): z.ZodMiniType<Values[number] | (string & {})> {
  return z.custom<Values[number] | (string & {})>(isString);
}

/** A JSON object with string keys, the shape of `metadata`-like fields. */
export const JsonObjectSchema = /*#__PURE__*/ define(() => z.record(z.string(), z.unknown()));
/** A JSON object with string keys. */
export type JsonObject = z.infer<typeof JsonObjectSchema>;

/**
 * A list a caller gives, typed `readonly` so `as const` arrays are accepted (a literal
 * `["values", "updates"] as const` is what narrows stream-part types).
 */
export const list = <S extends z.ZodMiniType>(element: S) => z.readonly(z.array(element));

/** An option a caller may leave out or set to `null`: both mean "not given". */
export const maybe = <S extends z.ZodMiniType>(schema: S) => z.optional(z.nullable(schema));

/** A count, page size or offset: a whole number, zero or more. */
export const nonNegativeInt = () => z.int().check(z.nonnegative());

/**
 * The producer behind each refinement made with {@link refineWithIssues}, for
 * scripts/generate-checks.ts (zod keeps no reference to a `superRefine`'s function).
 */
export const issueProducers: WeakMap<object, (value: never) => readonly ProducedIssue[]> =
  /*#__PURE__*/ new WeakMap();

/**
 * zod's `superRefine` for a refinement that lists a value's issues: each becomes a custom issue
 * at its path, with its message, and later checks still run.
 */
export function refineWithIssues<T>(issuesOf: (value: T) => readonly ProducedIssue[]) {
  const check = z.superRefine<T>((value, context) => {
    for (const { path, message } of issuesOf(value)) {
      context.addIssue({ code: "custom", path: [...path], message });
    }
  });
  issueProducers.set(check, issuesOf as (value: never) => readonly ProducedIssue[]);
  return check;
}
