import { type Context, Hono } from "hono";
import type { ProxyEnv } from "../client-signal";
import { readJsonBody } from "../read-json";
import { checkWaitBody } from "../run-body";
import { runLocation } from "../run-location";
import { upstreamErrorResponse } from "../upstream-error";
import type { RouteDeps } from "./route-deps";

/**
 * `POST /runs/wait` and `POST /threads/:threadId/runs/wait`: a new run's final state, answered
 * once the run is over. A failed run is answered 200 with its `__error__` result, as the LangGraph
 * server does, so the browser's runwire client raises its own `RunError`.
 */
export function waitRoutes(deps: RouteDeps): Hono<ProxyEnv> {
  return new Hono<ProxyEnv>()
    .post("/runs/wait", (c) => waitRun(c, deps, null))
    .post("/threads/:threadId/runs/wait", (c) => waitRun(c, deps, c.req.param("threadId")));
}

async function waitRun(
  c: Context<ProxyEnv>,
  { upstream, policy }: RouteDeps,
  threadId: string | null,
): Promise<Response> {
  const label = `POST ${threadId === null ? "/runs/wait" : "/threads/{thread_id}/runs/wait"}`;
  const body = await readJsonBody(c, label);
  if (!body.ok) return c.json(body.refusal.body, body.refusal.status);
  const checked = checkWaitBody(body.value, label, policy);
  if (!checked.ok) return c.json(checked.refusal.body, checked.refusal.status);
  const location = runLocation();
  let result: unknown;
  try {
    result = await upstream.runs.wait(threadId, checked.assistantId, {
      ...checked.options,
      raiseError: false,
      signal: c.get("clientSignal"),
      onRunCreated: location.onRunCreated,
    });
  } catch (error) {
    return upstreamErrorResponse(c, error);
  }
  const contentLocation = location.value();
  if (contentLocation !== null) c.header("Content-Location", contentLocation);
  return c.json(result as object);
}
