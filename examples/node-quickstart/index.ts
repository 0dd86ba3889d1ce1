// runwire quickstart: a real LangGraph server, a live token stream, a background run.
import { randomUUID } from "node:crypto";
import { startLangGraphServer } from "@runwire/langgraph-test-server";
import { createClient } from "@runwire/node";

// 1. Start the real LangGraph server (in-memory); its "story" graph streams from a fake model.
const server = await startLangGraphServer();
const client = createClient({ apiUrl: server.url, apiKey: null });

try {
  // 2. A new thread: `ifNotExists: "create"` lets the first run create it.
  const threadId = randomUUID();
  const input = { messages: [{ type: "human", content: "Why are there tides?" }] };

  // 3. Stream a run live: tokens as they arrive, then the final state.
  let finalState: Record<string, unknown> = {};
  process.stdout.write("assistant: ");
  for await (const part of client.runs.stream(threadId, "story", {
    input,
    ifNotExists: "create",
    streamMode: ["messages-tuple", "values"],
    version: "v2",
  })) {
    if (part.type === "messages") process.stdout.write(String(part.data[0].content ?? ""));
    if (part.type === "values") finalState = part.data;
  }
  console.log(`\nfinal state: ${JSON.stringify(finalState).slice(0, 120)}…`);

  // 4. A background run on the same thread, then wait for it to finish.
  const run = await client.runs.create(threadId, "echo", { input });
  console.log(`background run ${run.run_id}: ${run.status}`);
  const state = await client.runs.join(threadId, run.run_id);
  const messages = state.messages as { content: string }[];
  console.log(`joined: ${messages.length} messages, the last: "${messages.at(-1)?.content}"`);
} finally {
  // 5. Shut everything down.
  await client.close();
  await server.stop();
}
