/** The five parts of a URI reference (RFC 3986 §3); null marks a part that is absent. */
export interface UriReference {
  readonly scheme: string | null;
  readonly authority: string | null;
  readonly path: string;
  readonly query: string | null;
  readonly fragment: string | null;
}

/** RFC 3986 `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`, up to the first colon. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/**
 * Splits a URI reference by the RFC 3986 generic syntax, without any scheme-specific rules.
 * WHATWG `URL` cannot be used for this: it gives `http:r` the host `r`, while the generic syntax
 * (and the reference SDK) sees no authority there.
 *
 * @example
 * splitUriReference("http:r"); // { scheme: "http", authority: null, path: "r", … }
 */
export function splitUriReference(reference: string): UriReference {
  let rest = reference;
  let scheme: string | null = null;
  const schemeMatch = SCHEME.exec(rest);
  if (schemeMatch !== null) {
    scheme = schemeMatch[1] ?? null;
    rest = rest.slice(schemeMatch[0].length);
  }

  let fragment: string | null = null;
  const hashAt = rest.indexOf("#");
  if (hashAt !== -1) {
    fragment = rest.slice(hashAt + 1);
    rest = rest.slice(0, hashAt);
  }

  let query: string | null = null;
  const queryAt = rest.indexOf("?");
  if (queryAt !== -1) {
    query = rest.slice(queryAt + 1);
    rest = rest.slice(0, queryAt);
  }

  let authority: string | null = null;
  if (rest.startsWith("//")) {
    const pathAt = rest.indexOf("/", 2);
    authority = pathAt === -1 ? rest.slice(2) : rest.slice(2, pathAt);
    rest = pathAt === -1 ? "" : rest.slice(pathAt);
  }

  return { scheme, authority, path: rest, query, fragment };
}
