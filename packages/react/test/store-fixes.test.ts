// Fixes this package needed in the @runwire/ui store, proven in Node against the real server
// (the store's own suite lives in packages/ui).
import { createClient } from "@runwire/node";
import { ChatStore } from "@runwire/ui";
import { describe, expect, inject, it } from "vitest";
import { human } from "./support/page-helpers.ts";

const client = createClient({ apiUrl: inject("langgraphUrl"), apiKey: null });

describe("ChatStore", () => {
  it("calls onCreated once per submitted run, though the response names the run before its metadata part", async () => {
    const created: { run_id: string; thread_id: string }[] = [];
    const store = new ChatStore({
      client,
      assistantId: "chat",
      notify: "sync",
      onCreated: (run) => created.push(run),
    });
    await store.submit(human("Why are there tides?"));
    await store.submit(human("And the Sun?"));
    const { threadId, runId, error } = store.getSnapshot();
    expect(error).toBeUndefined();
    expect(created).toHaveLength(2);
    expect(created[1]).toEqual({ run_id: runId, thread_id: threadId });
    expect(new Set(created.map((run) => run.thread_id))).toEqual(new Set([threadId]));
  });
});
