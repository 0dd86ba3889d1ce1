import { expect } from "vitest";
import type { Client } from "../../src/index";
import { runIdOf } from "./helpers";

/**
 * A `slow` run followed live with an `updates` stream, paused after its first node: the moment to
 * cancel it or to start a competing run. `rest()` reads the stream to its end.
 */
export async function slowRunAfterFirstNode(
  client: Client,
  threadId: string,
  delay: number,
): Promise<{
  runId: string;
  rest: () => Promise<Array<{ event: string; data: unknown }>>;
}> {
  const stream = client.runs.stream(threadId, "slow", {
    input: { delay },
    streamMode: "updates",
  });
  const iterator = stream[Symbol.asyncIterator]();
  const metadata = await iterator.next();
  const runId = runIdOf(metadata.value);
  const first = await iterator.next();
  expect(first.value).toMatchObject({ event: "updates", data: { s1: { log: ["s1"] } } });
  return {
    runId,
    rest: async () => {
      const parts: Array<{ event: string; data: unknown }> = [];
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        parts.push({ event: next.value.event, data: next.value.data });
      }
      return parts;
    },
  };
}
