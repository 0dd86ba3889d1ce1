import { afterAll, describe, expect, it } from "vitest";
import { newThread, realClient } from "./support";

const client = realClient();
afterAll(() => client.close());

describe("@runwire/node against the real LangGraph server", () => {
  it("streams a stateful run: metadata first, then values", async () => {
    const threadId = await newThread();
    const events: string[] = [];
    for await (const part of client.runs.stream(threadId, "echo", {
      input: { messages: [{ type: "human", content: "hi" }] },
      streamMode: ["values", "updates"],
    })) {
      events.push(part.event);
    }
    expect(events[0]).toBe("metadata");
    expect(events.filter((event) => event === "updates")).toHaveLength(2);
    expect(events.at(-1)).toBe("values");
  });
});
