// Value encoders several endpoints share (an `encode` entry maps a given value to its wire value;
// `undefined` leaves the key out).

/**
 * Sends a flag only when it is `true`. The JS server reads such flags with a boolean coercion
 * (`=0` and `=false` can read as true), and its default is false: leaving the key out is the one
 * spelling of "no" every server reads the same way.
 */
export const trueOnly = (value: unknown): true | undefined => (value === true ? true : undefined);

/**
 * Leaves out an empty list, for keys where the server would read `[]` otherwise than "not given":
 * `select: []` answers empty objects, an empty store namespace prefix is refused with a 400.
 */
export const nonEmptyList = (value: unknown): unknown =>
  Array.isArray(value) && value.length === 0 ? undefined : value;

/**
 * Sends a `Date` as its ISO-8601 text (`2030-01-01T00:00:00.000Z`) and any other value as given:
 * a timestamp a caller may give either way, such as a cron's `endTime`.
 */
export const isoTimestamp = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString() : value;
