// The docs' quickstart `MyAssistant` (../assistant-ui/docs-runwire/quickstart.tsx: the same
// `stream` and `load` callbacks on runwire's `Client`), on the thread list of the docs' "Threads"
// page (./thread-list-adapter.ts, which creates threads in place of the quickstart's `create`),
// with the two routing options the runtime documents for URL-based apps: `threadId` (the thread
// to show: switching to one loads it through `load`) and `onThreadIdChange` (a new thread's id,
// once the server has created it).
import { AssistantRuntimeProvider } from "@assistant-ui/react";
import {
  type LangChainMessage,
  unstable_createLangGraphStream,
  useLangGraphRuntime,
} from "@assistant-ui/react-langgraph";
import { useMemo } from "react";
import { createClient } from "../assistant-ui/docs-runwire/quickstart.tsx";
import { Thread } from "../assistant-ui/thread.tsx";
import { langGraphThreadList } from "./thread-list-adapter.ts";

// Compiled in by scripts/page.ts, as the docs' Next.js build inlines it.
const ASSISTANT_ID = process.env.NEXT_PUBLIC_LANGGRAPH_ASSISTANT_ID ?? "";

export function Assistant(props: {
  threadId: string | undefined;
  onThreadIdChange: (threadId: string | undefined) => void;
}) {
  const client = useMemo(() => createClient(), []);
  const stream = useMemo(
    () => unstable_createLangGraphStream({ client, assistantId: ASSISTANT_ID }),
    [client],
  );
  // Stable across renders: a new adapter would reset the thread list.
  const threadList = useMemo(() => langGraphThreadList(client), [client]);

  const runtime = useLangGraphRuntime({
    threadId: props.threadId,
    onThreadIdChange: props.onThreadIdChange,
    unstable_allowCancellation: true,
    stream,
    unstable_threadListAdapter: threadList,
    load: async (externalId) => {
      const state = await client.threads.getState<{ messages: LangChainMessage[] }>(externalId);
      return {
        messages: state.values.messages,
        interrupts: state.tasks[0]?.interrupts,
      };
    },
  });

  return (
    <AssistantRuntimeProvider runtime={runtime}>
      <Thread />
    </AssistantRuntimeProvider>
  );
}
