/**
 * How often the store notifies, on the real LangGraph server: at most once per frame (never more
 * than once per part, far fewer than parts when parts come faster than frames), at once at the
 * end; and a message's own listeners hear only about that message, so the rows of a long thread
 * stay quiet while one reply streams.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ChatStore } from "../../src/index";
import { chatThread, messagesOf, proxied } from "../support/fixtures";
import { aiText, STORY_REPLY, storyInput } from "../support/story";
import { watch } from "../support/watch";

describe.concurrent("notifications on the real server", () => {
  it("default frame schedule, live reply: no more notifications than parts; other messages' listeners never called", async ({
    onTestFinished,
  }) => {
    const { client, direct } = await proxied(onTestFinished);
    const history = await chatThread(direct);
    let parts = 0;
    const store = new ChatStore({
      client,
      assistantId: "story",
      onPart: () => {
        parts += 1;
      },
    });
    await store.switchThread(history.threadId);
    const watcher = watch(store);

    // One listener per message already shown, and one for the new question (its id is ours).
    const calls = new Map<string, number>();
    const listen = (id: string) => {
      calls.set(id, 0);
      store.subscribeMessage(id, () => calls.set(id, (calls.get(id) ?? 0) + 1));
    };
    for (const message of history.messages) listen(message.id as string);
    const questionId = randomUUID();
    listen(questionId);
    const shownBefore = history.messages.map((m) => store.getMessage(m.id as string));

    const submitted = store.submit({
      messages: [{ type: "human", content: "And the Sun?", id: questionId }],
    });
    // The reply's first token: the thread's two messages, the question, and the reply.
    const streaming = await watcher.until((s) => s.messages.length === history.messages.length + 2);
    const replyId = streaming.messages.at(-1)?.id as string;
    expect(streaming.messages.at(-1)?.type).toBe("ai");
    listen(replyId);
    const notifiedBeforeReply = watcher.count;
    await submitted;

    const final = store.getSnapshot();
    expect(aiText(final.messages)).toBe(STORY_REPLY);
    expect(final.messages).toEqual(await messagesOf(direct, history.threadId));
    // The story's tokens come 25 ms apart, more than a 16 ms frame: at most one notification
    // per part (plus the submit's own and the end's), never one per change of each part.
    expect(parts).toBe(STORY_REPLY.length + 3);
    expect(watcher.count).toBeLessThanOrEqual(parts + 3);
    // The rows already shown were never told anything, and kept their objects.
    for (const message of history.messages) expect(calls.get(message.id as string)).toBe(0);
    expect(history.messages.map((m) => store.getMessage(m.id as string))).toEqual(shownBefore);
    for (const [i, message] of history.messages.entries()) {
      expect(store.getMessage(message.id as string)).toBe(shownBefore[i]);
    }
    // The question: once, when it appeared (the run's final state repeats it unchanged).
    expect(calls.get(questionId)).toBe(1);
    // The reply: told about each notification it changed in, and no more.
    const replyCalls = calls.get(replyId) ?? 0;
    expect(replyCalls).toBeGreaterThan(0);
    expect(replyCalls).toBeLessThanOrEqual(watcher.count - notifiedBeforeReply);
  });

  it("default frame schedule, parts faster than frames (a finished run joined from its start): far fewer notifications than parts", async ({
    onTestFinished,
  }) => {
    const { client, direct } = await proxied(onTestFinished);
    const { thread_id: threadId } = await direct.threads.create();
    const run = await direct.runs.create(threadId, "story", {
      input: storyInput(),
      streamMode: ["values", "messages-tuple"],
      streamResumable: true,
    });
    // Waited for by reading its stream from the start, not with runs.join: a join that reaches
    // the JS server before the run's first event makes the run's event log non-resumable (its
    // reader consumes the events), and the replay below would then get nothing.
    for await (const _ of direct.runs.joinStream(threadId, run.run_id, { lastEventId: "-1" })) {
      // Drained.
    }

    const count = async (notify: "frame" | "sync") => {
      let parts = 0;
      const store = new ChatStore({
        client,
        assistantId: "story",
        notify,
        onPart: () => {
          parts += 1;
        },
      });
      await store.switchThread(threadId);
      const watcher = watch(store);
      await store.joinStream(run.run_id);
      expect(aiText(store.getSnapshot().messages)).toBe(STORY_REPLY);
      return { parts, notifications: watcher.count };
    };

    const framed = await count("frame");
    const everyChange = await count("sync");
    expect(framed.parts).toBe(STORY_REPLY.length + 3);
    expect(everyChange.parts).toBe(framed.parts);
    // The replay arrives in a few chunks: a handful of frames, where every part notifies in sync.
    expect(everyChange.notifications).toBeGreaterThanOrEqual(everyChange.parts);
    // (One per chunk of the body at most, and a 164 kB body comes in far fewer than 36 chunks.)
    expect(framed.notifications).toBeLessThanOrEqual(framed.parts / 5);
  });

  it("with requestAnimationFrame (a 10 Hz frame clock): at most one notification per frame, plus the end", async ({
    onTestFinished,
  }) => {
    const { client, direct } = await proxied(onTestFinished);
    // A browser's frame source, slowed to 10 frames a second: the store takes it when it is made.
    let frames = 0;
    const clock = globalThis as {
      requestAnimationFrame?: (callback: () => void) => number;
      cancelAnimationFrame?: (handle: number) => void;
    };
    const timers = new Map<number, ReturnType<typeof setTimeout>>();
    let nextHandle = 0;
    clock.requestAnimationFrame = (callback) => {
      const handle = ++nextHandle;
      timers.set(
        handle,
        setTimeout(() => {
          timers.delete(handle);
          frames += 1;
          callback();
        }, 100),
      );
      return handle;
    };
    clock.cancelAnimationFrame = (handle) => {
      clearTimeout(timers.get(handle));
      timers.delete(handle);
    };
    let parts = 0;
    let store: ChatStore;
    try {
      store = new ChatStore({
        client,
        assistantId: "story",
        onPart: () => {
          parts += 1;
        },
      });
    } finally {
      // Only this store uses the clock: the tests running beside this one make their own.
      delete clock.requestAnimationFrame;
      delete clock.cancelAnimationFrame;
    }
    const watcher = watch(store);

    await store.submit(storyInput());

    expect(aiText(store.getSnapshot().messages)).toBe(STORY_REPLY);
    expect(store.getSnapshot().messages).toEqual(
      await messagesOf(direct, store.getSnapshot().threadId as string),
    );
    // Frames, plus the notifications that never wait for one: the submit's start and the end.
    expect(watcher.count).toBeLessThanOrEqual(frames + 2);
    expect(watcher.count).toBeLessThan(parts / 2);
  });
});
