import { createClient } from "@runwire/browser";
import type { ChatClient } from "@runwire/ui";
import { useMemo } from "react";
import type { UseStreamOptions } from "./types";

/**
 * The client a hook calls: `options.client`, else a `@runwire/browser` client for `apiUrl`,
 * `apiKey` and `defaultHeaders`, made again only when one of them changes. Headers compare by
 * content, so an inline object does not make a new client (and store) on every render.
 */
export function useClient<State>(options: UseStreamOptions<State>): ChatClient<State> {
  const { client, apiUrl, apiKey, defaultHeaders } = options;
  const headers = headersKey(defaultHeaders);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the headers are keyed by content.
  return useMemo(
    // An untyped client answers with `State` as well: its type parameter is only a claim.
    () =>
      (client as ChatClient<State> | undefined) ??
      createClient<State>({ apiUrl, apiKey, defaultHeaders }),
    [client, apiUrl, apiKey, headers],
  );
}

/** The content of a headers option as a string: equal strings, equal headers. */
function headersKey(headers: UseStreamOptions["defaultHeaders"]): string {
  if (headers === undefined || headers === null) return "";
  const entries =
    typeof Headers !== "undefined" && headers instanceof Headers
      ? [...headers.entries()]
      : Array.isArray(headers)
        ? headers
        : Object.entries(headers);
  return JSON.stringify(entries);
}
