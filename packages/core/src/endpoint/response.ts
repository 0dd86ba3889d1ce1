import type { EndpointDescriptor, ResponseSpec, ResponseValidator } from "@runwire/types";
import { InvalidResponseError } from "../errors/invalid-response-error";
import { decodeJsonBody } from "../http/json";
import { type HttpClient, type OpenResponse, throwIfError } from "../request/http-client";

/**
 * The answer an endpoint gives to these options: with a `select`, its `selectedResponse` (only the
 * selected keys come back), otherwise its `response`.
 */
export function responseFor<Result>(
  endpoint: EndpointDescriptor<unknown, Result>,
  options: { readonly select?: readonly string[] | null | undefined },
): ResponseSpec<Result> {
  const selecting = options.select !== undefined && options.select !== null;
  return selecting && endpoint.selectedResponse ? endpoint.selectedResponse : endpoint.response;
}

const WHITESPACE_ONLY = /^[ \t\n\r]*$/;

/**
 * Reads an endpoint's answer from an open response: the status checked (a typed error otherwise),
 * then nothing (`void`: any body discarded) or the JSON body, checked against the endpoint's
 * schema when the client validates responses.
 */
export async function readEndpointResponse<Result>(
  http: HttpClient,
  response: OpenResponse,
  spec: ResponseSpec<Result>,
  method: string,
): Promise<Result> {
  await throwIfError(response);
  if (spec.kind === "void") {
    // Not read: a stalled body would otherwise delay or fail a request that has succeeded.
    response.body.cancel();
    return undefined as Result;
  }
  const text = await response.body.readText(http.bodyLimit());
  if (WHITESPACE_ONLY.test(text) && spec.empty !== "null") {
    throw new InvalidResponseError(`${method} response: the body is empty (expected JSON)`, {
      status: response.status,
      body: text,
    });
  }
  const value = decodeJsonBody(text, { status: response.status });
  if (http.config.validateResponses && spec.schema !== undefined) {
    checkAnswer(spec.schema, value, method, spec);
  }
  return value as Result;
}

function checkAnswer(
  schema: ResponseValidator,
  value: unknown,
  method: string,
  spec: { list?: boolean | undefined; what?: string | undefined },
): void {
  if (spec.list !== true) {
    checkRecord(schema, value, `${method} response`);
    return;
  }
  if (!Array.isArray(value)) {
    throw new InvalidResponseError(
      `${method} response: expected a list${spec.what === undefined ? "" : ` of ${spec.what}`}`,
      { body: value },
    );
  }
  for (const item of value) checkRecord(schema, item, `${method} response`);
}

/** Checks one record against its schema, as an `InvalidResponseError` naming the first issue. */
export function checkRecord(schema: ResponseValidator, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  throw new InvalidResponseError(
    `${what} does not match its schema: ${JSON.stringify(result.error?.issues[0] ?? null)}`,
    { body: value },
  );
}
