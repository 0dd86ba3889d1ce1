import type { HeadersInput, QueryParams } from "@runwire/types";
import type { ResolvedConfig } from "../config";
import { APIStatusError } from "../errors/api-status-error";
import { APIConnectionError, APITimeoutError } from "../errors/connection-error";
import { parseRetryAfter } from "../errors/retry-after";
import { RunwireError } from "../errors/runwire-error";
import { RunwireValidationError } from "../errors/validation-error";
import { API_KEY_HEADER } from "../http/api-key";
import { type HeadersLayer, mergeHeaders } from "../http/headers";
import { decodeJsonBody, encodeJsonBody } from "../http/json";
import { HTTP_METHODS, type HttpMethod, isHttpMethod } from "../http/method";
import { encodeQuery, mergeQuery, type QueryRecord } from "../http/query";
import { joinUrl } from "../http/url";
import type { TransportRequest } from "../transport";
import { childController, raceAbort, sleep } from "./abort";
import { type BodyLimit, BodyReader } from "./body-reader";
import { ClientLifetime } from "./client-lifetime";
import { backoffDelayMs, isRetryableStatus } from "./retry-policy";

/** What every {@link RequestSpec} has, whatever its method. */
interface RequestSpecParts {
  /** A path below the base URL, or a (validated) Location. */
  readonly path: string;
  /** The method's own query. */
  readonly query?: QueryRecord | undefined;
  /** The caller's `params`, laid over `query`. */
  readonly params?: QueryParams | undefined;
  /** Headers the method sets (`accept`, `last-event-id`, …). */
  readonly headers?: HeadersLayer;
  /** The caller's per-call headers, laid over everything else. */
  readonly callHeaders?: HeadersInput | undefined;
  readonly signal?: AbortSignal | undefined;
  /**
   * Retry on connection errors, 408, 429 and 5xx: only for requests safe to repeat, whatever
   * their verb (docs/reliability.md). `true` for GET, PUT and DELETE, and for a POST that only
   * reads (a search, a count, versions, history); `false` for PATCH and for every POST that
   * creates or changes something (a run, a copy, a state update), so none happens twice.
   */
  readonly idempotent: boolean;
  /**
   * The answer comes only once a run ends and nothing is sent before it (`join`, `cancel` with
   * `wait`), so the idle timeout (`timeoutMs`) does not apply: it would fail every run that
   * takes longer. The caller's `signal` still bounds the wait.
   */
  readonly awaitsRun?: boolean | undefined;
}

/** A GET: it never has a body (fetch refuses one, and the API defines none). */
interface GetRequestSpec extends RequestSpecParts {
  readonly method: "GET";
  readonly json?: undefined;
  readonly body?: undefined;
}

/** POST, PUT, PATCH or DELETE, each with a JSON body or none (the store's DELETE has one). */
interface BodyRequestSpec extends RequestSpecParts {
  readonly method: Exclude<HttpMethod, "GET">;
  /** A JSON body, sent with `content-type: application/json`; `undefined` sends none. */
  readonly json?: unknown;
  /** A body already encoded as JSON text (takes precedence over `json`). */
  readonly body?: string | undefined;
}

/** One logical request, before URL building, encoding and retries. */
export type RequestSpec = GetRequestSpec | BodyRequestSpec;

/** A response whose status and headers have arrived; its body is read through `body`. */
export interface OpenResponse {
  readonly status: number;
  /** The transport's reason phrase, when it has one (for error messages). */
  readonly statusText?: string | undefined;
  readonly headers: Headers;
  readonly url: string;
  readonly body: BodyReader;
}

/** The request pipeline every runs method goes through. */
export class HttpClient {
  /** The client's open requests and streams, which `close()` aborts. */
  readonly lifetime = new ClientLifetime();

  constructor(readonly config: ResolvedConfig) {}

  /**
   * Sends a request and resolves when its headers arrive. A request marked `idempotent` is
   * retried with backoff (honouring `Retry-After`), whatever its verb; any other never is, so a
   * run (or anything else a POST or PATCH changes) is never created or changed twice.
   */
  async open(spec: RequestSpec): Promise<OpenResponse> {
    // Tracked from here until its body is released, so that `close()` aborts it at any point
    // (the request, a retry's backoff, the body's reads); nothing is sent after `close()`.
    const call = this.lifetime.enter(spec.signal);
    try {
      return await this.attempts(spec, call.signal, call.end);
    } catch (error) {
      call.end();
      throw error;
    }
  }

  private async attempts(
    spec: RequestSpec,
    signal: AbortSignal,
    end: () => void,
  ): Promise<OpenResponse> {
    const url = this.url(spec);
    const body = spec.body ?? (spec.json === undefined ? undefined : encodeJsonBody(spec.json));
    const headers = callerHeaders(() =>
      mergeHeaders(
        this.config.headers,
        spec.headers,
        body === undefined ? undefined : { "content-type": "application/json" },
        spec.callHeaders,
      ),
    );
    const { retry } = this.config;
    for (let attempt = 0; ; attempt += 1) {
      if (signal.aborted) throw signal.reason;
      const mayRetry = spec.idempotent && attempt < retry.maxRetries;
      const { controller, dispose } = childController(signal);
      const timeoutMs = spec.awaitsRun === true ? null : this.config.timeoutMs;
      const timer = startTimeout(controller, timeoutMs);
      let request: TransportRequest;
      try {
        request = await this.prepare({
          method: spec.method,
          url,
          headers: new Headers(headers),
          body,
          signal: controller.signal,
        });
      } catch (error) {
        // The caller's own hook failed: that is no connection error, and retrying will not help.
        clearTimeout(timer);
        dispose();
        throw error;
      }
      try {
        const response = await raceAbort(this.config.transport(request), controller.signal);
        clearTimeout(timer);
        const delay =
          mayRetry && isRetryableStatus(response.status)
            ? this.retryDelay(response.status, response.headers, attempt)
            : null;
        if (delay !== null) {
          new BodyReader(response.body, controller, timeoutMs, dispose).cancel();
          await sleep(delay, signal);
          continue;
        }
        // Releasing the body (read to the end, cancelled, failed) also ends the tracking.
        const reader = new BodyReader(response.body, controller, timeoutMs, () => {
          dispose();
          end();
        });
        return {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
          url,
          body: reader,
        };
      } catch (error) {
        clearTimeout(timer);
        dispose();
        if (signal.aborted) throw signal.reason;
        // A transport may report its own typed failure (undici's connect timeout →
        // APITimeoutError, a closed client → RunwireError, never retried); anything else it
        // throws is a connection error.
        const failure = controller.signal.aborted
          ? controller.signal.reason
          : RunwireError.isInstance(error)
            ? error
            : new APIConnectionError({ cause: error });
        if (!APIConnectionError.isInstance(failure) || !mayRetry) throw failure;
        await sleep(backoffDelayMs(attempt, retry), signal);
      }
    }
  }

  /** Sends a request, checks its status, and decodes the JSON body (empty → `null`). */
  async json(spec: RequestSpec): Promise<unknown> {
    return this.readJson(await this.open(spec));
  }

  /** Checks an open response's status and decodes its JSON body (empty → `null`). */
  async readJson(response: OpenResponse): Promise<unknown> {
    await throwIfError(response);
    const text = await response.body.readText(this.bodyLimit());
    return decodeJsonBody(text, { status: response.status });
  }

  /** JSON bodies share the stream event limit: one answer may be as large as one event. */
  bodyLimit(): BodyLimit {
    return { maxBytes: this.config.maxEventBytes, onExceed: "throw" };
  }

  /** Sends a request and checks its status without reading the body. */
  async noContent(spec: RequestSpec): Promise<void> {
    const response = await this.open(spec);
    await throwIfError(response);
    response.body.cancel();
  }

  private url(spec: RequestSpec): string {
    const url = joinUrl(this.config.baseUrl, spec.path);
    const query = encodeQuery(mergeQuery(spec.query ?? {}, spec.params));
    if (query === "") return url;
    return `${url}${url.includes("?") ? "&" : "?"}${query}`;
  }

  private async prepare(request: TransportRequest): Promise<TransportRequest> {
    const hook = this.config.onRequest;
    if (!hook) return request;
    const key = request.headers.get(API_KEY_HEADER);
    const init = { ...request };
    const changed = (await hook(new URL(request.url), init)) ?? init;
    const method = typeof changed.method === "string" ? changed.method.toUpperCase() : "";
    if (!isHttpMethod(method)) {
      throw new RunwireValidationError(
        `onRequest returned an unsupported method: ${String(changed.method)} (expected ${listMethods()})`,
        { field: "onRequest", received: changed.method },
      );
    }
    // fetch (ky's, the edge's) refuses a GET with a body: say so here, not as a connection error.
    if (method === "GET" && changed.body !== undefined) {
      throw new RunwireValidationError(
        "onRequest returned a GET with a body: a GET carries none (leave body undefined, or use another method)",
        { field: "onRequest" },
      );
    }
    let headers: Headers;
    try {
      headers = changed.headers instanceof Headers ? changed.headers : new Headers(changed.headers);
    } catch {
      throw new RunwireValidationError("onRequest returned headers that are not valid in HTTP", {
        field: "onRequest",
      });
    }
    // The key comes from `apiKey` alone (see ClientConfig.apiKey); a hook that changed it would
    // make that rule a suggestion. Compared after the hook, refused before anything is sent.
    if (headers.get(API_KEY_HEADER) !== key) {
      throw new RunwireValidationError(
        `onRequest may not set, replace or remove ${API_KEY_HEADER}: pass apiKey to the client or to the call instead`,
        { field: "onRequest" },
      );
    }
    return {
      method,
      headers,
      body: changed.body,
      url: request.url,
      signal: request.signal,
    };
  }

  private retryDelay(status: number, headers: Headers, attempt: number): number | null {
    const { retry } = this.config;
    if (status === 429 || status === 503) {
      const retryAfter = parseRetryAfter(headers.get("retry-after"));
      if (retryAfter !== null) return retryAfter <= retry.maxRetryAfterMs ? retryAfter : null;
    }
    return backoffDelayMs(attempt, retry);
  }
}

/** "GET, POST, PUT, PATCH or DELETE". */
function listMethods(): string {
  return `${HTTP_METHODS.slice(0, -1).join(", ")} or ${HTTP_METHODS.at(-1)}`;
}

// Time to the response headers; the body's own idle timeout takes over from there.
function startTimeout(
  controller: AbortController,
  timeoutMs: number | null,
): ReturnType<typeof setTimeout> | undefined {
  if (timeoutMs === null) return undefined;
  return setTimeout(() => controller.abort(new APITimeoutError()), timeoutMs);
}

/**
 * Runs a header merge. The caller's layers were checked when the call was made; should the
 * platform still refuse one, its message is dropped: it quotes the value, which may be a
 * credential.
 */
function callerHeaders(merge: () => Headers): Headers {
  try {
    return merge();
  } catch {
    throw new RunwireValidationError(
      'Invalid option "headers": a header name or value is not valid in HTTP',
      { field: "headers" },
    );
  }
}

const ERROR_BODY_LIMIT: BodyLimit = { maxBytes: 64 * 1024, onExceed: "truncate" };

/**
 * Turns any non-2xx response into its typed error (docs/spec/runs.md Appendix B row 4: 1xx and 3xx included, since
 * redirects are never followed). The body is read for the message, and released either way.
 */
export async function throwIfError(response: OpenResponse): Promise<void> {
  if (response.status >= 200 && response.status < 300) return;
  let raw: Uint8Array | null = null;
  try {
    // Enough for any useful message; a huge error page is cut, not buffered whole.
    raw = await response.body.readAll(ERROR_BODY_LIMIT);
  } catch {
    raw = null;
  }
  throw APIStatusError.from({
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    body: raw,
  });
}
