import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { captureClientSignal, type ProxyEnv } from "./client-signal";
import { requestError } from "./request-error";
import type { UpstreamClient } from "./routes/route-deps";
import { runRoutes } from "./routes/run-routes";
import { streamRoutes } from "./routes/stream-routes";
import { waitRoutes } from "./routes/wait-routes";

/** What the proxy's app is made of; `main.ts` fills it from the environment. */
export interface ProxyAppOptions {
  /** The one runwire client (`@runwire/node`) every request is forwarded with. */
  readonly upstream: UpstreamClient;
  /** The token browsers must send as `Authorization: Bearer <token>`; never forwarded. */
  readonly browserToken: string;
  /** The assistants or graph ids browsers may run. */
  readonly allowedAssistants: readonly string[];
  /** Page origins allowed to call the proxy (CORS); none: same-origin pages only. */
  readonly corsOrigins?: readonly string[] | undefined;
  /** The largest request body accepted, in bytes (default 1 MiB). */
  readonly maxBodyBytes?: number | undefined;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * The proxy as a Hono app: it speaks the LangGraph runs wire for the routes it serves, so a stock
 * runwire client pointed at it works unchanged.
 *
 * @example
 * const app = createProxyApp({
 *   upstream: createClient({ apiUrl: "http://127.0.0.1:2024", apiKey: "…" }),
 *   browserToken: "…",
 *   allowedAssistants: ["agent"],
 * });
 * serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 8787 });
 */
export function createProxyApp(options: ProxyAppOptions): Hono<ProxyEnv> {
  if (options.browserToken === "") throw new Error("createProxyApp: browserToken is empty");
  if (options.allowedAssistants.length === 0) {
    throw new Error("createProxyApp: allowedAssistants is empty, so no run could ever start");
  }
  const deps = {
    upstream: options.upstream,
    policy: { allowedAssistants: new Set(options.allowedAssistants) },
  };
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const unauthorized = (message: string) => ({
    message: requestError("unauthorized", message),
  });

  const app = new Hono<ProxyEnv>();
  app.use(captureClientSignal);
  const corsOrigins = options.corsOrigins ?? [];
  if (corsOrigins.length > 0) {
    // Before the token check: a preflight carries no Authorization header.
    app.use(
      cors({
        origin: [...corsOrigins],
        allowMethods: ["GET", "POST"],
        exposeHeaders: ["Content-Location"],
        maxAge: 600,
      }),
    );
  }
  app.use(
    bearerAuth({
      token: options.browserToken,
      noAuthenticationHeader: unauthorized('missing "Authorization: Bearer <token>" header'),
      invalidAuthenticationHeader: {
        message: requestError(
          "unauthorized",
          'malformed Authorization header: expected "Bearer <token>"',
        ),
      },
      invalidToken: unauthorized("the bearer token is not valid for this proxy"),
    }),
  );
  app.use(
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        c.json(
          requestError("body_too_large", `the body is larger than ${maxBodyBytes} bytes`),
          413,
        ),
    }),
  );
  app.route("/", streamRoutes(deps));
  app.route("/", waitRoutes(deps));
  app.route("/", runRoutes(deps));
  app.notFound((c) =>
    c.json(
      requestError("not_found", `${c.req.method} ${c.req.path} is not served by this proxy`),
      404,
    ),
  );
  return app;
}
