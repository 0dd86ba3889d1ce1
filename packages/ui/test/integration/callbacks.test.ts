/**
 * The store's callbacks on the real LangGraph server: onCreated once per run, onFinish (the
 * thread's state read only for a callback that takes it), and a failing graph's error in `error`
 * and onError.
 */
import type { ThreadState } from "@runwire/types";
import { describe, expect, it } from "vitest";
import { ChatStore } from "../../src/index";
import { messagesOf, proxied } from "../support/fixtures";
import { describeRequest, requestsOf } from "../support/servers";

const question = { messages: [{ type: "human", content: "Why are there tides?" }] };

describe.concurrent("callbacks on the real server", () => {
  it("onCreated is called once with the run; an onFinish without a parameter is called without reading the state", async ({
    onTestFinished,
  }) => {
    const { proxy, client, direct } = await proxied(onTestFinished);
    const created: { run_id: string; thread_id: string }[] = [];
    const finishes: unknown[][] = [];
    const store = new ChatStore({
      client,
      assistantId: "chat",
      notify: "sync",
      onCreated: (run) => created.push(run),
      onFinish: () => {
        finishes.push([store.getSnapshot().isLoading]);
      },
    });

    await store.submit(question);

    const { threadId, runId } = store.getSnapshot();
    expect(created).toEqual([{ run_id: runId, thread_id: threadId }]);
    expect(finishes).toEqual([[false]]);
    const requests = requestsOf(proxy, threadId as string).map((r) =>
      describeRequest(r, threadId as string),
    );
    expect(requests).not.toContain("GET /threads/<t>/state");
    expect(store.getSnapshot().messages).toEqual(await messagesOf(direct, threadId as string));

    // A second run on the thread: onCreated again, with the new run.
    await store.submit({ messages: [{ type: "human", content: "And the Sun?" }] });
    expect(created).toHaveLength(2);
    expect(created[1]).toEqual({ run_id: store.getSnapshot().runId, thread_id: threadId });
    expect(created[1]?.run_id).not.toBe(runId);
    expect(finishes).toEqual([[false], [false]]);
  });

  it("an onFinish that takes the state gets it (one state request after the run) and the run, with isLoading already false", async ({
    onTestFinished,
  }) => {
    const { proxy, client, direct } = await proxied(onTestFinished);
    let finish: (call: { state: ThreadState<Record<string, unknown>>; run: unknown }) => void;
    const finished = new Promise<Parameters<typeof finish>[0]>((resolve) => {
      finish = resolve;
    });
    let loadingAtFinish: boolean | undefined;
    const store: ChatStore = new ChatStore({
      client,
      assistantId: "chat",
      notify: "sync",
      onFinish: (state, run) => {
        loadingAtFinish = store.getSnapshot().isLoading;
        finish({ state, run });
      },
    });

    await store.submit(question);
    const { state, run } = await finished;

    const { threadId, runId } = store.getSnapshot();
    expect(loadingAtFinish).toBe(false);
    expect(run).toEqual({ run_id: runId, thread_id: threadId });
    expect(state.values).toEqual((await direct.threads.getState(threadId as string)).values);
    expect(state.values.messages).toEqual(store.getSnapshot().messages);
    const stateReads = requestsOf(proxy, threadId as string)
      .map((r) => describeRequest(r, threadId as string))
      .filter((r) => r === "GET /threads/<t>/state");
    expect(stateReads).toHaveLength(1);
  });

  it("a failing graph: error set, onError called once with the run, isLoading false, no onFinish", async ({
    onTestFinished,
  }) => {
    const { client } = await proxied(onTestFinished);
    const errors: [unknown, unknown][] = [];
    let finished = 0;
    const store = new ChatStore({
      client,
      assistantId: "error",
      notify: "sync",
      onError: (error, run) => errors.push([error, run]),
      onFinish: () => {
        finished += 1;
      },
    });

    await store.submit({ input: "x" });

    const snapshot = store.getSnapshot();
    expect(snapshot.isLoading).toBe(false);
    expect(snapshot.error).toBeInstanceOf(Error);
    expect(String((snapshot.error as Error).message)).toContain("Boo!");
    expect(errors).toEqual([
      [snapshot.error, { run_id: snapshot.runId, thread_id: snapshot.threadId }],
    ]);
    expect(finished).toBe(0);

    // The next submit clears the error.
    const next = store.submit({ input: "y" });
    expect(store.getSnapshot().error).toBeUndefined();
    await next;
    expect(errors).toHaveLength(2);
  });
});
