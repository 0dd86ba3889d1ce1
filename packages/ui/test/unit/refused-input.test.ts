// Bad input is refused before any request, the field named, and never leaves the store loading:
// a submit with options the runs client refuses (on a new thread too, where the thread would
// otherwise be created first and left empty), an optimisticValues function that throws, and
// joinStream on a store that shows no thread.
import { RunwireValidationError } from "@runwire/core";
import { describe, expect, it } from "vitest";
import { json, memoryTransport } from "../../../core/test/support/memory-transport";
import { ChatStore, type ChatSubmitOptions } from "../../src/index";
import { scriptedClient, THREAD } from "../support/scripted";

describe("submit with options the runs client refuses", () => {
  it.each<[string, ChatSubmitOptions]>([
    ["multitaskStrategy", { multitaskStrategy: "bogus" as never }],
    ["interruptBefore", { interruptBefore: 7 as never }],
  ])("on a new thread: nothing is sent, the error names %s", async (field, options) => {
    const { transport, requests } = memoryTransport(() => json({ thread_id: THREAD }));
    const errors: unknown[] = [];
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
      onError: (error) => errors.push(error),
    });

    await store.submit({ messages: [] }, options);

    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([]);
    const { error, isLoading, threadId } = store.getSnapshot();
    expect(error).toBeInstanceOf(RunwireValidationError);
    expect((error as RunwireValidationError).field).toBe(field);
    expect({ isLoading, threadId }).toEqual({ isLoading: false, threadId: null });
    expect(errors).toEqual([error]);
  });
});

describe("submit with an optimisticValues function that throws", () => {
  it("reports the error and is not left loading; nothing is sent", async () => {
    const { transport, requests } = memoryTransport(() => json({ thread_id: THREAD }));
    const errors: unknown[] = [];
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
      onError: (error) => errors.push(error),
    });
    const failure = new TypeError("previous.messages is undefined");

    await store.submit(null, {
      optimisticValues: () => {
        throw failure;
      },
    });

    expect(store.getSnapshot()).toMatchObject({ isLoading: false, error: failure });
    expect(errors).toEqual([failure]);
    expect(requests).toEqual([]);
  });
});

describe("joinStream on a store that shows no thread", () => {
  it("is refused naming threadId, before any request", async () => {
    const { transport, requests } = memoryTransport(() => json({}));
    const store = new ChatStore({ client: scriptedClient(transport), assistantId: "agent" });
    const refused = await store.joinStream(THREAD).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RunwireValidationError);
    expect((refused as RunwireValidationError).field).toBe("threadId");
    expect(requests).toEqual([]);
    expect(store.getSnapshot().isLoading).toBe(false);
  });
});

describe("submit with an option it does not take", () => {
  it.each([
    ["durability", { durability: "exit" }, /what is not offered/],
    ["stream_mode", { stream_mode: ["values"] }, /did you mean streamMode\?/],
    ["bogus", { bogus: 1 }, /bogus is not a submit option/],
  ])("refuses %s, naming it, and sends nothing", async (field, options, message) => {
    const { transport, requests } = memoryTransport(() => json({ thread_id: THREAD }));
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
    });

    await store.submit({ messages: [] }, options as ChatSubmitOptions);

    expect(requests).toEqual([]);
    const { error, isLoading } = store.getSnapshot();
    expect(error).toBeInstanceOf(RunwireValidationError);
    expect((error as RunwireValidationError).field).toBe(field);
    expect((error as Error).message).toMatch(message);
    expect(isLoading).toBe(false);
  });
});
