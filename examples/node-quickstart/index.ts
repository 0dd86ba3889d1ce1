// runwire quickstart: a live token stream, then a background run joined on the same thread.
//
// The LangGraph server comes from the environment, as with the official SDK:
//   LANGGRAPH_API_URL  the server (default http://127.0.0.1:2024, where `langgraph dev` listens)
//   LANGGRAPH_API_KEY  its API key, if it needs one (runwire reads it when `apiKey` is not given;
//                      LANGSMITH_API_KEY and LANGCHAIN_API_KEY are tried after it)
//   ASSISTANT_ID       the assistant or graph id to run (default "story", the repo's demo graph);
//                      it must take `{ messages: [...] }` as input, as a chat agent does
import { randomUUID } from "node:crypto";
import { createClient } from "@runwire/node";

const apiUrl = process.env.LANGGRAPH_API_URL ?? "http://127.0.0.1:2024";
const assistantId = process.env.ASSISTANT_ID ?? "story";
const client = createClient({ apiUrl });

try {
  // 1. A new thread: `ifNotExists: "create"` lets the first run create it.
  const threadId = randomUUID();
  const input = { messages: [{ type: "human", content: "Why are there tides?" }] };

  // 2. Stream a run live: tokens as they arrive, then the final state.
  let finalState: Record<string, unknown> = {};
  process.stdout.write("assistant: ");
  for await (const part of client.runs.stream(threadId, assistantId, {
    input,
    ifNotExists: "create",
    streamMode: ["messages-tuple", "values"],
    version: "v2",
  })) {
    if (part.type === "messages") process.stdout.write(String(part.data[0].content ?? ""));
    if (part.type === "values") finalState = part.data;
  }
  console.log(`\nfinal state: ${JSON.stringify(finalState).slice(0, 120)}…`);

  // 3. A background run on the same thread, then wait for it to finish.
  const run = await client.runs.create(threadId, assistantId, {
    input: { messages: [{ type: "human", content: "And why twice a day?" }] },
  });
  console.log(`background run ${run.run_id}: ${run.status}`);
  const state = await client.runs.join(threadId, run.run_id);
  const messages = (state.messages ?? []) as { content: unknown }[];
  const last = messages.at(-1)?.content;
  console.log(
    `joined: ${messages.length} messages, the last: ${JSON.stringify(last).slice(0, 80)}`,
  );
} finally {
  // 4. Close the client's connections.
  await client.close();
}
