import type { HeadersInput } from "@runwire/types";
import { APIConnectionError } from "../errors/connection-error";
import { mergeHeaders } from "../http/headers";
import { decodeJsonBody } from "../http/json";
import { checkReconnectLocation } from "../http/location";
import type { HttpClient, RequestSpec } from "./http-client";
import { throwIfError } from "./http-client";

/** What a reconnecting request needs beyond the first request. */
export interface ReconnectOptions {
  /** Called with the first response's headers, before its status is checked. */
  readonly onFirstResponse?: ((headers: Headers) => void) | undefined;
  /**
   * Where to pick the result up when the body breaks and the server gave no `Location`: for
   * `wait`, the run's join endpoint, learned from the first response's `Content-Location`.
   */
  readonly fallbackPath?: ((headers: Headers) => string | null) | undefined;
}

const RECONNECT_BUDGET = 5;

/**
 * A request whose answer may take long to come (`wait`, `join`, `cancel` with wait): if the body
 * breaks mid-read, it is fetched again with a GET from the server's `Location` (docs/spec/runs.md §4.6),
 * or from `fallbackPath`, at most 5 times. The follow-up GET carries no body and no content
 * headers (docs/spec/runs.md Appendix B row 3); a cross-origin `Location` is refused before anything is read.
 */
export async function reconnectingJson(
  http: HttpClient,
  spec: RequestSpec,
  options: ReconnectOptions = {},
): Promise<unknown> {
  let current = spec;
  let fallback: string | null = null;
  for (let budget = RECONNECT_BUDGET, first = true; ; budget -= 1, first = false) {
    const response = await http.open(current);
    const location = response.headers.get("location");
    try {
      if (first) {
        options.onFirstResponse?.(response.headers);
        fallback = options.fallbackPath?.(response.headers) ?? null;
      }
      await throwIfError(response);
      if (location && budget > 0) {
        checkReconnectLocation(location, http.config.baseUrl, { status: response.status });
      }
    } catch (error) {
      // A refused response (callback error, cross-origin Location) must not keep its connection.
      response.body.cancel();
      throw error;
    }
    let text: string;
    try {
      text = await response.body.readText(http.bodyLimit());
    } catch (error) {
      const target = location || fallback;
      const mayReconnect =
        target && budget > 0 && !spec.signal?.aborted && APIConnectionError.isInstance(error);
      if (!mayReconnect) throw error;
      current = {
        method: "GET",
        path: target,
        headers: spec.headers,
        // docs/spec/runs.md Appendix B row 3: a GET without a body carries no content headers, whoever set them.
        callHeaders: withoutContentHeaders(spec.callHeaders),
        signal: spec.signal,
        idempotent: true,
        // The follow-up GET (the run's join endpoint, or the server's Location for the result)
        // answers only once the run ends, like `runs.join`: the idle timeout would cut every run
        // longer than `timeoutMs` (a `wait` whose POST stalled would then never get its result).
        // The caller's signal still bounds it.
        awaitsRun: true,
      };
      continue;
    }
    return decodeJsonBody(text, { status: response.status });
  }
}

/**
 * The call's headers as the last layer of a follow-up GET, removing `Content-Type` and
 * `Content-Length` from every layer below too (client defaults included).
 */
function withoutContentHeaders(headers: HeadersInput | undefined): HeadersInput {
  const layer: Record<string, string | undefined> = {};
  mergeHeaders(headers).forEach((value, name) => {
    layer[name] = value;
  });
  layer["content-type"] = undefined;
  layer["content-length"] = undefined;
  return layer;
}
