// The page the hook's Chromium tests drive: useStream (view=stream) or the fast list
// (view=list: useChatStore + useMessageIds, rows with useMessage), against the real server.
// URL: api, assistant (default story), thread (the initial controlled threadId), uncontrolled=1,
// reconnect=1 (reconnectOnMount), strict=1 (React StrictMode).
import type { ChatStore } from "@runwire/ui";
import { memo, StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import {
  type UseStreamOptions,
  useChatSelector,
  useChatStore,
  useIsLoading,
  useMessage,
  useMessageIds,
  useStream,
} from "../../src/index.ts";
import { countRender, type PageApp, params, textOf } from "./harness.ts";

const created: string[] = [];
const announced: string[] = [];
const finished: unknown[] = [];
const updates: string[] = [];

function Root() {
  const [thread, setThread] = useState<string | null>(params.get("thread"));
  // Counts mount effects: 2 under StrictMode (a development build runs them twice), else 1.
  useEffect(() => countRender("mount-effect"), []);
  const options: UseStreamOptions = {
    apiUrl: params.get("api") ?? "",
    apiKey: null,
    // A new object every render, equal in content: the hook must keep its client and store.
    defaultHeaders: { "x-page": "chat-app" },
    assistantId: params.get("assistant") ?? "story",
    reconnectOnMount: params.get("reconnect") === "1",
    // New functions every render: the hook must keep its store and call the latest.
    onThreadId: (id) => {
      announced.push(id);
      setThread(id);
      const url = new URL(location.href);
      url.searchParams.set("thread", id);
      history.replaceState(null, "", url);
    },
    onCreated: (run) => created.push(run.run_id),
    // callbacks=1: onFinish with a parameter (the state is read after the run) and onUpdateEvent
    // (the `updates` mode is asked for), both new functions every render.
    ...(params.get("callbacks") === "1"
      ? {
          onFinish: (state: { values: unknown }) => finished.push(state.values),
          onUpdateEvent: (data: Record<string, unknown>) => updates.push(...Object.keys(data)),
        }
      : {}),
    ...(params.get("uncontrolled") === "1" ? {} : { threadId: thread }),
  };
  return params.get("view") === "list" ? (
    <ListView options={options} setThread={setThread} />
  ) : (
    <StreamView options={options} setThread={setThread} />
  );
}

interface ViewProps {
  options: UseStreamOptions;
  setThread(threadId: string | null): void;
}

function StreamView({ options, setThread }: ViewProps) {
  countRender("parent");
  const stream = useStream(options);
  useEffect(() => {
    window.app = {
      submit: stream.submit,
      stop: stream.stop,
      switchThread: stream.switchThread,
      joinStream: stream.joinStream,
      setThread,
      created,
      announced,
      finished,
      updates,
      state: () => ({
        threadId: stream.store.getSnapshot().threadId,
        values: stream.values,
        messages: [...stream.messages],
        interrupt: stream.interrupt ?? null,
        interrupts: [...stream.interrupts],
        isLoading: stream.isLoading,
        isThreadLoading: stream.isThreadLoading,
        error: stream.error === undefined ? null : String(stream.error),
        toolCalls: stream.toolCalls.map(({ id, call, result, state }) => ({
          id,
          name: call.name,
          args: call.args,
          state,
          result: result?.content ?? null,
        })),
        toolCallsByMessage: stream.messages
          .filter((m) => m.type === "ai")
          .map((m) => stream.getToolCalls(m).map((c) => c.call.name)),
      }),
    } satisfies PageApp;
  });
  return (
    <main>
      <p id="status">{stream.isLoading ? "loading" : "idle"}</p>
      <p id="thread-loading">{String(stream.isThreadLoading)}</p>
      <ol id="messages">
        {stream.messages.map((m, i) => (
          <li key={m.id ?? i} data-id={m.id} data-type={m.type}>
            {textOf(m)}
          </li>
        ))}
      </ol>
      <pre id="interrupt">
        {stream.interrupt === undefined ? "none" : JSON.stringify(stream.interrupt)}
      </pre>
      <pre id="values">{JSON.stringify(stream.values)}</pre>
      <p id="error">{stream.error === undefined ? "" : String(stream.error)}</p>
    </main>
  );
}

function ListView({ options, setThread }: ViewProps) {
  countRender("parent");
  const store = useChatStore(options);
  const ids = useMessageIds(store);
  const isLoading = useIsLoading(store);
  // An inline selector (a new function each render) of a value that changes only with a row.
  const count = useChatSelector(store, (s) => s.messages.length);
  useEffect(() => {
    window.app = {
      submit: store.submit,
      stop: store.stop,
      switchThread: store.switchThread,
      joinStream: store.joinStream,
      setThread,
      created,
      announced,
      finished,
      updates,
      state: () => {
        const s = store.getSnapshot();
        return {
          threadId: s.threadId,
          values: s.values,
          messages: [...s.messages],
          interrupt: s.interrupts[0] ?? null,
          interrupts: [...s.interrupts],
          isLoading: s.isLoading,
          isThreadLoading: s.isThreadLoading,
          error: s.error === undefined ? null : String(s.error),
        };
      },
    } satisfies PageApp;
  });
  return (
    <main>
      <p id="status">{isLoading ? "loading" : "idle"}</p>
      <p id="count">{count}</p>
      <ol id="messages">
        {ids.map((id) => (
          <Row key={id} store={store} id={id} />
        ))}
      </ol>
    </main>
  );
}

const Row = memo(function Row({ store, id }: { store: ChatStore; id: string }) {
  const message = useMessage(store, id);
  countRender(`row:${id}`);
  return (
    <li data-id={id} data-type={message?.type}>
      {textOf(message)}
    </li>
  );
});

const root = createRoot(document.getElementById("root") as HTMLElement);
root.render(
  params.get("strict") === "1" ? (
    <StrictMode>
      <Root />
    </StrictMode>
  ) : (
    <Root />
  ),
);
