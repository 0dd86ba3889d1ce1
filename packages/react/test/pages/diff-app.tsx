// The differential page: ONE component, bundled twice, once with @runwire/react's useStream and
// once with the official one (@langchain/langgraph-sdk/react), so the test compares what each
// shows for the same runs on the same server. Only the common subset of the API is used.
// URL: api, assistant.
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import { type PageApp, params, textOf } from "./harness.ts";
import { useStream } from "./use-stream-under-test.ts";

function DiffApp() {
  const stream = useStream({
    apiUrl: params.get("api") ?? "",
    apiKey: null,
    assistantId: params.get("assistant") ?? "story",
  });
  // Read in render, as an app would: the official hook picks its stream modes from what is read.
  const { messages, values, interrupt, isLoading, error } = stream;
  useEffect(() => {
    const unsupported = () => Promise.reject(new Error("not used by the differential page"));
    window.app = {
      submit: (input, options) => stream.submit(input, options),
      stop: () => stream.stop(),
      switchThread: unsupported,
      joinStream: unsupported,
      setThread: () => {},
      created: [],
      announced: [],
      finished: [],
      updates: [],
      state: () => ({
        threadId: null,
        values,
        messages: [...messages],
        interrupt: interrupt ?? null,
        interrupts: [...stream.interrupts],
        isLoading,
        isThreadLoading: stream.isThreadLoading,
        error: error === undefined || error === null ? null : String(error),
      }),
    } satisfies PageApp;
  });
  return (
    <main>
      <p id="status">{isLoading ? "loading" : "idle"}</p>
      <ol id="messages">
        {messages.map((m, i) => (
          <li key={m.id ?? i} data-type={m.type}>
            {textOf(m)}
          </li>
        ))}
      </ol>
      <pre id="interrupt">{interrupt === undefined ? "none" : JSON.stringify(interrupt)}</pre>
      <pre id="values">{JSON.stringify(values)}</pre>
    </main>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<DiffApp />);
