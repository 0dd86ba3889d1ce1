import { InvalidResponseError, type Transport } from "@runwire/core";
import ky, { type KyInstance } from "ky";

/** Options of the ky transport. */
export interface KyTransportOptions {
  /**
   * Send through this ky instance (one made with `ky.create` / `ky.extend`): its `fetch`, default
   * `headers`, `credentials` and hooks apply to every request, retries and reconnects included.
   * runwire's own options win over the instance's where they must (see {@link createKyTransport}).
   * Default: ky's default instance.
   */
  ky?: KyInstance | undefined;
}

/**
 * runwire's transport on ky, for browsers. Every request goes through ky with the options a
 * runwire transport needs, whatever instance is given:
 *
 * - `retry: 0`: core retries (only idempotent requests, honouring `Retry-After`); a ky retry on
 *   top would multiply attempts and could outlive the caller's `timeoutMs`.
 * - `timeout: false`: core's `timeoutMs` is the one timeout and fails with `APITimeoutError`. It
 *   also bounds the gaps between body chunks, which ky's (headers only, 10 s by default) does not,
 *   and ky's default would cut a long `runs.wait` short.
 * - `throwHttpErrors: false`: core turns statuses into its typed errors.
 * - `redirect: "manual"`: a redirect is never followed (it could carry the API key elsewhere). A
 *   browser hides the redirect's status and target, so it fails as an `InvalidResponseError`.
 * - `prefixUrl: ""`, no `searchParams`: the URL core built is sent as it is.
 * - `method` and `body` as core gives them: every verb in upper case (fetch would send a
 *   lower-case `patch` as it is), its body included on PUT, PATCH and DELETE. Cross-origin, the
 *   browser asks the server first (a CORS preflight) for PUT, PATCH, DELETE and any JSON body:
 *   the server must allow them, as LangGraph's does by default.
 *
 * Headers: core's (the client's, the call's, after `onRequest`) are the request's `headers`,
 * over the instance's defaults; the instance's `beforeRequest` hooks then see them and may add
 * their own (a fresh token, a trace id). runwire adds no `User-Agent`: the browser sends its
 * own. The body is returned as the stream fetch gives, so tokens arrive as the server sends them.
 *
 * @example
 * import ky from "ky";
 * const transport = createKyTransport({ ky: ky.create({ credentials: "include" }) });
 * const client = createClient({ apiUrl, transport }); // from @runwire/core
 */
export function createKyTransport(options: KyTransportOptions = {}): Transport {
  const instance = options.ky ?? ky;
  return async ({ method, url, headers, body, signal }) => {
    const response = await instance(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
      signal,
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
      redirect: "manual",
      prefixUrl: "",
      searchParams: undefined,
    });
    if (response.type === "opaqueredirect") {
      void response.body?.cancel().catch(() => {});
      throw new InvalidResponseError(
        "The server answered with a redirect, which runwire does not follow (a browser hides its status and target): point apiUrl at the address it redirects to.",
      );
    }
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      body: response.body,
    };
  };
}
