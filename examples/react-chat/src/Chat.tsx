// The chat on one thread. It holds the store without subscribing to it, so it does not re-render
// per token: each part below subscribes to the slice it shows.
import { type Client, RunwireError } from "@runwire/browser";
import type { ChatSnapshot, ChatStore } from "@runwire/react";
import { useChatSelector, useChatStore, useIsLoading } from "@runwire/react";
import { GRAPHS, type GraphId, type Values } from "./graphs";
import { InterruptBox, StoredAnswer } from "./Interrupt";
import { MessageList } from "./MessageList";

interface ChatProps {
  client: Client<Values>;
  graph: GraphId;
  threadId: string | null;
  onThreadId: (threadId: string) => void;
}

export function Chat({ client, graph, threadId, onThreadId }: ChatProps) {
  // Loads `threadId` on mount and when it changes; a new thread is created by the first submit.
  const store = useChatStore<Values>({
    client,
    assistantId: graph,
    threadId,
    onThreadId,
    // A reload mid-reply picks the run up after the last event it showed (kept in
    // sessionStorage), rather than replaying it from the start: no token lost or doubled.
    reconnectOnMount: true,
  });
  return (
    <>
      <MessageList store={store} />
      {graph === "hitl" && <StoredAnswer store={store} />}
      <InterruptBox store={store} />
      <Status store={store} />
      <Composer store={store} graph={graph} />
    </>
  );
}

function Composer({ store, graph }: { store: ChatStore<Values>; graph: GraphId }) {
  const isLoading = useIsLoading(store);
  // A form action: React passes the form's data, then resets the form. The run is not awaited:
  // the store reports its progress (isLoading, error) to the components that show it.
  const send = (form: FormData) => {
    const text = String(form.get("text") ?? "").trim();
    if (text !== "") void GRAPHS[graph].send(store, text);
  };
  return (
    <form action={send}>
      <input id="text" name="text" aria-label="Message" defaultValue={GRAPHS[graph].example} />
      <button id="send" type="submit" disabled={isLoading}>
        Send
      </button>
      {/* Stop cancels the run; the text streamed so far stays, and no interrupt is shown. */}
      <button id="stop" type="button" disabled={!isLoading} onClick={() => void store.stop()}>
        Stop
      </button>
    </form>
  );
}

type StatusWord = "loading" | "streaming" | "error" | "interrupted" | "idle";

/** One word for the state, so this line re-renders when the word changes, not per token. */
function statusOf(snapshot: ChatSnapshot<Values>): StatusWord {
  if (snapshot.isThreadLoading) return "loading";
  if (snapshot.isLoading) return "streaming";
  if (snapshot.error !== undefined) return "error";
  if (snapshot.interrupts.length > 0) return "interrupted";
  return "idle";
}

function Status({ store }: { store: ChatStore<Values> }) {
  const status = useChatSelector(store, statusOf);
  const error = useChatSelector(store, (snapshot) => snapshot.error);
  return (
    <p id="status" className="status" data-status={status}>
      {status === "error" ? describe(error) : status}
    </p>
  );
}

/** An error as runwire typed it: class name and message. */
function describe(error: unknown): string {
  if (RunwireError.isInstance(error)) return `${error.name}: ${error.message}`;
  return String(error);
}
