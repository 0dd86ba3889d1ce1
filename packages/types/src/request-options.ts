import * as z from "zod/mini";
import { isAbortSignal, isFunction, isObject, isQueryParams } from "./check/predicates";
import type { RunCreateMetadata } from "./run";
import { define } from "./schema-kit";

// Per-call options every runs method takes, beside its own: they shape the request, not the body.

/** One query value; `null` is sent as an empty value (`key=`). */
export type QueryPrimitive = string | number | boolean | null;

/**
 * Extra query parameters (docs/spec/runs.md §2.12): an object (arrays become repeated keys, `undefined`
 * leaves the key out), a list of pairs, `URLSearchParams`, or a pre-encoded string.
 */
export type QueryParams =
  | Record<string, QueryPrimitive | readonly QueryPrimitive[] | undefined>
  | readonly (readonly [string, QueryPrimitive])[]
  | URLSearchParams
  | string;

/**
 * Headers for one call: a `Headers`, a plain object (an `undefined` value removes a header the
 * client would send) or a list of pairs. Names compare case-insensitively; the call's win.
 */
export type HeadersInput =
  | Headers
  | Record<string, string | undefined>
  | readonly (readonly [string, string])[];

/** Called once, with the new run's ids, as soon as the create response's headers arrive. */
export type OnRunCreated = (metadata: RunCreateMetadata) => void;

export const AbortSignalSchema = /*#__PURE__*/ z.custom<AbortSignal>(isAbortSignal, {
  error: "expected an AbortSignal",
});

export const HeadersInputSchema = /*#__PURE__*/ z.custom<HeadersInput>(isObject, {
  error: "expected a Headers, an object of strings or a list of [name, value] pairs",
});

export const QueryParamsSchema = /*#__PURE__*/ z.custom<QueryParams>(isQueryParams, {
  error: "expected an object, a list of [key, value] pairs, URLSearchParams or a string",
});

export const OnRunCreatedSchema = /*#__PURE__*/ z.custom<OnRunCreated>(isFunction, {
  error: "expected a function",
});

/** The shape of the per-call options, spread into each method's options schema. */
export const requestOptionsShape = /*#__PURE__*/ define(() => ({
  signal: z.optional(AbortSignalSchema),
  headers: z.optional(HeadersInputSchema),
  apiKey: z.optional(z.nullable(z.string())),
  params: z.optional(QueryParamsSchema),
}));

/** Options every runs method accepts. */
export const RequestOptionsSchema = /*#__PURE__*/ z.strictObject(requestOptionsShape);

/**
 * Options every runs method accepts beside its own: they shape the request, never the body.
 * (Checked at run time by {@link RequestOptionsSchema}; test/option-types.test.ts keeps the two equal.)
 */
export interface RequestOptions {
  /**
   * Aborts the call at once, including a stream and any reconnect or resume in progress. The
   * call rejects (or the stream throws) with the signal's reason.
   */
  signal?: AbortSignal | undefined;
  /**
   * Headers for this call, laid over the client's own: a `Headers`, a plain object (an
   * `undefined` value removes a header the client would send) or a list of pairs. Names compare
   * case-insensitively and the call's win. They may not set or remove `x-api-key`: pass `apiKey`.
   */
  headers?: HeadersInput | undefined;
  /**
   * The API key for this call only, sent as `x-api-key` instead of the client's (a backend that
   * serves several tenants through one client). `null` or left out: the client's key.
   */
  apiKey?: string | null | undefined;
  /**
   * Extra query parameters for this call's first request, never for a reconnect or resume: an
   * object (arrays become repeated keys), a list of pairs, `URLSearchParams` or a pre-encoded string.
   */
  params?: QueryParams | undefined;
}
