import { Hono } from "hono";
import type { ProxyEnv } from "../client-signal";
import { checkJoinStreamQuery } from "../join-query";
import { relayRunStream } from "../sse-relay";
import { upstreamErrorResponse } from "../upstream-error";
import type { RouteDeps } from "./route-deps";

/**
 * The two reads a stock runwire client makes of a threaded run it streams through the proxy:
 * `GET /threads/:threadId/runs/:runId` (the LangGraph server sends no end event: when a stream of
 * a resumable run ends, the client asks whether the run is over) and `GET …/runs/:runId/stream`
 * (the join stream it resumes a dropped stream from, `Last-Event-ID` included).
 */
export function runRoutes({ upstream }: RouteDeps): Hono<ProxyEnv> {
  return new Hono<ProxyEnv>()
    .get("/threads/:threadId/runs/:runId", async (c) => {
      const { threadId, runId } = c.req.param();
      try {
        const run = await upstream.runs.get(threadId, runId, { signal: c.get("clientSignal") });
        return c.json(run);
      } catch (error) {
        return upstreamErrorResponse(c, error);
      }
    })
    .get("/threads/:threadId/runs/:runId/stream", (c) => {
      const { threadId, runId } = c.req.param();
      const label = "GET /threads/{thread_id}/runs/{run_id}/stream";
      const query = new URL(c.req.url).searchParams;
      const checked = checkJoinStreamQuery(query, c.req.header("last-event-id"), label);
      if (!checked.ok) return c.json(checked.refusal.body, checked.refusal.status);
      return relayRunStream(c, () =>
        upstream.runs.joinStream(threadId, runId, {
          ...checked.options,
          version: "v1",
          signal: c.get("clientSignal"),
        }),
      );
    });
}
