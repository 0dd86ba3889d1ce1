/**
 * Parses a `Retry-After` header (RFC 9110 §10.2.3) into milliseconds from `now`: delay-seconds
 * (fractions tolerated) or an HTTP date (a past date gives 0). Returns null when absent or invalid.
 *
 * @example
 * parseRetryAfter("2"); // 2000
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP date always names a weekday or month; requiring a letter keeps Date.parse from
  // reading bare numbers like "-1" as years.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
