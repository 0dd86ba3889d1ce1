// The page: a graph picker, a "New thread" button, and the chat. The graph and the thread live in
// React state and are mirrored in the address (address.ts), so a reload mounts the same thread.
import { createClient } from "@runwire/browser";
import { useEffect, useState } from "react";
import { readAddress, writeAddress } from "./address";
import { Chat } from "./Chat";
import { GRAPH_IDS, GRAPHS, type GraphId, type Values } from "./graphs";

const address = readAddress();

// One client for the page, made once outside React. No API key: a key in a page is visible to
// anyone who opens it; put a backend in front that adds it (examples/proxy-service).
const client = createClient<Values>({ apiUrl: address.api, apiKey: null });

export function App() {
  const [graph, setGraph] = useState<GraphId>(address.graph);
  // null: a new thread, created by the first message (the store calls onThreadId with its id).
  const [threadId, setThreadId] = useState<string | null>(address.thread);

  useEffect(() => writeAddress({ graph, thread: threadId }), [graph, threadId]);

  return (
    <main>
      <header>
        <h1>React chat</h1>
        <select
          id="graph"
          aria-label="Graph"
          value={graph}
          onChange={(event) => {
            setGraph(event.target.value as GraphId);
            setThreadId(null);
          }}
        >
          {GRAPH_IDS.map((id) => (
            <option key={id} value={id}>
              {GRAPHS[id].label}
            </option>
          ))}
        </select>
        <button id="new-thread" type="button" onClick={() => setThreadId(null)}>
          New thread
        </button>
      </header>
      <p className="thread">
        Thread <code id="thread-id">{threadId ?? "new"}</code> on <code>{address.api}</code>
      </p>
      {/* Another graph is another assistant: the key gives it a store of its own. */}
      <Chat
        key={graph}
        client={client}
        graph={graph}
        threadId={threadId}
        onThreadId={setThreadId}
      />
    </main>
  );
}
