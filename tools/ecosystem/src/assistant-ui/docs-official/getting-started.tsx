// assistant-ui's LangGraph "Getting Started" and "Threads" pages (docs/runtimes/langgraph,
// docs/runtimes/langgraph/threads) and their example app's lib/chatApi.ts: helper functions over
// the official SDK's `Client` (threads.create, getState, getHistory, updateState, search,
// delete; runs.stream in messages-tuple mode), a `MyAssistant` that wires them into
// `useLangGraphRuntime`, and a thread list adapter. The copy in ../docs-runwire differs only in
// the import of `Client` and `ThreadState` (test/same-code.test.ts checks it).
import { AssistantRuntimeProvider, type RemoteThreadListAdapter } from "@assistant-ui/react";
import {
  type LangChainMessage,
  type LangGraphMessagesEvent,
  type LangGraphSendMessageConfig,
  useLangGraphRuntime,
} from "@assistant-ui/react-langgraph";
import { Client, type ThreadState } from "@langchain/langgraph-sdk";
import { Thread } from "../thread.tsx";

const createClient = () => {
  const apiUrl =
    process.env["NEXT_PUBLIC_LANGGRAPH_API_URL"] || new URL("/api", window.location.href).href;
  return new Client({ apiUrl });
};

export const createThread = async () => {
  const client = createClient();
  return client.threads.create();
};

export const getThreadState = async (
  threadId: string,
): Promise<ThreadState<{ messages: LangChainMessage[] }>> => {
  const client = createClient();
  return client.threads.getState(threadId);
};

export const getCheckpointId = async (
  threadId: string,
  parentMessages: LangChainMessage[],
): Promise<string | null> => {
  const client = createClient();
  const history = await client.threads.getHistory(threadId);
  for (const state of history) {
    if (
      (state.values as { messages?: LangChainMessage[] }).messages?.length === parentMessages.length
    ) {
      return state.checkpoint.checkpoint_id ?? null;
    }
  }
  return null;
};

export const updateState = async (
  threadId: string,
  fields: { newState: Record<string, unknown>; asNode?: string },
) => {
  const client = createClient();
  return client.threads.updateState(threadId, {
    values: fields.newState,
    asNode: fields.asNode!,
  });
};

export const sendMessage = (params: {
  threadId: string;
  messages: LangChainMessage[];
  config?: LangGraphSendMessageConfig;
}): AsyncGenerator<LangGraphMessagesEvent<LangChainMessage>> => {
  const client = createClient();
  const { checkpointId, ...restConfig } = params.config ?? {};
  return client.runs.stream(params.threadId, process.env["NEXT_PUBLIC_LANGGRAPH_ASSISTANT_ID"]!, {
    input: params.messages.length > 0 ? { messages: params.messages } : null,
    streamMode: "messages-tuple",
    ...(checkpointId && { checkpoint_id: checkpointId }),
    ...restConfig,
  }) as AsyncGenerator<LangGraphMessagesEvent<LangChainMessage>>;
};

// The docs' adapter also has rename, archive, fetch and generateTitle ("see the threads concept
// page"), which call no LangGraph client method: left out here.
export const threadListAdapter: Pick<RemoteThreadListAdapter, "list" | "initialize" | "delete"> = {
  async list() {
    const client = createClient();
    const threads = await client.threads.search({ limit: 50 });
    return {
      threads: threads.map((t) => ({
        status: "regular",
        remoteId: t.thread_id,
        externalId: t.thread_id,
        title: (t.metadata as { title?: string } | undefined)?.title,
      })),
    };
  },
  async initialize() {
    const client = createClient();
    const t = await client.threads.create();
    return { remoteId: t.thread_id, externalId: t.thread_id };
  },
  async delete(remoteId) {
    const client = createClient();
    await client.threads.delete(remoteId);
  },
};

export function MyAssistant() {
  const runtime = useLangGraphRuntime({
    stream: async (messages, { initialize, ...config }) => {
      const { externalId } = await initialize();
      if (!externalId) throw new Error("Thread not found");
      return sendMessage({ threadId: externalId, messages, config });
    },
    create: async () => {
      const { thread_id } = await createThread();
      return { externalId: thread_id };
    },
    load: async (externalId) => {
      const state = await getThreadState(externalId);
      return {
        messages: state.values.messages,
        interrupts: state.tasks[0]?.interrupts,
      };
    },
    getCheckpointId,
  });

  return (
    <AssistantRuntimeProvider runtime={runtime}>
      <Thread />
    </AssistantRuntimeProvider>
  );
}
