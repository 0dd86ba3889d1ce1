import type { QueryPrimitive } from "../request-options";
import { type EndpointDescriptor, endpointLayout } from "./endpoint";
import { toWireKey } from "./wire-key";

/** An ordered query: insertion order is wire order; arrays become repeated keys. */
export type WireQuery = Record<string, QueryPrimitive | QueryPrimitive[]>;

/** What an endpoint sends for some checked arguments and options, before URL encoding. */
export interface EncodedRequest {
  /** The path parameters by placeholder name, as given (the client encodes each once). */
  readonly pathParameters: Readonly<Record<string, unknown>>;
  readonly query: WireQuery;
  /** Header name → value, for the options sent as headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body, or `undefined` when the endpoint sends none. */
  readonly body: unknown;
}

/**
 * The wire form of one call: every value placed where the endpoint's layout says, under its wire
 * key, with defaults applied and "not given" (`undefined`, and `null` outside `nullable`) left out.
 * Pure: the values must already have passed the endpoint's schemas.
 *
 * @example
 * encodeEndpoint(ASSISTANTS_SEARCH, { graphId: "agent", limit: 5 }).body;
 * // { limit: 5, offset: 0, graph_id: "agent" }
 */
export function encodeEndpoint(
  endpoint: EndpointDescriptor<unknown, unknown>,
  values: Readonly<Record<string, unknown>>,
): EncodedRequest {
  const layout = endpointLayout(endpoint);
  const pathParameters: Record<string, unknown> = {};
  for (const key of layout.path) pathParameters[key] = values[key];

  const query: WireQuery = {};
  for (const key of layout.query) {
    const value = wireValue(endpoint, key, values[key]);
    if (value === undefined) continue;
    query[toWireKey(key)] = Array.isArray(value)
      ? [...(value as QueryPrimitive[])]
      : (value as QueryPrimitive);
  }

  const headers: Record<string, string> = {};
  for (const [key, header] of Object.entries(endpoint.headers ?? {})) {
    const value = wireValue(endpoint, key, values[key]);
    if (value !== undefined) headers[header] = String(value);
  }

  let body: unknown;
  if (endpoint.bodyFrom !== undefined) {
    body = wireValue(endpoint, endpoint.bodyFrom, values[endpoint.bodyFrom]);
  } else if (layout.body.length > 0) {
    const object: Record<string, unknown> = {};
    for (const key of layout.body) {
      const value = wireValue(endpoint, key, values[key]);
      if (value !== undefined) object[toWireKey(key)] = value;
    }
    body = object;
  }
  return { pathParameters, query, headers, body };
}

// The value sent for one key: the given one (or the default), through the key's encoder; "not
// given" is undefined. `false`, `0`, `""` and `{}` are values and are sent.
function wireValue(
  endpoint: EndpointDescriptor<unknown, unknown>,
  key: string,
  given: unknown,
): unknown {
  // A nullable key sends `null` whether the caller gave it or it is the key's default
  // (`updateState`'s `values`).
  const keepsNull = endpoint.nullable?.includes(key) === true;
  let value = given === null && !keepsNull ? undefined : given;
  if (value === undefined) value = endpoint.defaults?.[key];
  const encoder = endpoint.encode?.[key];
  if (encoder !== undefined && value !== undefined && value !== null) value = encoder(value);
  return value === null && !keepsNull ? undefined : value;
}
