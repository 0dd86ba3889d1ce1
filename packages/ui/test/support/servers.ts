import { type CutRule, type CuttingProxy, startCuttingProxy } from "@runwire/fault-server";
import { createClient } from "@runwire/node";
import { inject } from "vitest";

/** The real LangGraph server started by test/global-setup.ts. */
export const serverUrl = inject("langgraphUrl");

/** A runwire client for `url`; stream resumes back off for milliseconds, not seconds. */
export function nodeClient(url: string) {
  return createClient({
    apiUrl: url,
    apiKey: null,
    streamResume: { initialDelayMs: 1, maxDelayMs: 5 },
  });
}

/** The client's type, for helpers that take one. */
export type NodeClient = ReturnType<typeof nodeClient>;

/**
 * A proxy in front of the real server that records every request (method, target, headers) and
 * cuts responses only as `cut` says: what reached the server is asserted from `requests`.
 */
export function recordingProxy(cut: CutRule = () => undefined): Promise<CuttingProxy> {
  return startCuttingProxy({ target: serverUrl, cut });
}

/** The requests the proxy forwarded for one thread (its id is in every thread-scoped path). */
export function requestsOf(proxy: CuttingProxy, threadId: string) {
  return proxy.requests.filter((request) => request.target.includes(`/threads/${threadId}`));
}

/** What a request was: `"GET /threads/<t>/state"` with the thread id shortened to `<t>`. */
export function describeRequest(
  request: { method: string; target: string },
  threadId: string,
): string {
  const path = request.target.split("?", 1)[0] ?? "";
  const shortened = path
    .replaceAll(threadId, "<t>")
    .replace(/\/runs\/[0-9a-f]{8}-[0-9a-f-]{27}/, "/runs/<r>");
  return `${request.method} ${shortened}`;
}
