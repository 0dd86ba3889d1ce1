// A message without an id — an optimistic human message written as the official docs write it,
// `{ type: "human", content }` — is listed in `messageIds` by its position (`#<index>`). A row
// that reads it by that key (`getMessage`, what `useMessage` calls) must find it.
import { describe, expect, it } from "vitest";
import { json, memoryTransport, sse } from "../../../core/test/support/memory-transport";
import { ChatStore, type Message } from "../../src/index";
import { deferred, human, scriptedClient, THREAD, threadState } from "../support/scripted";

describe("a message without an id", () => {
  it("is found by its messageIds key", async () => {
    const hold = deferred();
    const { transport } = memoryTransport((request) => {
      const path = request.url.pathname;
      if (path === `/threads/${THREAD}/state`) return json(threadState({ messages: [human] }));
      return sse([{ waitFor: hold.promise }]);
    });
    const store = new ChatStore<{ messages: Message[] }>({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
    });
    await store.switchThread(THREAD);
    const question: Message = { type: "human", content: "And the Sun?" };

    const submitted = store.submit(
      { messages: [question] },
      { optimisticValues: (previous) => ({ messages: [...previous.messages, question] }) },
    );

    const ids = store.getSnapshot().messageIds;
    expect(ids).toEqual(["h1", "#1"]);
    expect(store.getMessage("#1")).toBe(question);
    expect(store.getMessage("#0")).toBeUndefined();
    await store.stop();
    hold.resolve();
    await submitted;
  });
});
