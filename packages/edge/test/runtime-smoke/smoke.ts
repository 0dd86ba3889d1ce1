// The runtime smoke test: creates, streams, joins and cancels runs, has every verb do its work
// through the client's methods, then closes the client with a stream open, against a real
// LangGraph server with whichever runwire client it is given; a second client of the same kind
// makes every verb's call to a recording server, for the test to check the wire. Written
// for any runtime (no Node API): Bun and Deno run it bundled (see runtimes.test.ts). It checks
// what it can itself and prints one `RUNWIRE_SMOKE <json>` line for the test to assert on; any
// failure throws, so the process exits non-zero.
import {
  type LangGraphRoundTrip,
  roundTripOnLangGraph,
  sendEveryVerb,
  type VerbOutcome,
} from "@runwire/runtime-smoke/verbs-round-trip";
import type { Client } from "../../src/index";

/** The sentence the `chat` graph's fake model streams, one character per token. */
export const CHAT_SENTENCE = "Tides are caused by the Moon's gravity pulling on the oceans.";

/** What the smoke run saw, for the test to assert on. */
export interface SmokeReport {
  runtime: string;
  created: { status: string; joinedMessages: string[] };
  streamed: { parts: number; tokens: number; text: string; finalMessages: number };
  cancelled: { status: string; statusAfterCancel: string };
  /** GET, POST, PUT, PATCH and DELETE (with and without a body), each doing its work. */
  verbs: LangGraphRoundTrip;
  /** What each verb's call to the recording server resolved to (the recorder has the wire). */
  verbsToRecorder: VerbOutcome[];
  closed: { readAfterClose: string };
}

/** Any runwire client (edge, node, …): they share core's `Client`. */
type AnyClient = Pick<Client, "runs" | "assistants" | "store" | "close">;

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`smoke check failed: ${message}`);
}

/**
 * Runs the smoke test with `client` (on the LangGraph server), and every verb's call with
 * `recorderClient` (on the recording server). Closes both.
 */
export async function runSmoke(
  client: AnyClient,
  recorderClient: AnyClient,
  runtime: string,
): Promise<SmokeReport> {
  const human = (content: string) => ({ messages: [{ type: "human", content }] });

  // 1. create a background run on a new thread, then join it.
  const thread1 = crypto.randomUUID();
  const run = await client.runs.create(thread1, "echo", {
    input: human("hi"),
    ifNotExists: "create",
  });
  const joined = await client.runs.join(thread1, run.run_id);
  const joinedMessages = (joined.messages as { content: string }[]).map((m) => m.content);
  check(joinedMessages.at(-1) === "steps so far: 1", `joined ${JSON.stringify(joinedMessages)}`);

  // 2. stream a run on the same thread: tokens, then the final state.
  let parts = 0;
  let tokens = 0;
  let text = "";
  let finalMessages = 0;
  for await (const part of client.runs.stream(thread1, "chat", {
    input: human("and tides?"),
    streamMode: ["messages-tuple", "values"],
    version: "v2",
  })) {
    parts += 1;
    if (part.type === "messages") {
      tokens += 1;
      text += String(part.data[0].content ?? "");
    }
    if (part.type === "values") finalMessages = (part.data.messages as unknown[]).length;
  }
  check(text === CHAT_SENTENCE, `streamed ${JSON.stringify(text)}`);

  // 3. cancel a slow run (five nodes of 4 s each), waiting for it to stop: about 20 s if the
  //    cancel did not work, a few ms if it did.
  const thread2 = crypto.randomUUID();
  const slow = await client.runs.create(thread2, "slow", {
    input: { delay: 4_000 },
    ifNotExists: "create",
  });
  await client.runs.cancel(thread2, slow.run_id, true, "interrupt");
  const cancelled = await client.runs.get(thread2, slow.run_id);
  check(cancelled.status === "interrupted", `cancelled run is ${cancelled.status}`);

  // 4. every verb, with its body, doing its work on the server; then each one's call to the
  //    recording server.
  const verbs = await roundTripOnLangGraph(client);
  const verbsToRecorder = await sendEveryVerb(recorderClient);
  await recorderClient.close();

  // 5. close the client with a reader paused mid-stream (five nodes of 4 s to go): close()
  //    resolves without waiting for the run, and the next read rejects with ClientClosedError.
  const paused = client.runs
    .stream(crypto.randomUUID(), "slow", {
      input: { delay: 4_000 },
      ifNotExists: "create",
      onDisconnect: "cancel",
      streamMode: "updates",
    })
    [Symbol.asyncIterator]();
  check((await paused.next()).value?.event === "metadata", "the paused stream started");
  await client.close();
  let readAfterClose = "no error";
  try {
    await paused.next();
  } catch (error) {
    readAfterClose = (error as Error).name;
  }
  check(readAfterClose === "ClientClosedError", `a read after close() gave ${readAfterClose}`);

  return {
    runtime,
    created: { status: run.status, joinedMessages },
    streamed: { parts, tokens, text, finalMessages },
    cancelled: { status: slow.status, statusAfterCancel: cancelled.status },
    verbs,
    verbsToRecorder,
    closed: { readAfterClose },
  };
}

/**
 * The LangGraph URL and the recording server's `apiUrl`: the two arguments, in Deno
 * (`Deno.args`) as in Bun and Node (`argv`).
 */
export function smokeArguments(): { apiUrl: string; recorderUrl: string } {
  const runtime = globalThis as {
    Deno?: { args: string[] };
    process?: { argv: string[] };
  };
  const [apiUrl, recorderUrl] = runtime.Deno?.args ?? runtime.process?.argv.slice(2) ?? [];
  if (!apiUrl || !recorderUrl) {
    throw new Error("usage: <runtime> smoke.js <LangGraph server URL> <recorder apiUrl>");
  }
  return { apiUrl, recorderUrl };
}

/** A short description of the runtime running this. */
export function runtimeName(): string {
  const runtime = globalThis as {
    Bun?: { version: string };
    Deno?: { version: { deno: string } };
    process?: { version: string };
  };
  if (runtime.Bun) return `bun ${runtime.Bun.version}`;
  if (runtime.Deno) return `deno ${runtime.Deno.version.deno}`;
  return `node ${runtime.process?.version ?? "?"}`;
}
