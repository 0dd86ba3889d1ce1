// A storage that throws (the browser's SecurityError when storage is blocked, as in a cross-site
// iframe with third-party cookies blocked): the thread still loads, and the store is never left
// loading. Reading the resume token is guarded as its writes already were.
import { describe, expect, it } from "vitest";
import { json, memoryTransport } from "../../../core/test/support/memory-transport";
import { ChatStore, type ResumeStorage } from "../../src/index";
import { human, scriptedClient, THREAD, threadState } from "../support/scripted";

const blocked: ResumeStorage = {
  getItem: () => {
    throw new Error("SecurityError: The operation is insecure.");
  },
  setItem: () => {
    throw new Error("SecurityError: The operation is insecure.");
  },
  removeItem: () => {
    throw new Error("SecurityError: The operation is insecure.");
  },
};

describe("a resume storage that throws", () => {
  it("does not stop the thread from loading", async () => {
    const { transport } = memoryTransport(() => json(threadState({ messages: [human] })));
    const store = new ChatStore({
      client: scriptedClient(transport),
      assistantId: "agent",
      notify: "sync",
      reconnectOnMount: blocked,
    });

    await store.switchThread(THREAD);

    expect(store.getSnapshot()).toMatchObject({ isThreadLoading: false, isLoading: false });
    expect(store.getSnapshot().messages).toEqual([human]);
  });

  it("reconnectOnMount: true where reading sessionStorage throws: no storage, no throw", () => {
    const { transport } = memoryTransport(() => json({}));
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, "sessionStorage");
    Object.defineProperty(globalThis, "sessionStorage", {
      configurable: true,
      get: () => {
        throw new Error("SecurityError: The operation is insecure.");
      },
    });
    try {
      const make = () =>
        new ChatStore({
          client: scriptedClient(transport),
          assistantId: "a",
          reconnectOnMount: true,
        });
      expect(make).not.toThrow();
    } finally {
      if (descriptor === undefined) Reflect.deleteProperty(globalThis, "sessionStorage");
      else Object.defineProperty(globalThis, "sessionStorage", descriptor);
    }
  });
});
