import { afterAll, beforeAll } from "vitest";
import { createProxyApp, type ProxyAppOptions } from "../../src/app";
import { type Listening, listen } from "../../src/listen";
import { ALLOWED_ASSISTANTS, BROWSER_TOKEN, upstreamClient } from "./clients";

/** A proxy listening on a free port of 127.0.0.1. */
export type RunningProxy = Listening;

/**
 * Starts the proxy's app as `main.ts` does, but with the test's own upstream client (a recording
 * one, or one toward a recording server).
 */
export function startProxy(options: ProxyAppOptions): Promise<RunningProxy> {
  return listen(createProxyApp(options).fetch, { hostname: "127.0.0.1", port: 0 });
}

/**
 * The proxy as the tests of one file share it: in front of the real LangGraph server, with the
 * test token and assistants, started before the file's tests and stopped after them.
 */
export function useProxy(): { readonly url: string } {
  const upstream = upstreamClient();
  let proxy: RunningProxy | undefined;
  beforeAll(async () => {
    proxy = await startProxy({
      upstream: upstream.client,
      browserToken: BROWSER_TOKEN,
      allowedAssistants: ALLOWED_ASSISTANTS,
    });
  });
  afterAll(async () => {
    await proxy?.close();
    await upstream.client.close();
  });
  return {
    get url() {
      if (!proxy) throw new Error("the proxy is not started yet: use it inside a test");
      return proxy.url;
    },
  };
}
