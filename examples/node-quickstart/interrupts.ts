// runwire interrupt and resume: what a chat UI does when the graph stops to ask the user.
//
// The LangGraph server comes from the environment, as in index.ts:
//   LANGGRAPH_API_URL  the server (default http://127.0.0.1:2024, where `langgraph dev` listens)
//   LANGGRAPH_API_KEY  its API key, if it needs one (LANGSMITH_API_KEY, LANGCHAIN_API_KEY after it)
//   ASSISTANT_ID       an assistant or graph id whose run calls `interrupt()` (default "hitl", the
//                      repo's demo graph: it asks `question` and stores the answer it resumes with)
//   INPUT              the run's input as JSON (default {"question":"Ship the release?"})
//   RESUME             the answer to resume with (default "yes")
import { createClient } from "@runwire/node";

const apiUrl = process.env.LANGGRAPH_API_URL ?? "http://127.0.0.1:2024";
const assistantId = process.env.ASSISTANT_ID ?? "hitl";
const input = JSON.parse(process.env.INPUT ?? '{"question":"Ship the release?"}');
const resume = process.env.RESUME ?? "yes";
const client = createClient({ apiUrl });
const json = (value: unknown) => JSON.stringify(value);

try {
  // 1. A thread holds the conversation's checkpoints, so the pause outlives this process.
  const { thread_id: threadId } = await client.threads.create();
  console.log(`thread ${threadId}`);

  // 2. Stream a run: at `interrupt()` the last `values` part is marked `interrupted`, then it ends.
  for await (const part of client.runs.stream(threadId, assistantId, { input, version: "v2" })) {
    if (part.type === "values" && part.interrupted) {
      console.log(`streamed: interrupted, asking ${json(part.interrupts[0].value)}`);
    }
  }

  // 3. Read the pause back as a UI does after a reload: the thread's state names the waiting
  //    node and holds the interrupt's value (the question to show).
  const paused = await client.threads.getState(threadId);
  const interrupt = paused.tasks.flatMap((task) => task.interrupts)[0];
  if (interrupt === undefined) throw new Error(`${assistantId} finished without interrupting`);
  const { status } = await client.threads.get(threadId);
  console.log(
    `getState: thread ${status}, next ${json(paused.next)}, interrupt ${json(interrupt.value)}`,
  );

  // 4. Resume with the user's answer: a run on the same thread with `command: { resume }`.
  let values: unknown;
  for await (const part of client.runs.stream(threadId, assistantId, {
    command: { resume },
    version: "v2",
  })) {
    if (part.type === "values") values = part.data;
  }
  console.log(`resumed with ${json(resume)}: ${json(values)}`);

  // 5. The final state, and the history of checkpoints (newest first) a UI can page or fork from.
  const final = await client.threads.getState(threadId);
  console.log(`final state: ${json(final.values)}, next ${json(final.next)}`);
  const history = await client.threads.getHistory(threadId);
  const steps = history.map((state) => json(state.next)).join(" ← ");
  console.log(`history: ${history.length} checkpoints, next of each: ${steps}`);
} finally {
  // 6. Close the client's connections.
  await client.close();
}
