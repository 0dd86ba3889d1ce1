/**
 * Pausing and stopping on the real LangGraph server: an interrupt shown when the run pauses and
 * answered with `command: { resume }`; `stop()` mid-stream keeps the partial message, reports no
 * interrupt, cancels the run on the server, and the next submit replaces the partial.
 */
import { describe, expect, it } from "vitest";
import { ChatStore } from "../../src/index";
import { chatThread, messagesOf, proxied } from "../support/fixtures";
import { describeRequest, requestsOf } from "../support/servers";
import { aiText, STORY_REPLY, storyInput } from "../support/story";
import { aiTexts, expectGrowingPrefixes, watch } from "../support/watch";

describe.concurrent("interrupts and stop on the real server", () => {
  it("an interrupt is shown when the run pauses; submit(null, { command: { resume } }) ends with the answer", async ({
    onTestFinished,
  }) => {
    const { client, direct } = await proxied(onTestFinished);
    const errors: unknown[] = [];
    const store = new ChatStore({
      client,
      assistantId: "hitl",
      notify: "sync",
      onError: (error) => errors.push(error),
    });
    const watcher = watch(store);

    await store.submit({ question: "Ship it?" });

    const paused = store.getSnapshot();
    const threadId = paused.threadId as string;
    expect(paused.isLoading).toBe(false);
    expect(paused.interrupts).toHaveLength(1);
    expect(paused.interrupts[0]?.value).toEqual({ question: "Ship it?" });
    const state = await direct.threads.getState(threadId);
    expect(state.next).toEqual(["ask"]);
    expect(paused.interrupts.map((i) => i.id)).toEqual(
      state.tasks.flatMap((task) => (task.interrupts ?? []).map((i) => i.id)),
    );
    // Shown once the run paused (its interrupt part flushes at once), and kept from then on.
    const shownAt = watcher.snapshots.findIndex((s) => s.interrupts.length > 0);
    expect(shownAt).toBeGreaterThan(0);
    for (const snapshot of watcher.snapshots.slice(shownAt)) {
      expect(snapshot.interrupts).toEqual(paused.interrupts);
    }

    // A store loading the paused thread shows the same interrupt.
    const loader = new ChatStore({ client, assistantId: "hitl" });
    await loader.switchThread(threadId);
    expect(loader.getSnapshot().interrupts).toEqual(paused.interrupts);

    await store.submit(null, { command: { resume: "yes" } });

    const done = store.getSnapshot();
    expect(done).toMatchObject({ isLoading: false, interrupts: [], error: undefined });
    expect(done.values).toEqual({ question: "Ship it?", answer: "yes" });
    expect(done.values).toEqual((await direct.threads.getState(threadId)).values);
    expect(errors).toEqual([]);
  });

  it("a joined run that answers the interrupt clears it (a resume another client started, or one a reload rejoins)", async ({
    onTestFinished,
  }) => {
    const { client, direct } = await proxied(onTestFinished);
    const { thread_id: threadId } = await direct.threads.create();
    await direct.runs.wait(threadId, "hitl", { input: { question: "Ship it?" } });
    const store = new ChatStore({ client, assistantId: "hitl", notify: "sync" });
    await store.switchThread(threadId);
    expect(store.getSnapshot().interrupts).toHaveLength(1);

    const resume = await direct.runs.create(threadId, "hitl", {
      command: { resume: "yes" },
      streamResumable: true,
    });
    await store.joinStream(resume.run_id);

    const state = await direct.threads.getState(threadId);
    expect(state.next).toEqual([]);
    expect(store.getSnapshot()).toMatchObject({
      isLoading: false,
      interrupts: [],
      error: undefined,
      values: { question: "Ship it?", answer: "yes" },
    });
  });

  it("stop() mid-stream keeps the partial message, reports no interrupt, cancels the run; the next submit replaces the partial", async ({
    onTestFinished,
  }) => {
    const { proxy, client, direct } = await proxied(onTestFinished);
    let finished = 0;
    const errors: unknown[] = [];
    const store = new ChatStore({
      client,
      assistantId: "story",
      notify: "sync",
      onFinish: () => {
        finished += 1;
      },
      onError: (error) => errors.push(error),
    });
    const watcher = watch(store);

    const submitted = store.submit(storyInput("First question"));
    const streaming = await watcher.until((s) => aiText(s.messages).length >= 30);
    const threadId = streaming.threadId as string;
    const runId = streaming.runId as string;
    await store.stop();
    await submitted;

    const stopped = store.getSnapshot();
    const partial = stopped.messages.at(-1);
    const partialText = aiText(stopped.messages);
    expect(stopped).toMatchObject({ isLoading: false, interrupts: [], error: undefined, runId });
    expect(partial?.type).toBe("ai");
    expect(partialText.length).toBeGreaterThanOrEqual(30);
    expect(partialText.length).toBeLessThan(STORY_REPLY.length);
    expect(STORY_REPLY.startsWith(partialText)).toBe(true);
    expectGrowingPrefixes(aiTexts(watcher.snapshots), STORY_REPLY);

    // The run was cancelled on the server (action=interrupt), and ends interrupted there.
    const cancel = requestsOf(proxy, threadId).find((r) => r.target.includes("/cancel"));
    expect(cancel && describeRequest(cancel, threadId)).toBe("POST /threads/<t>/runs/<r>/cancel");
    expect(cancel?.target).toContain("action=interrupt");
    await direct.runs.join(threadId, runId);
    expect((await direct.runs.get(threadId, runId)).status).toBe("interrupted");
    // The partial is not in the thread's state; the store still shows it, and nothing since.
    expect((await messagesOf(direct, threadId)).map((m) => m.id)).not.toContain(partial?.id);
    expect(store.getSnapshot()).toBe(stopped);
    expect(finished).toBe(0);
    expect(errors).toEqual([]);

    // A store loading the stopped thread shows no interrupt either (the head has `next` left).
    const loader = new ChatStore({ client, assistantId: "story" });
    await loader.switchThread(threadId);
    expect(loader.getSnapshot().interrupts).toEqual([]);

    // The next submit works; its state replaces the partial.
    await store.submit(storyInput("Second question"));
    const after = store.getSnapshot();
    expect(after).toMatchObject({ isLoading: false, interrupts: [], error: undefined });
    expect(after.messages).toEqual(await messagesOf(direct, threadId));
    expect(after.messages.map((m) => m.id)).not.toContain(partial?.id);
    expect(after.messages.map((m) => [m.type, m.content])).toEqual([
      ["human", "First question"],
      ["human", "Second question"],
      ["ai", STORY_REPLY],
    ]);
    expect(finished).toBe(1);
    expect(errors).toEqual([]);
  });

  it("stop() before the server named the run: the run is cancelled as soon as it is known, nothing is invented", async ({
    onTestFinished,
  }) => {
    const { proxy, client, direct } = await proxied(onTestFinished);
    const history = await chatThread(direct);
    const errors: unknown[] = [];
    const store = new ChatStore({
      client,
      assistantId: "story",
      notify: "sync",
      onError: (error) => errors.push(error),
    });
    await store.switchThread(history.threadId);

    const submitted = store.submit(storyInput("Never mind"));
    await store.stop();
    await submitted;

    expect(store.getSnapshot()).toMatchObject({
      isLoading: false,
      interrupts: [],
      error: undefined,
    });
    expect(store.getSnapshot().messages).toEqual(history.messages);
    // The request had left, so the run exists; it is cancelled once its id is known, and ends
    // interrupted (left alone it would end "success" five seconds later).
    const runs = await direct.runs.list(history.threadId);
    const newest = runs.sort((x, y) => x.created_at.localeCompare(y.created_at)).at(-1);
    expect(runs).toHaveLength(2);
    const runId = newest?.run_id as string;
    await direct.runs.join(history.threadId, runId);
    expect((await direct.runs.get(history.threadId, runId)).status).toBe("interrupted");
    const cancel = requestsOf(proxy, history.threadId).find((r) => r.target.includes("/cancel"));
    expect(cancel?.target).toContain(`/runs/${runId}/cancel`);
    expect(store.getSnapshot().messages).toEqual(history.messages);
    expect(errors).toEqual([]);
  });

  it("stop() before the run is named, then a submit at once: the new run is accepted and streams", async ({
    onTestFinished,
  }) => {
    const { client, direct } = await proxied(onTestFinished);
    const history = await chatThread(direct);
    const errors: unknown[] = [];
    const store = new ChatStore({
      client,
      assistantId: "chat",
      notify: "sync",
      onError: (error) => errors.push(error),
    });
    await store.switchThread(history.threadId);

    const first = store.submit({ messages: [{ type: "human", content: "Never mind" }] });
    await store.stop();
    await store.submit({ messages: [{ type: "human", content: "And the Sun?" }] });
    await first;

    expect(errors).toEqual([]);
    expect(store.getSnapshot()).toMatchObject({ isLoading: false, error: undefined });
    const messages = await messagesOf(direct, history.threadId);
    expect(store.getSnapshot().messages).toEqual(messages);
    expect(messages.map((m) => m.content)).toContain("And the Sun?");
  });
});
