import type { OptionsSchema } from "../check-options";
import { RunsRequestOptionsCheck } from "../generated/checks";

// An endpoint described as data: its verb, path, the schemas of what a caller passes, where each
// value goes on the wire and what comes back. The client builds every request from these (one call
// pipeline in @runwire/core), and a server or proxy can read the same descriptors to accept or
// forward exactly what the client sends.

/** The HTTP methods the LangGraph API uses. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Checks an answer when the client is created with `validateResponses`. */
export interface ResponseValidator {
  safeParse(value: unknown): {
    success: boolean;
    error?: { readonly issues: readonly unknown[] } | undefined;
  };
}

/**
 * What an endpoint answers.
 * - `void`: nothing the caller needs; any body is discarded (the real server answers some deletes
 *   with a JSON body, others with 204).
 * - `json`: a JSON body, checked against `schema` (each item when `list`) with `validateResponses`.
 *   An empty body is `null` when `empty` is `"null"`, otherwise an `InvalidResponseError`.
 */
export type ResponseSpec<Result = unknown> =
  | { readonly kind: "void"; readonly __result?: Result }
  | {
      readonly kind: "json";
      readonly schema?: ResponseValidator | undefined;
      /** The answer is a list; `schema` checks each item. */
      readonly list?: boolean | undefined;
      /** What an empty body means: `null`, or (default) an invalid response. */
      readonly empty?: "null" | "error" | undefined;
      /** Names the record in error messages: `expected a list of runs`. */
      readonly what?: string | undefined;
      readonly __result?: Result;
    };

/** A value the encoder turns into its wire form (`undefined` leaves the key out). */
export type WireEncoder = (value: unknown) => unknown;

/**
 * One endpoint. Every key of `args` and of `options` (other than the per-call request options)
 * travels in exactly one place: the path (a `{name}` placeholder), the query (`query`), a header
 * (`headers`), nowhere (`local`: client-side options such as `includePagination`), or else the
 * JSON body, under its derived wire key (see `toWireKey`).
 */
export interface EndpointDescriptor<Options = unknown, Result = unknown> {
  /** The method's name, as error messages label it: `assistants.search`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** The path, with `{name}` placeholders for positional ids: `/assistants/{assistantId}`. */
  readonly path: string;
  /**
   * Positional arguments that are not path ids (`store.putItem`'s `namespace`, `key`, `value`),
   * each with its schema, in argument order. Path ids are checked by the path builder.
   */
  readonly args?: Readonly<Record<string, OptionsSchema>> | undefined;
  /** The options object's schema: strict, so an unknown option is refused before any request. */
  readonly options: OptionsSchema<Options>;
  /** Keys sent in the query, in this order. */
  readonly query?: readonly string[] | undefined;
  /** Keys sent as a header: option name → header name. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Keys the client uses itself and never sends. */
  readonly local?: readonly string[] | undefined;
  /** Values sent when a key is not given. */
  readonly defaults?: Readonly<Record<string, unknown>> | undefined;
  /** Keys whose wire value is computed from the given one (`undefined` leaves the key out). */
  readonly encode?: Readonly<Record<string, WireEncoder>> | undefined;
  /**
   * Keys for which an explicit `null` is sent as JSON `null` (elsewhere null means not given):
   * the few places where `null` means something, such as clearing a cron's `endTime`.
   */
  readonly nullable?: readonly string[] | undefined;
  /** The body is this argument's (encoded) value instead of an object of keys: `createBatch`. */
  readonly bodyFrom?: string | undefined;
  readonly response: ResponseSpec<Result>;
  /**
   * The answer when the call names a `select`: the server then sends only the selected keys, so
   * each record is checked for those alone (see {@link selectedFields}).
   */
  readonly selectedResponse?: ResponseSpec<Result> | undefined;
  /** Safe to send again after a failure: reads, PUT, DELETE, read-only POSTs (searches, counts). */
  readonly idempotent: boolean;
}

/** The per-call options every method takes; they shape the request and are never sent as data. */
export const REQUEST_OPTION_KEYS: readonly string[] = /*#__PURE__*/ Object.keys(
  RunsRequestOptionsCheck.shape,
);

/**
 * Declares an endpoint; the identity function, there for inference and for readers.
 *
 * @example
 * const getThing = defineEndpoint({
 *   id: "things.get",
 *   method: "GET",
 *   path: "/things/{thingId}",
 *   options: RunsRequestOptionsSchema,
 *   response: jsonResponse(),
 *   idempotent: true,
 * });
 */
export function defineEndpoint<Options, Result>(
  descriptor: EndpointDescriptor<Options, Result>,
): EndpointDescriptor<Options, Result> {
  return descriptor;
}

/**
 * A JSON answer of type `Result`, checked against `schema` with `validateResponses`.
 *
 * @example
 * jsonResponse(RunSchema, { list: true, what: "runs" });
 */
export function jsonResponse<Result>(
  schema?: ResponseValidator,
  options: { list?: boolean; empty?: "null" | "error"; what?: string } = {},
): ResponseSpec<Result> {
  return { kind: "json", schema, ...options };
}

/** An answer the caller does not need: any body is discarded. */
export const VOID_RESPONSE: ResponseSpec<void> = { kind: "void" };

/**
 * The `{name}` placeholders of a path template, in order.
 *
 * @example
 * pathParameters("/threads/{threadId}/runs/{runId}"); // ["threadId", "runId"]
 */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((match) => match[1] as string);
}

/**
 * The keys an options schema declares (a strict object's shape).
 *
 * @example
 * schemaKeys(RunsJoinOptionsSchema); // ["cancelOnDisconnect", "signal", "headers", "apiKey", "params"]
 */
export function schemaKeys(schema: OptionsSchema): string[] {
  const shape = (schema as { shape?: unknown }).shape;
  return typeof shape === "object" && shape !== null ? Object.keys(shape) : [];
}

/** Where each key of an endpoint goes. */
export interface EndpointLayout {
  readonly path: readonly string[];
  readonly query: readonly string[];
  readonly headers: readonly string[];
  readonly local: readonly string[];
  /** Body keys, in wire order: the arguments, then the options in schema order. */
  readonly body: readonly string[];
}

const layouts = /*#__PURE__*/ new WeakMap<EndpointDescriptor<unknown, unknown>, EndpointLayout>();

/**
 * Sorts every argument and option of an endpoint into its place on the wire. Body keys are what
 * is left: nothing is listed by hand, so an option added to a schema is sent, not dropped.
 *
 * @example
 * endpointLayout(RUNS_ENDPOINTS.list).query; // ["limit", "offset", "status", "select"]
 */
export function endpointLayout(endpoint: EndpointDescriptor<unknown, unknown>): EndpointLayout {
  const cached = layouts.get(endpoint);
  if (cached) return cached;
  const path = pathParameters(endpoint.path);
  const query = endpoint.query ?? [];
  const headers = Object.keys(endpoint.headers ?? {});
  const local = endpoint.local ?? [];
  const placed = new Set([...path, ...query, ...headers, ...local, ...REQUEST_OPTION_KEYS]);
  const keys = [...Object.keys(endpoint.args ?? {}), ...schemaKeys(endpoint.options)];
  const body = keys.filter((key) => !placed.has(key));
  const layout = { path, query, headers, local, body };
  layouts.set(endpoint, layout);
  return layout;
}

/** A record schema whose keys can be checked one at a time (a zod object's `shape`). */
export interface ShapedValidator {
  readonly shape: Readonly<Record<string, ResponseValidator>>;
}

/**
 * Checks a record that holds only some of `schema`'s keys (the answer to a `select`): each key it
 * has must fit its schema, none is required, other keys are kept.
 *
 * @example
 * selectedFields(RunSchema).safeParse({ run_id: "r1" }).success; // true
 * selectedFields(RunSchema).safeParse({ run_id: 5 }).success; // false
 */
export function selectedFields(schema: ShapedValidator): ResponseValidator {
  return {
    safeParse(value) {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        return { success: false, error: { issues: [{ message: "expected an object", path: [] }] } };
      }
      for (const [key, field] of Object.entries(value)) {
        // Own keys only: a record may hold `constructor` or `toString`, which the shape inherits.
        const result = Object.hasOwn(schema.shape, key)
          ? schema.shape[key]?.safeParse(field)
          : undefined;
        if (result === undefined || result.success) continue;
        const issues = (result.error?.issues ?? []).map((issue) => ({
          ...(issue as object),
          path: [key, ...(((issue as { path?: unknown[] }).path ?? []) as unknown[])],
        }));
        return { success: false, error: { issues } };
      }
      return { success: true };
    },
  };
}
