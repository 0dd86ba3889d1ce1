/**
 * What `new Headers(…)` accepts. The DOM library calls it `HeadersInit`; Node's typings
 * (`@types/node`) declare `Headers` but not that name, so the public types say it this way.
 */
export type HeadersInitLike = ConstructorParameters<typeof Headers>[0];

/** One layer of headers: anything `Headers` accepts, or a record where `undefined` deletes. */
export type HeadersLayer =
  | HeadersInitLike
  | readonly (readonly [string, string])[]
  | Record<string, string | undefined>
  | null
  | undefined;

/**
 * Lays header layers over each other: later layers win, names compare case-insensitively
 * (Appendix B row 15), and an `undefined` value removes the header set by an earlier layer.
 *
 * @example
 * mergeHeaders({ Accept: "text/event-stream" }, { accept: "application/json" }).get("accept");
 * // "application/json"
 */
export function mergeHeaders(...layers: HeadersLayer[]): Headers {
  const merged = new Headers();
  for (const layer of layers) {
    if (layer === null || layer === undefined) continue;
    for (const [name, value] of layerEntries(layer)) {
      if (value === undefined) merged.delete(name);
      else merged.set(name, value);
    }
  }
  return merged;
}

/** The name/value pairs of a layer, repeated names within one layer combined as `Headers` does. */
export function layerEntries(
  layer: NonNullable<HeadersLayer>,
): Iterable<readonly [string, string | undefined]> {
  if (isPairList(layer)) return normalized(new Headers(layer as [string, string][]));
  if (isHeadersLike(layer)) return normalized(new Headers(layer));
  // Under Node's typings a record's value may also be a string array; `Headers#set` stringifies
  // it ("a,b") exactly as `new Headers(record)` would, so it passes as a string here.
  return Object.entries(layer as Record<string, string | undefined>);
}

function normalized(headers: Headers): Array<readonly [string, string]> {
  const entries: Array<readonly [string, string]> = [];
  headers.forEach((value, name) => {
    entries.push([name, value]);
  });
  return entries;
}

function isPairList(
  layer: NonNullable<HeadersLayer>,
): layer is readonly (readonly [string, string])[] {
  return Array.isArray(layer);
}

/** Also accepts `Headers` from another implementation (a polyfill, another realm). */
function isHeadersLike(value: object): value is Headers {
  if (value instanceof Headers) return true;
  const candidate = value as Partial<Record<"forEach" | "get" | "has" | "set", unknown>>;
  return (
    typeof candidate.forEach === "function" &&
    typeof candidate.get === "function" &&
    typeof candidate.has === "function" &&
    typeof candidate.set === "function"
  );
}
