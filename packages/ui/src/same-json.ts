// Whether two JSON values are equal, key order aside. A `values` part re-sends every message of
// the thread; comparing keeps the objects that did not change, so their rows do not re-render.
// It runs over every message of the thread on each `values` part: no allocation per object.

/** Deep equality of two parsed JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // Content first: it is where two versions of a message usually differ.
  if (
    "content" in left &&
    left.content !== right.content &&
    !sameJson(left.content, right.content)
  ) {
    return false;
  }
  let keys = 0;
  for (const key in left) {
    keys++;
    if (!Object.hasOwn(right, key) || !sameJson(left[key], right[key])) return false;
  }
  for (const _ in right) keys--;
  return keys === 0;
}
