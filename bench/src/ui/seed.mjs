// Threads of N messages on the real server: one `threads.create` and one `threads.updateState`
// with the whole list, applied as the `story` graph's node (so the thread's head has no next
// node: nothing pending, no interrupt for a hook to infer).

import { createClient } from "@runwire/node";

/** The message of a seeded thread at `index`: humans and AIs in turn, ids `seed-<index>`. */
export const seedMessage = (index) => ({
  id: `seed-${index}`,
  type: index % 2 === 0 ? "human" : "ai",
  content: `Message ${index}: a line of an earlier conversation, about as long as a short chat turn.`,
});

/**
 * Creates a `story` thread holding `count` messages; resolves with its id.
 *
 * @param {string} apiUrl
 * @param {number} count
 */
export async function seedThread(apiUrl, count) {
  const client = createClient({ apiUrl });
  const thread = await client.threads.create({ graphId: "story" });
  const messages = Array.from({ length: count }, (_, index) => seedMessage(index));
  await client.threads.updateState(thread.thread_id, { values: { messages }, asNode: "agent" });
  return thread.thread_id;
}
