import type { MiddlewareHandler } from "hono";

// The browser's disconnect, as an AbortSignal handed to every forwarded call, so a browser that
// goes away also closes the proxy's request to the LangGraph server. Captured first thing: later
// middleware (the body limit) may replace `c.req.raw` with a copy.

/** The Hono environment of the proxy's app. */
export interface ProxyEnv {
  Variables: {
    /** Aborts when the browser's connection closes before the answer is complete. */
    clientSignal: AbortSignal;
  };
}

/** Stores the request's signal as `clientSignal`. */
export const captureClientSignal: MiddlewareHandler<ProxyEnv> = async (c, next) => {
  c.set("clientSignal", c.req.raw.signal);
  await next();
};
