/**
 * A runwire client where a library typed against the official SDK expects "a LangGraph client".
 * Compiled by `tsc -p test/types/sdk-compat` (part of `typecheck`) with `lib: esnext`, under which
 * the SDK's `runs.stream` returns an `AsyncGenerator` that has `[Symbol.asyncDispose]`.
 */
import type { Client as SdkClient, StreamMode as SdkStreamMode } from "@langchain/langgraph-sdk";
import { expectTypeOf } from "vitest";
import { createClient, type RunStream, type StreamMode } from "../../../src/index";

const client = createClient({ transport: null as never, apiKey: null });

// assistant-ui's LangGraph runtime takes `{ runs: Pick<Client["runs"], "stream"> }` and consumes
// the result as an AsyncGenerator.
type SdkRuns = Pick<SdkClient["runs"], "stream">;
async function* sdkConsumer(sdk: { runs: SdkRuns }, threadId: string) {
  const generator: AsyncGenerator<unknown> = sdk.runs.stream(threadId, "agent", {
    input: { messages: [] },
    context: undefined as unknown,
    streamMode: ["messages-tuple", "values", "tools", "lifecycle"],
    streamSubgraphs: true,
    onRunCreated: ({ run_id, thread_id }: { run_id: string; thread_id?: string }) => {
      void [run_id, thread_id];
    },
  });
  yield* generator;
}
sdkConsumer({ runs: client.runs }, "t1");
// A client typed with its graph's state fits too.
interface ChatState {
  messages: { type: string; content: string }[];
}
sdkConsumer({ runs: createClient<ChatState>({ transport: null as never }).runs }, "t1");

expectTypeOf(client.runs.stream).toExtend<SdkClient["runs"]["stream"]>();
expectTypeOf<RunStream<unknown>>().toExtend<AsyncGenerator<unknown>>();

// Fails when the official SDK's StreamMode grows a value runwire lacks.
expectTypeOf<SdkStreamMode>().toExtend<StreamMode>();
