import type {
  EndpointDescriptor,
  HeadersInput,
  OptionsSchema,
  QueryParams,
  WireQuery,
} from "@runwire/types";
import { encodeEndpoint, toOptionName } from "@runwire/types/runtime";
import { RunwireValidationError } from "../errors/validation-error";
import { encodeJsonBody, formatPath, type JsonPathKey } from "../http/json";
import { hasLoneSurrogate } from "../http/unicode";
import type { HttpClient, RequestSpec } from "../request/http-client";
import { callHeaders, callParams, checkArguments, checkHeaderOption } from "./arguments";
import { buildPath } from "./path";
import { readEndpointResponse } from "./response";

/** The per-call options every method accepts, as checked. */
interface CheckedRequestOptions {
  readonly signal?: AbortSignal | null | undefined;
  readonly headers?: unknown;
  readonly apiKey?: string | null | undefined;
  readonly params?: QueryParams | null | undefined;
}

/** A call made ready to send: its request, and the options as checked. */
export interface PreparedCall<Options> {
  readonly spec: RequestSpec;
  readonly options: Options;
  /** The caller's headers layer (with a per-call `apiKey`), for follow-up requests. */
  readonly callHeaders: HeadersInput | undefined;
}

/**
 * The one call pipeline: checks a call's ids, arguments and options (each failure a
 * `RunwireValidationError` naming the field, before anything is sent), and builds its request
 * from the endpoint's descriptor: the path (each id encoded once), the query, the method's
 * headers, the JSON body, the caller's headers and params, and whether it may be retried.
 *
 * @param args - positional arguments by name: the path ids and the endpoint's `args`
 */
export function prepareCall<Options>(
  endpoint: EndpointDescriptor<Options, unknown>,
  args: Readonly<Record<string, unknown>>,
  options: unknown,
): PreparedCall<Options> {
  const method = endpoint.id;
  const path = buildPath(endpoint.path, args, method);
  const values: Record<string, unknown> = { ...args };
  for (const [name, schema] of Object.entries(endpoint.args ?? {})) {
    values[name] = checkArguments(schema as OptionsSchema, args[name], method, name);
  }
  const checked = checkArguments(endpoint.options, options, method) as Options &
    CheckedRequestOptions;
  Object.assign(values, checked);
  const encoded = encodeEndpoint(endpoint as EndpointDescriptor<unknown, unknown>, values);
  checkQueryText(encoded.query, method);
  const headers: Record<string, string> = {};
  for (const [option, header] of Object.entries(endpoint.headers ?? {})) {
    const value = encoded.headers[header];
    if (value !== undefined) headers[header] = checkHeaderOption(value, option, method);
  }
  const layer = callHeaders(checked, method);
  const parts = {
    path,
    query: encoded.query,
    headers,
    params: callParams(checked, method),
    callHeaders: layer,
    signal: checked.signal ?? undefined,
    idempotent: endpoint.idempotent,
  };
  const spec: RequestSpec =
    endpoint.method === "GET"
      ? { ...parts, method: "GET" }
      : {
          ...parts,
          method: endpoint.method,
          body:
            encoded.body === undefined
              ? undefined
              : encodeJsonBody(encoded.body, {
                  label: method,
                  fieldAt: optionPath(endpoint.bodyFrom),
                }),
        };
  return { spec, options: checked, callHeaders: layer };
}

/**
 * Makes a call end to end: {@link prepareCall}, send (retried only when the endpoint is
 * idempotent), then the answer as the endpoint describes it.
 *
 * @example
 * const assistant = await callEndpoint(http, ASSISTANTS_ENDPOINTS.get, { assistantId }, options);
 */
export async function callEndpoint<Options, Result>(
  http: HttpClient,
  endpoint: EndpointDescriptor<Options, Result>,
  args: Readonly<Record<string, unknown>>,
  options: unknown,
): Promise<Result> {
  const { spec } = prepareCall(endpoint, args, options);
  return readEndpointResponse(http, await http.open(spec), endpoint.response, endpoint.id);
}

// Names the caller's option at a path of the body: wire keys back to camelCase options
// (`payloads[1].config.configurable.n` for a batch), nested keys as written.
function optionPath(bodyFrom: string | undefined): (path: readonly JsonPathKey[]) => string {
  const inObject = (path: readonly JsonPathKey[]): string => {
    const [first, ...rest] = path;
    if (first === undefined) return "body";
    return formatPath(typeof first === "string" ? toOptionName(first) : `[${first}]`, rest);
  };
  if (bodyFrom === undefined) return inObject;
  return (path) => {
    const [index, ...rest] = path;
    if (typeof index !== "number") return bodyFrom;
    return rest.length === 0 ? `${bodyFrom}[${index}]` : `${bodyFrom}[${index}].${inObject(rest)}`;
  };
}

// A query value with a lone surrogate has no UTF-8 encoding (`store.getItem`'s key or namespace
// labels cut inside an emoji): refused naming the option, rather than a URIError when the URL is
// built. A body carries such text escaped, as JSON allows.
function checkQueryText(query: WireQuery, method: string): void {
  for (const [key, value] of Object.entries(query)) {
    const texts = Array.isArray(value) ? value : [value];
    if (!texts.some((text) => typeof text === "string" && hasLoneSurrogate(text))) continue;
    const field = toOptionName(key);
    throw new RunwireValidationError(
      `${method}: invalid ${field}: expected well-formed Unicode (it has a lone surrogate, which has no UTF-8 encoding)`,
      { field, received: value },
    );
  }
}
