// A lone surrogate (text cut inside a surrogate pair, such as half an emoji) has no UTF-8
// encoding: encodeURIComponent throws on it, URLSearchParams and TextEncoder turn it into U+FFFD.
// Either way the server would not get what was meant, so ids, params and headers refuse it.

// With the `u` flag a surrogate class matches a code unit only where it is unpaired.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * True when `text` has a surrogate code unit without its pair.
 *
 * @example
 * hasLoneSurrogate("😀"); // false
 * hasLoneSurrogate("😀".slice(0, 1)); // true
 */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}
