// What the browser and edge consumers must report (fixtures/shared/chat-run.js) after streaming a
// run of the "chat" graph: its scripted reply token by token, then the final state, and a typed
// 404 for an unknown assistant.
import assert from "node:assert/strict";

const QUESTION = "Why are there tides?";
const REPLY = "Tides are caused by the Moon's gravity pulling on the oceans.";

/** Throws with a diff when `result` (what the consumer answered) is not a good chat run. */
export function assertChatSummary(result) {
  if (!result?.ok)
    throw new Error(`the consumer failed: ${result?.error ?? JSON.stringify(result)}`);
  const { summary } = result;
  assert.equal(summary.first, "metadata");
  assert.equal(summary.last, "values");
  assert.equal(summary.reply, REPLY);
  assert.ok(summary.tokens > 5, `the reply came in ${summary.tokens} parts, not token by token`);
  assert.deepEqual(summary.finalMessages, [
    ["human", QUESTION],
    ["ai", REPLY],
  ]);
  assert.deepEqual(summary.unknown, { name: "NotFoundError", notFound: true, status: 404 });
}
