/** Characters `encodeURIComponent` leaves alone that lie outside RFC 3986's unreserved set. */
const SUB_DELIMS_KEPT_BY_ENCODE_URI = /[!'()*]/g;

/**
 * Percent-encodes one path parameter: everything outside `A–Z a–z 0–9 - _ . ~` is
 * encoded from its UTF-8 bytes, `/` included, and a segment made only of dots becomes `%2E…` so it
 * can never act as a dot segment.
 *
 * @example
 * encodePathSegment("foo/bar"); // "foo%2Fbar"
 * encodePathSegment(".."); // "%2E%2E"
 * @throws TypeError for null/undefined, byte arrays, or strings with lone surrogates.
 */
export function encodePathSegment(value: string | number | { toString(): string }): string {
  // The type forbids these, but JavaScript callers and `as` casts do not.
  if ((value as unknown) === null || (value as unknown) === undefined) {
    throw new TypeError("path parameter must not be null or undefined");
  }
  if (isBinary(value)) {
    throw new TypeError("path parameter must not be binary data; pass a string");
  }
  const text = String(value);
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    // encodeURIComponent throws URIError on a lone surrogate, which has no UTF-8 encoding.
    throw new TypeError("path parameter must be well-formed Unicode (it has a lone surrogate)");
  }
  encoded = encoded.replace(SUB_DELIMS_KEPT_BY_ENCODE_URI, percentEncodeChar);
  return /^\.+$/.test(encoded) ? encoded.replaceAll(".", "%2E") : encoded;
}

function percentEncodeChar(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
}

function isBinary(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (ArrayBuffer.isView(value)) return true;
  // The tag check also recognises buffers from another realm (iframe, vm context).
  const tag = Object.prototype.toString.call(value);
  return tag === "[object ArrayBuffer]" || tag === "[object SharedArrayBuffer]";
}
