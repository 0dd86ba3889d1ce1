import { expect } from "vitest";
import type { NodeClientConfig, Run } from "../../src/index";
import { realClient, serverUrl } from "./support";

// Shared pieces of the integration suite: recorded requests, collecting streams, bounded polling
// and plain reads of what the server holds (threads are not part of runwire's runs API).

/** The sentence the `chat` graph's fake model streams, one character per token. */
export const CHAT_SENTENCE = "Tides are caused by the Moon's gravity pulling on the oceans.";

/** The 422 text the server sends for `multitask_strategy: "reject"` on a busy thread. */
export const BUSY_THREAD_MESSAGE =
  "Thread is already running a task. Wait for it to finish or choose a different multitask strategy.";

/** A human message as graph input. */
export function human(content: string) {
  return { messages: [{ type: "human", content }] };
}

/** One request as runwire handed it to the transport (after `onRequest`). */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/threads/t/runs?limit=10&offset=0`. */
  path: string;
  url: URL;
  headers: Record<string, string>;
  /** The JSON body, parsed; `undefined` when none was sent. */
  body: unknown;
}

/** A real client whose `onRequest` hook records every request it sends (retries, resumes too). */
export function recordingClient<State = Record<string, unknown>>(config: NodeClientConfig = {}) {
  const requests: RecordedRequest[] = [];
  const client = realClient<State>({
    ...config,
    onRequest: (url, init) => {
      const headers: Record<string, string> = {};
      init.headers.forEach((value, name) => {
        headers[name] = value;
      });
      requests.push({
        method: init.method,
        path: `${url.pathname}${url.search}`,
        url,
        headers,
        body: init.body === undefined ? undefined : JSON.parse(init.body),
      });
      return undefined;
    },
  });
  return { client, requests };
}

/** Reads a stream to its end. */
export async function collect<Part>(stream: AsyncIterable<Part>): Promise<Part[]> {
  const parts: Part[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

/** The rejection of `promise` (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to reject, but it resolved");
}

/** Reads a stream and returns the error it throws (fails the test if it ends cleanly). */
export async function streamRejection(stream: AsyncIterable<unknown>): Promise<unknown> {
  return rejectionOf(collect(stream));
}

/**
 * Polls `get` until the run's status is one of `statuses` (bounded: fails after `timeoutMs`).
 * The server's worker picks runs up every 0-1 s, so there is no event to await for this.
 */
export async function waitForRunStatus(
  client: { runs: { get(threadId: string, runId: string): Promise<Run> } },
  threadId: string,
  runId: string,
  statuses: readonly string[],
  timeoutMs = 10_000,
): Promise<Run> {
  const deadline = Date.now() + timeoutMs;
  let last: Run | undefined;
  while (Date.now() < deadline) {
    last = await client.runs.get(threadId, runId);
    if (statuses.includes(last.status)) return last;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(
    `run ${runId} did not reach ${statuses.join("/")} within ${timeoutMs} ms (last: ${last?.status})`,
  );
}

/** Polls until `check` returns a value other than undefined (bounded). */
export async function eventually<T>(
  check: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The thread record (`status`, `values`, …), read with a plain request. */
export async function getThread(
  threadId: string,
): Promise<{ thread_id: string; status: string; values?: Record<string, unknown> }> {
  const response = await fetch(`${serverUrl}/threads/${threadId}`);
  if (!response.ok) throw new Error(`GET thread: ${response.status} ${await response.text()}`);
  return (await response.json()) as { thread_id: string; status: string };
}

/** The thread's checkpoint history length. */
export async function historyLength(threadId: string): Promise<number> {
  const response = await fetch(`${serverUrl}/threads/${threadId}/history?limit=100`);
  if (!response.ok) throw new Error(`GET history: ${response.status} ${await response.text()}`);
  return ((await response.json()) as unknown[]).length;
}

/** A UUID the server never issued. */
export const UNKNOWN_ID = "7f511456-b3bc-4097-9d87-2678963aaed0";

/** The request path without its query. */
export function pathOf(request: RecordedRequest): string {
  return request.url.pathname;
}

/** `{ key: [values…] }` of a recorded request's query, in order. */
export function queryOf(request: RecordedRequest): Array<[string, string]> {
  return [...request.url.searchParams.entries()];
}

/** The content of each message in a state's `messages`. */
export function contents(state: unknown): unknown[] {
  const messages = (state as { messages?: Array<{ content?: unknown }> }).messages ?? [];
  return messages.map((message) => message.content);
}

/** Asserts a value is a UUID string. */
export function expectUuid(value: unknown): void {
  expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
}

/**
 * Expects the thread to reach `status`. The worker sets the run's status first and the thread's
 * right after (a few ms later), so a stream or wait that just ended may still see the old one:
 * polled, bounded (1 s), failing with the status last seen.
 */
export async function expectThreadStatus(threadId: string, status: string): Promise<void> {
  const deadline = Date.now() + 1_000;
  let last = (await getThread(threadId)).status;
  while (last !== status && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    last = (await getThread(threadId)).status;
  }
  expect(last, `thread ${threadId} status`).toBe(status);
}

/** The run id of a `metadata` part (fails the test for anything else). */
export function runIdOf(part: { event: string; data: unknown } | undefined): string {
  expect(part?.event).toBe("metadata");
  const runId = (part?.data as { run_id?: unknown } | undefined)?.run_id;
  expect(typeof runId).toBe("string");
  return runId as string;
}
