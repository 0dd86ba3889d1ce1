import { createClient as createEdgeClient, type EdgeClientConfig } from "@runwire/edge";
import { createClient as createNodeClient, type NodeClientConfig } from "@runwire/node";
import { inject } from "vitest";

// The three clients of every test: the browser's (@runwire/edge from Node, pointed at the proxy),
// the proxy's own toward the LangGraph server (@runwire/node), and a direct one to compare with.

/** The real LangGraph server started by global-setup.ts. */
export const langgraphUrl = inject("langgraphUrl");

/** The token the tests' browsers present to the proxy. */
export const BROWSER_TOKEN = "browser-token-for-tests";
/** The key the proxy sends to the LangGraph server. */
export const UPSTREAM_KEY = "upstream-key-for-tests";
/** The assistants the tests' proxies serve. */
export const ALLOWED_ASSISTANTS = ["echo", "slow", "error"] as const;

/** A browser's client: the stock edge client, `apiUrl` = the proxy, its bearer token. */
export function browserClient(proxyUrl: string, config: EdgeClientConfig = {}) {
  return createEdgeClient({
    apiUrl: proxyUrl,
    apiKey: null,
    defaultHeaders: { authorization: `Bearer ${BROWSER_TOKEN}` },
    ...config,
  });
}

/** The same client straight to the LangGraph server: what the proxy must be indistinguishable from. */
export function directClient() {
  return createEdgeClient({ apiUrl: langgraphUrl, apiKey: null });
}

/** One request the proxy sent to the LangGraph server. */
export interface UpstreamRequest {
  readonly method: string;
  readonly path: string;
}

/**
 * The proxy's client toward `apiUrl` (default: the LangGraph server), recording every request it
 * sends through its `onRequest` hook.
 */
export function upstreamClient(config: NodeClientConfig = {}) {
  const requests: UpstreamRequest[] = [];
  const client = createNodeClient({
    apiUrl: langgraphUrl,
    apiKey: UPSTREAM_KEY,
    onRequest: (url, init) => {
      requests.push({ method: init.method, path: url.pathname });
      return undefined;
    },
    ...config,
  });
  return { client, requests };
}
