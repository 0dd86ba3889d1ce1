import { inject } from "vitest";
import { createClient, type NodeClientConfig } from "../../src/index";

/** The real LangGraph server started by global-setup.ts. */
export const serverUrl = inject("langgraphUrl");

/** A client on the real server; tests close it in `afterAll`/`finally`. */
export function realClient<State = Record<string, unknown>>(config: NodeClientConfig = {}) {
  return createClient<State>({ apiUrl: serverUrl, apiKey: null, ...config });
}

/**
 * A new thread. runwire covers the runs API only, so threads are made with a plain request: the
 * same call every runs test needs first.
 */
export async function newThread(): Promise<string> {
  const response = await fetch(`${serverUrl}/threads`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  if (!response.ok) throw new Error(`POST /threads: ${response.status} ${await response.text()}`);
  const thread = (await response.json()) as { thread_id: string };
  return thread.thread_id;
}

/** The thread's current state, to check what a run left behind. */
export async function threadState(
  threadId: string,
): Promise<{ values: Record<string, unknown>; next: string[] }> {
  const response = await fetch(`${serverUrl}/threads/${threadId}/state`);
  if (!response.ok) throw new Error(`GET state: ${response.status} ${await response.text()}`);
  return (await response.json()) as { values: Record<string, unknown>; next: string[] };
}
