// The docs' "Getting Started" helpers (src/assistant-ui/docs-*/getting-started.tsx) run against
// the real server in Node, on both clients. They compile on both; at run time their `sendMessage`
// spreads the config `useLangGraphRuntime` hands its `stream` callback (`runConfig`,
// `abortSignal`, and `checkpointId` renamed `checkpoint_id`) into `runs.stream`'s options. The
// official SDK drops those keys without a word, so Stop does not abort the request and an edit
// does not fork from its checkpoint; runwire refuses them before sending anything, naming the key.
// The quickstart's `unstable_createLangGraphStream` maps them (the Chromium test runs it).

import type { LangChainMessage, LangGraphSendMessageConfig } from "@assistant-ui/react-langgraph";
import { Client, type Config, RunwireValidationError } from "@runwire/browser";
import { OfficialClient } from "@runwire/langgraph-test-server/official-sdk";
import { beforeAll, describe, expect, inject, it } from "vitest";
import * as official from "../src/assistant-ui/docs-official/getting-started.tsx";
import * as runwire from "../src/assistant-ui/docs-runwire/getting-started.tsx";

let server: InstanceType<typeof OfficialClient>;
const messages = [{ id: "m1", type: "human" as const, content: "hi" }];

beforeAll(() => {
  // Read by the helpers at each call, as a Next.js app reads its NEXT_PUBLIC_* variables.
  process.env.NEXT_PUBLIC_LANGGRAPH_API_URL = inject("langgraphUrl");
  process.env.NEXT_PUBLIC_LANGGRAPH_ASSISTANT_ID = "echo";
  server = new OfficialClient({ apiUrl: inject("langgraphUrl"), apiKey: null });
});

/**
 * The docs' `sendMessage` on runwire with its config mapped onto `runs.stream`'s option names (as
 * `unstable_createLangGraphStream` maps it): `abortSignal` → `signal`, `checkpointId` as is,
 * `runConfig` → `config`. The user-side change the refusal below asks for.
 */
function sendMessageAdapted(params: {
  threadId: string;
  messages: LangChainMessage[];
  config?: LangGraphSendMessageConfig & { abortSignal?: AbortSignal };
}) {
  const client = new Client({ apiUrl: process.env.NEXT_PUBLIC_LANGGRAPH_API_URL });
  const { checkpointId, abortSignal, runConfig, ...restConfig } = params.config ?? {};
  return client.runs.stream(params.threadId, "echo", {
    input: params.messages.length > 0 ? { messages: params.messages } : null,
    streamMode: "messages-tuple",
    signal: abortSignal,
    ...(checkpointId && { checkpointId }),
    ...(runConfig !== undefined && { config: runConfig as Config }),
    ...restConfig,
  });
}

/** What `sendMessage` throws, or `undefined` when the stream runs to its end. */
async function sendError(
  send: typeof runwire.sendMessage,
  threadId: string,
  config: object,
): Promise<unknown> {
  try {
    for await (const _part of send({ threadId, messages, config })) void _part;
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("the docs' Getting Started helpers on runwire", () => {
  it("create a thread and read its state; a thread without a run has a null checkpoint", async () => {
    const { thread_id } = await runwire.createThread();
    expect((await server.threads.get(thread_id)).thread_id).toBe(thread_id);
    const state = await runwire.getThreadState(thread_id);
    expect(state.values).toEqual({});
    // Why docs-runwire reads `state.checkpoint?.checkpoint_id`: the server sends null here.
    expect(state.checkpoint).toBeNull();
    expect(await runwire.getCheckpointId(thread_id, [])).toBeNull();
  });

  it("refuse the runtime's own config keys in runs.stream before sending, naming the key", async () => {
    const { thread_id } = await runwire.createThread();
    // What useLangGraphRuntime hands `stream` for a new message, less `initialize`.
    const fromRuntime = { runConfig: undefined, abortSignal: new AbortController().signal };
    const refused = await sendError(runwire.sendMessage, thread_id, fromRuntime);
    expect(refused).toBeInstanceOf(RunwireValidationError);
    expect((refused as RunwireValidationError).field).toBe("runConfig");

    const edit = await sendError(runwire.sendMessage, thread_id, { checkpointId: "c1" });
    expect(edit).toBeInstanceOf(RunwireValidationError);
    expect((edit as RunwireValidationError).field).toBe("checkpoint_id");
    expect(String(edit)).toContain('did you mean "checkpointId"');

    // Nothing reached the server.
    expect(await server.runs.list(thread_id)).toEqual([]);
  });

  it("on the official SDK, run with those keys dropped: an aborted signal does not stop the run", async () => {
    const { thread_id } = await official.createThread();
    const aborted = AbortSignal.abort();
    const config = { runConfig: undefined, abortSignal: aborted, checkpointId: "c1" };
    expect(await sendError(official.sendMessage, thread_id, config)).toBeUndefined();
    const state = await official.getThreadState(thread_id);
    expect(state.values.messages.map((m) => m.content)).toEqual([
      "hi",
      "echo: hi",
      "steps so far: 1",
    ]);
  });

  it("stream with the smallest adaptation: the runtime's keys mapped onto runs.stream's", async () => {
    const { thread_id } = await runwire.createThread();
    const fromRuntime = { runConfig: undefined, abortSignal: new AbortController().signal };
    const events: string[] = [];
    for await (const part of sendMessageAdapted({
      threadId: thread_id,
      messages,
      config: fromRuntime,
    })) {
      events.push(part.event);
    }
    expect(events[0]).toBe("metadata");
    expect(events).toContain("messages");
    const state = await runwire.getThreadState(thread_id);
    expect(state.values.messages.map((m) => m.content)).toEqual([
      "hi",
      "echo: hi",
      "steps so far: 1",
    ]);
  });
});
