// interrupts.ts run as it is (imported, with @runwire/node from source) against the real LangGraph
// server and its default assistant, the harness' `hitl` graph: what it prints, checked against the
// thread it leaves behind, read with a client of the test's own.
import { createClient } from "@runwire/node";
import { afterAll, expect, inject, it, vi } from "vitest";

const client = createClient({ apiUrl: inject("langgraphUrl") });
afterAll(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await client.close();
});

it("streams a run to its interrupt, reads it from getState, resumes it, and prints the final state and the history", async () => {
  vi.stubEnv("LANGGRAPH_API_URL", inject("langgraphUrl"));
  // The program's defaults, whatever the shell running the test has set.
  for (const name of ["ASSISTANT_ID", "INPUT", "RESUME"]) vi.stubEnv(name, undefined);
  const printed: string[] = [];
  vi.spyOn(console, "log").mockImplementation((line: unknown) => printed.push(String(line)));

  await import("../interrupts.ts");

  const threadId = /^thread (\S+)$/.exec(printed[0] ?? "")?.[1] ?? "";
  const history = await client.threads.getHistory(threadId);
  expect(history.length).toBeGreaterThanOrEqual(3);
  expect(printed).toEqual([
    `thread ${threadId}`,
    'streamed: interrupted, asking {"question":"Ship the release?"}',
    'getState: thread interrupted, next ["ask"], interrupt {"question":"Ship the release?"}',
    'resumed with "yes": {"question":"Ship the release?","answer":"yes"}',
    'final state: {"question":"Ship the release?","answer":"yes"}, next []',
    `history: ${history.length} checkpoints, next of each: ${history.map((s) => JSON.stringify(s.next)).join(" ← ")}`,
  ]);
  // The server agrees: the thread is idle again, its newest checkpoint holds the answer.
  expect((await client.threads.get(threadId)).status).toBe("idle");
  expect(history[0]?.values).toEqual({ question: "Ship the release?", answer: "yes" });
  expect(history[0]?.next).toEqual([]);
  expect(history.map((s) => s.next)).toContainEqual(["ask"]);
  expect(history.at(-1)?.next).toEqual(["__start__"]);
});
