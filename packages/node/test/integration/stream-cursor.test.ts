/**
 * `RunStream.lastEventId` (with `runId`/`threadId`) against the real server: a v2 reader, whose
 * parts carry no event id, stops after some parts and picks the run up later with `joinStream`
 * from the stream's cursor: together exactly the run's parts, none doubled, none lost.
 */
import { afterAll, describe, expect, it } from "vitest";
import { collect } from "./helpers";
import { newThread, realClient } from "./support";

const client = realClient();
afterAll(() => client.close());

describe.concurrent("a v2 stream's cursor", () => {
  it.each([1, 3, 6])(
    "stop after part %i, joinStream from stream.lastEventId: the remaining parts, exactly",
    async (stopAfter) => {
      const threadId = await newThread();
      const stream = client.runs.stream(threadId, "slow", {
        input: { delay: 60 },
        streamMode: ["values", "updates"],
        streamResumable: true,
        // The run goes on after this reader leaves.
        onDisconnect: "continue",
        version: "v2",
      });
      expect(stream.lastEventId).toBeUndefined();
      const first: unknown[] = [];
      for await (const part of stream) {
        first.push(part);
        if (first.length === stopAfter) break;
      }
      const cursor = stream.lastEventId;
      expect(cursor).toBe(String(stopAfter - 1));
      expect(stream.threadId).toBe(threadId);
      const runId = stream.runId as string;
      expect(runId).toMatch(/^[0-9a-f-]{36}$/);

      const rest = client.runs.joinStream(threadId, runId, { lastEventId: cursor, version: "v2" });
      const remaining = await collect(rest);
      expect(rest.lastEventId).toBe(String(stopAfter + remaining.length - 1));
      const all = await collect(
        client.runs.joinStream(threadId, runId, { lastEventId: "-1", version: "v2" }),
      );
      expect(all.length).toBeGreaterThan(stopAfter);
      expect([...first, ...remaining]).toEqual(all);
    },
  );
});
