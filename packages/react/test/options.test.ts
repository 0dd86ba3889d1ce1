// Options the hooks cannot use are refused while rendering, naming the field, before any request
// (rendered on the server side of react-dom: effects never run there, so nothing is sent anyway;
// a client that records its calls proves the hook did not even make one).
import { RunwireValidationError } from "@runwire/browser";
import type { ChatClient } from "@runwire/ui";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type UseStreamOptions, useChatStore, useStream } from "../src/index.ts";
import { notifyOf } from "../src/options.ts";
import { streamModesOf } from "../src/store-options.ts";

const calls: string[] = [];
// Every property access is a call the hook would make: none may happen.
const recordingClient = new Proxy(
  {},
  {
    get: (_, name) => {
      calls.push(String(name));
      return undefined;
    },
  },
) as ChatClient;

type Hook = (options: UseStreamOptions) => unknown;

function Probe({ hook, options }: { hook: Hook; options: UseStreamOptions }) {
  hook(options);
  return null;
}

const renderWith = (hook: Hook, options: UseStreamOptions) => () =>
  renderToString(createElement(Probe, { hook, options }));

describe.each([
  ["useStream", useStream],
  ["useChatStore", useChatStore],
] as const)("%s refuses bad options", (_, hook) => {
  it.each([
    ["assistantId", { assistantId: "" }],
    ["assistantId", { assistantId: 42 as unknown as string }],
    ["messagesKey", { assistantId: "agent", messagesKey: "" }],
    ["throttle", { assistantId: "agent", throttle: -1 }],
    ["throttle", { assistantId: "agent", throttle: Number.NaN }],
    ["throttle", { assistantId: "agent", throttle: "fast" as unknown as number }],
  ])("%s: %j", (field, options) => {
    calls.length = 0;
    const render = renderWith(hook, { ...options, client: recordingClient });
    expect(render).toThrow(RunwireValidationError);
    try {
      render();
    } catch (error) {
      expect((error as RunwireValidationError).field).toBe(field);
    }
    expect(calls).toEqual([]);
  });

  it("renders with good options, and sends nothing while rendering", () => {
    calls.length = 0;
    const html = renderWith(hook, {
      assistantId: "agent",
      client: recordingClient,
      throttle: 50,
      messagesKey: "chat",
    })();
    expect(html).toBe("");
    expect(calls).toEqual([]);
  });
});

describe("options in the store's terms", () => {
  it("throttle: left out, once a frame; false, every change; true, once a macrotask; ms as given", () => {
    expect(notifyOf(undefined)).toBe("frame");
    expect(notifyOf(false)).toBe("sync");
    expect(notifyOf(true)).toBe(0);
    expect(notifyOf(50)).toBe(50);
  });

  it("stream modes: the option's, plus those of the callbacks given, once each", () => {
    expect(streamModesOf({ assistantId: "a" })).toEqual([]);
    expect(
      streamModesOf({
        assistantId: "a",
        streamMode: ["custom", "debug"],
        onCustomEvent: () => {},
        onUpdateEvent: () => {},
      }),
    ).toEqual(["custom", "debug", "updates"]);
    expect(streamModesOf({ assistantId: "a", streamMode: "tasks" })).toEqual(["tasks"]);
  });
});
