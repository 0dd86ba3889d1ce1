// A scripted LangGraph server for the store's unit tests, over the in-memory transport (runwire's
// own Transport contract, not a mock of fetch): the thread, run and event shapes the real server
// sends, and a way to hold a response open until the test lets it go.
import { createClient, type Transport } from "@runwire/core";
import type { Message } from "../../src/index";

export const THREAD = "00000000-0000-4000-8000-000000000001";
export const RUN = "00000000-0000-4000-8000-000000000002";

/** One SSE event as the server writes it. */
export const event = (id: number, name: string, data: unknown): string =>
  `id: ${id}\nevent: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

/** A `messages-tuple` event's data: one chunk of AI message `id`. */
export const chunk = (id: string, content: string) => [
  { type: "AIMessageChunk", id, content },
  { langgraph_node: "agent" },
];

/** A thread's state as `GET /threads/{id}/state` returns it. */
export function threadState(
  values: Record<string, unknown>,
  tasks: { id: string; name: string; interrupts: unknown[] }[] = [],
) {
  return {
    values,
    next: tasks.map((task) => task.name),
    tasks: tasks.map((task) => ({ ...task, checkpoint: null, state: null })),
    checkpoint: { thread_id: THREAD, checkpoint_ns: "", checkpoint_id: "c1" },
    metadata: {},
    created_at: "2025-01-01T00:00:00Z",
    parent_checkpoint: null,
    interrupts: tasks.flatMap((task) => task.interrupts),
  };
}

export const human: Message = { type: "human", id: "h1", content: "Why are there tides?" };

/** A promise and the function that resolves it. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** A client on the scripted server. */
export const scriptedClient = (transport: Transport) =>
  createClient({ apiUrl: "http://server.test", transport });
