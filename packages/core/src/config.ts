import { RunwireValidationError } from "./errors/validation-error";
import { createFetchTransport } from "./fetch-transport";
import {
  API_KEY_HEADER,
  assertNoApiKeyHeader,
  checkApiKeyValue,
  resolveApiKey,
} from "./http/api-key";
import { checkHeadersLayer, type HeadersLayer, mergeHeaders } from "./http/headers";
import { normalizeBaseUrl } from "./http/url";
import { MAX_TIMER_MS } from "./request/abort";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./request/retry-policy";
import type { Transport } from "./transport";

/** The request as `onRequest` sees it; the hook may change the headers or return a new init. */
export interface RequestInitLike {
  /**
   * `GET`, `POST`, `PUT`, `PATCH` or `DELETE` (see `HttpMethod`). A hook may return any of
   * them, in any case; another method, or a `GET` with a body, fails the call with a
   * `RunwireValidationError` naming `onRequest`, before anything is sent.
   */
  method: string;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal;
}

/**
 * Called before every request (also retries and reconnects), as in `@langchain/langgraph-sdk`:
 * return the init to send, or nothing to send the (possibly mutated) one given. It may change
 * any header but `x-api-key`: a hook that sets, replaces or removes the key fails the call with a
 * `RunwireValidationError` naming `onRequest`, before anything is sent (use `apiKey`).
 *
 * @example
 * const onRequest: OnRequestHook = (_url, init) => {
 *   init.headers.set("x-trace-id", crypto.randomUUID());
 * };
 */
export type OnRequestHook = (
  url: URL,
  init: RequestInitLike,
) => RequestInitLike | undefined | Promise<RequestInitLike | undefined>;

/** How a broken stream is resumed. */
export interface StreamResumePolicy {
  /** Reconnects in a row without an event in between before giving up (default 5). */
  maxAttempts: number;
  /** First reconnect delay in ms (default 250); doubles per attempt, with jitter. */
  initialDelayMs: number;
  /** Longest reconnect delay in ms (default 5000). */
  maxDelayMs: number;
}

/** Options of `createClient` / `new Client`: the official JS client's, where they apply. */
export interface ClientConfig {
  /** The LangGraph server, path prefix kept (default `http://localhost:8123`). */
  apiUrl?: string | undefined;
  /**
   * Sent as `x-api-key`, the only way the key is set: `defaultHeaders`, a call's `headers` and
   * `onRequest` may not set, replace or remove it (a call may pass its own `apiKey`). Left out:
   * read from `LANGGRAPH_API_KEY`, `LANGSMITH_API_KEY` or `LANGCHAIN_API_KEY` where the runtime
   * has an environment. `null`: no key, no lookup. Must be sendable as a header as it is.
   */
  apiKey?: string | null | undefined;
  /**
   * Headers sent with every request: a `Headers`, an object of strings or a list of
   * `[name, value]` pairs. `x-api-key` is not allowed here: use `apiKey`.
   */
  defaultHeaders?: HeadersLayer;
  /**
   * The longest wait, in ms, for a response to start and then between two chunks of its body
   * (default 300000, as the reference SDK's read timeout). `null` waits forever. Not applied to
   * `runs.join` and `runs.cancel` with `wait`, whose answer comes only when the run ends.
   */
  timeoutMs?: number | null | undefined;
  /**
   * Retries of idempotent requests on connection errors, 408, 429 and 5xx: GET, PUT, DELETE and
   * the POSTs that only read (searches, counts, versions, history). A PATCH, or a POST that
   * creates or changes something, is never retried.
   */
  maxRetries?: number | undefined;
  /** `@langchain/langgraph-sdk` spelling of `maxRetries`. */
  callerOptions?: { maxRetries?: number | undefined } | undefined;
  /** Backoff of those retries. */
  retry?: Partial<Omit<RetryPolicy, "maxRetries">> | undefined;
  /** How a broken stream is resumed. */
  streamResume?: Partial<StreamResumePolicy> | undefined;
  /** Called before every request. */
  onRequest?: OnRequestHook | undefined;
  /** The network seam (the runtime packages set it; default: the platform `fetch`). */
  transport?: Transport | undefined;
  /** Check server records and stream parts against the `@runwire/types` schemas (off by default). */
  validateResponses?: boolean | undefined;
  /**
   * The largest single stream event accepted, in bytes: an integer >= 1 (default 64 MiB: a
   * `values` event with a long conversation can legitimately be several MiB). A larger one fails
   * the stream with an `InvalidResponseError` instead of buffering without bound.
   */
  maxEventBytes?: number | undefined;
}

/** A client's settings after defaults and checks. */
export interface ResolvedConfig {
  readonly baseUrl: string;
  /** The caller's default headers, then `x-api-key`. */
  readonly headers: Headers;
  readonly transport: Transport;
  readonly timeoutMs: number | null;
  readonly retry: RetryPolicy;
  readonly streamResume: StreamResumePolicy;
  readonly onRequest: OnRequestHook | undefined;
  readonly validateResponses: boolean;
  readonly maxEventBytes: number;
}

export const DEFAULT_API_URL = "http://localhost:8123";
export const DEFAULT_MAX_EVENT_BYTES = 64 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 300_000;
const DEFAULT_STREAM_RESUME: StreamResumePolicy = {
  maxAttempts: 5,
  initialDelayMs: 250,
  maxDelayMs: 5_000,
};
const RETRY_OPTIONS = ["initialDelayMs", "maxDelayMs", "maxRetryAfterMs"];
const STREAM_RESUME_OPTIONS = ["maxAttempts", "initialDelayMs", "maxDelayMs"];
const KNOWN_OPTIONS = [
  "apiUrl",
  "apiKey",
  "defaultHeaders",
  "timeoutMs",
  "maxRetries",
  "callerOptions",
  "retry",
  "streamResume",
  "onRequest",
  "transport",
  "validateResponses",
  "maxEventBytes",
];

/** Applies defaults and checks every option, naming the one at fault. */
export function resolveConfig(config: ClientConfig = {}): ResolvedConfig {
  checkConfigObject(config);
  checkKeys("", config, KNOWN_OPTIONS);
  const callerOptions = checkGroup("callerOptions", config.callerOptions, ["maxRetries"]);
  const retryOptions = checkGroup("retry", config.retry, RETRY_OPTIONS);
  const resumeOptions = checkGroup("streamResume", config.streamResume, STREAM_RESUME_OPTIONS);
  if (config.validateResponses !== undefined && typeof config.validateResponses !== "boolean") {
    throw new RunwireValidationError(
      'createClient: invalid option "validateResponses": expected a boolean',
      { field: "validateResponses", received: config.validateResponses },
    );
  }
  const headers = clientHeaders(config.defaultHeaders, checkApiKey(config.apiKey));
  const maxRetries =
    config.maxRetries === undefined
      ? checkInteger("callerOptions.maxRetries", callerOptions.maxRetries)
      : config.maxRetries;
  return {
    baseUrl: normalizeBaseUrl(config.apiUrl ?? DEFAULT_API_URL),
    headers,
    transport: checkFunction("transport", config.transport) ?? createFetchTransport(),
    timeoutMs:
      config.timeoutMs === null
        ? null
        : Math.min(
            checkNumber("timeoutMs", config.timeoutMs, 1) ?? DEFAULT_TIMEOUT_MS,
            MAX_TIMER_MS,
          ),
    retry: {
      maxRetries: checkInteger("maxRetries", maxRetries) ?? DEFAULT_RETRY_POLICY.maxRetries,
      initialDelayMs:
        checkNumber("retry.initialDelayMs", retryOptions.initialDelayMs) ??
        DEFAULT_RETRY_POLICY.initialDelayMs,
      maxDelayMs:
        checkNumber("retry.maxDelayMs", retryOptions.maxDelayMs) ?? DEFAULT_RETRY_POLICY.maxDelayMs,
      maxRetryAfterMs:
        checkNumber("retry.maxRetryAfterMs", retryOptions.maxRetryAfterMs) ??
        DEFAULT_RETRY_POLICY.maxRetryAfterMs,
    },
    streamResume: {
      maxAttempts:
        checkInteger("streamResume.maxAttempts", resumeOptions.maxAttempts) ??
        DEFAULT_STREAM_RESUME.maxAttempts,
      initialDelayMs:
        checkNumber("streamResume.initialDelayMs", resumeOptions.initialDelayMs) ??
        DEFAULT_STREAM_RESUME.initialDelayMs,
      maxDelayMs:
        checkNumber("streamResume.maxDelayMs", resumeOptions.maxDelayMs) ??
        DEFAULT_STREAM_RESUME.maxDelayMs,
    },
    onRequest: checkFunction("onRequest", config.onRequest),
    validateResponses: config.validateResponses === true,
    maxEventBytes:
      checkInteger("maxEventBytes", config.maxEventBytes, 1) ?? DEFAULT_MAX_EVENT_BYTES,
  };
}

/**
 * The options must be an object. A string is most likely the server's URL, as some clients take
 * it: say how to pass it. Exported for the runtime packages, which read their own options first.
 *
 * @example
 * checkConfigObject("http://localhost:2024"); // throws: pass { apiUrl: "http://localhost:2024" }
 */
export function checkConfigObject(config: unknown): asserts config is object {
  if (typeof config === "object" && config !== null && !Array.isArray(config)) return;
  const hint =
    typeof config === "string"
      ? `: to set the server, pass { apiUrl: ${JSON.stringify(config)} }`
      : config === null
        ? ": leave it out, or pass {}, for the defaults"
        : "";
  const got = config === null ? "null" : Array.isArray(config) ? "an array" : `a ${typeof config}`;
  throw new RunwireValidationError(`createClient: expected an options object, got ${got}${hint}`, {
    field: "config",
    received: typeof config === "string" ? undefined : config,
  });
}

function checkNumber(field: string, value: unknown, minimum = 0): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < minimum) {
    throw new RunwireValidationError(
      `createClient: invalid option "${field}": expected a number >= ${minimum}, got ${String(value)}`,
      { field, received: value },
    );
  }
  return value;
}

function checkInteger(field: string, value: unknown, minimum = 0): number | undefined {
  const number = checkNumber(field, value, minimum);
  if (number !== undefined && !Number.isInteger(number)) {
    throw new RunwireValidationError(
      `createClient: invalid option "${field}": expected an integer >= ${minimum}, got ${number}`,
      { field, received: value },
    );
  }
  return number;
}

function checkFunction<T>(field: string, value: T | undefined): T | undefined {
  if (value !== undefined && typeof value !== "function") {
    throw new RunwireValidationError(
      `createClient: invalid option "${field}": expected a function`,
      { field, received: value },
    );
  }
  return value;
}

/**
 * Refuses keys outside `known`. The value is not kept on the error: a misspelt option (`apikey`,
 * `api_key`) may well hold the API key.
 */
function checkKeys(prefix: string, value: object, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      const field = `${prefix}${key}`;
      throw new RunwireValidationError(`createClient: unknown option "${field}"`, { field });
    }
  }
}

/** A nested options object (`retry`, `streamResume`, `callerOptions`): an object of known keys. */
function checkGroup(
  field: string,
  value: unknown,
  known: readonly string[],
): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new RunwireValidationError(
      `createClient: invalid option "${field}": expected an object`,
      { field, received: value },
    );
  }
  checkKeys(`${field}.`, value, known);
  return value as Record<string, unknown>;
}

/** `apiKey` must be a string, `null` or left out; its value is never put on the error. */
function checkApiKey(apiKey: unknown): string | undefined {
  if (apiKey === undefined || apiKey === null || typeof apiKey === "string") {
    const key = resolveApiKey(apiKey);
    if (key === undefined) return undefined;
    const hint =
      typeof apiKey === "string"
        ? ""
        : " (it comes from LANGGRAPH_API_KEY, LANGSMITH_API_KEY or LANGCHAIN_API_KEY)";
    return checkApiKeyValue(key, "apiKey", "createClient", hint);
  }
  throw new RunwireValidationError(
    'createClient: invalid option "apiKey": expected a string, or null for no key',
    { field: "apiKey" },
  );
}

/** The caller's `defaultHeaders`, then `x-api-key`; nothing of runwire's own (see the transports). */
function clientHeaders(defaultHeaders: unknown, apiKey: string | undefined): Headers {
  const field = "defaultHeaders";
  const layer = checkHeadersLayer(defaultHeaders, field, "createClient");
  assertNoApiKeyHeader(layer, field, "createClient");
  return mergeHeaders(layer, apiKey === undefined ? undefined : { [API_KEY_HEADER]: apiKey });
}
