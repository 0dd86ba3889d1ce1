// The graphs the picker offers (the repo's demo graphs in tools/langgraph-server/graphs) and what
// the input box sends to each. Replace them with your assistants.
import type { ChatStore, Message } from "@runwire/react";

/** The state of the graphs below: messages for the chat graphs, a question and answer for hitl. */
export interface Values {
  messages?: Message[];
  question?: string;
  answer?: string | null;
}

interface Graph {
  label: string;
  /** What the input box starts with. */
  example: string;
  /** Starts a run with the text typed; resolves when its stream ends. */
  send(store: ChatStore<Values>, text: string): Promise<void>;
}

/** Sends a human message, shown at once (optimistically) rather than when the run's state comes. */
function sendMessage(store: ChatStore<Values>, text: string): Promise<void> {
  // The id is made here so the optimistic message and the one the server stores are the same
  // message (and the same list row): nothing flickers when the run's state replaces it.
  const message: Message = { id: crypto.randomUUID(), type: "human", content: text };
  return store.submit(
    { messages: [message] },
    { optimisticValues: (values) => ({ messages: [...(values.messages ?? []), message] }) },
  );
}

export const GRAPHS = {
  story: {
    label: "story: a long reply, token by token",
    example: "Why are there tides?",
    send: sendMessage,
  },
  chat: { label: "chat: a short reply", example: "Why are there tides?", send: sendMessage },
  hitl: {
    label: "hitl: pauses with interrupt() for your answer",
    example: "Deploy to production?",
    // This graph asks the question back with interrupt() and stores the answer it resumes with.
    send: (store, text) => store.submit({ question: text }),
  },
} satisfies Record<string, Graph>;

export type GraphId = keyof typeof GRAPHS;
export const GRAPH_IDS = Object.keys(GRAPHS) as GraphId[];
