import type { HttpMethod } from "@runwire/types";

// The HTTP methods runwire sends (`HttpMethod`, declared with the endpoint descriptors): the verbs
// of the LangGraph API. Every one may carry a JSON body except `GET` (fetch refuses a GET with a
// body, and the API defines none).

export type { HttpMethod };

/** Every `HttpMethod`, in the order messages list them. */
export const HTTP_METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Whether `value` is an `HttpMethod`, exactly (upper case). */
export function isHttpMethod(value: string): value is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(value);
}
