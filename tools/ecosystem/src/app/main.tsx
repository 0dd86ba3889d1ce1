// The page the Chromium test drives: assistant-ui's LangGraph runtime on a runwire client, with
// the thread to show in the URL (`?thread=<id>`, as a routed app keeps it) and a form that
// switches to another thread in place. `#thread-id` shows the LangGraph thread on screen: the one
// switched to, or the one the runtime reports once it has created it (empty until then).
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { Assistant } from "./assistant.tsx";

function App() {
  const [threadId, setThreadId] = useState(
    () => new URLSearchParams(location.search).get("thread") ?? undefined,
  );
  const [shownId, setShownId] = useState(threadId);
  return (
    <>
      <p>
        thread: <output id="thread-id">{shownId ?? ""}</output>
      </p>
      <form
        id="switch"
        onSubmit={(event) => {
          event.preventDefault();
          const value = new FormData(event.currentTarget).get("thread");
          const next = typeof value === "string" && value !== "" ? value : undefined;
          setThreadId(next);
          setShownId(next);
        }}
      >
        <input id="switch-to" name="thread" placeholder="a thread id (empty: a new thread)" />
        <button id="switch-go" type="submit">
          Switch
        </button>
      </form>
      <Assistant threadId={threadId} onThreadIdChange={setShownId} />
    </>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("the page has no #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
