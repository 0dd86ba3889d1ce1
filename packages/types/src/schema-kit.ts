import * as z from "zod/mini";

/**
 * An enum as the server sends it: the known values type-check and autocomplete, and a value a newer
 * server adds still parses (as a plain string) instead of failing the whole record.
 */
export function openEnum<const Values extends readonly [string, ...string[]]>(
  _values: Values,
): z.ZodMiniType<Values[number] | (string & {})> {
  return z.custom<Values[number] | (string & {})>((value) => typeof value === "string");
}

/** A JSON object with string keys, the shape of `metadata`-like fields. */
export const JsonObjectSchema = z.record(z.string(), z.unknown());
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
