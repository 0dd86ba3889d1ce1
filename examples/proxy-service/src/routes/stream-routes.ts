import { type Context, Hono } from "hono";
import type { ProxyEnv } from "../client-signal";
import { readJsonBody } from "../read-json";
import { checkStreamBody } from "../run-body";
import { runLocation } from "../run-location";
import { relayRunStream } from "../sse-relay";
import type { RouteDeps } from "./route-deps";

/** `POST /runs/stream` and `POST /threads/:threadId/runs/stream`: a new run, streamed. */
export function streamRoutes(deps: RouteDeps): Hono<ProxyEnv> {
  return new Hono<ProxyEnv>()
    .post("/runs/stream", (c) => streamRun(c, deps, null))
    .post("/threads/:threadId/runs/stream", (c) => streamRun(c, deps, c.req.param("threadId")));
}

async function streamRun(
  c: Context<ProxyEnv>,
  { upstream, policy }: RouteDeps,
  threadId: string | null,
): Promise<Response> {
  const label = `POST ${threadId === null ? "/runs/stream" : "/threads/{thread_id}/runs/stream"}`;
  const body = await readJsonBody(c, label);
  if (!body.ok) return c.json(body.refusal.body, body.refusal.status);
  const checked = checkStreamBody(body.value, label, policy);
  if (!checked.ok) return c.json(checked.refusal.body, checked.refusal.status);
  const location = runLocation();
  return relayRunStream(
    c,
    () =>
      upstream.runs.stream(threadId, checked.assistantId, {
        ...checked.options,
        // v1: parts exactly as the server sent them (`version` has no wire name, so no browser sets it).
        version: "v1",
        signal: c.get("clientSignal"),
        onRunCreated: location.onRunCreated,
      }),
    location.value,
  );
}
