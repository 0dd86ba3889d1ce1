import type { SseEvent } from "../../src/sse";

/**
 * A realistic LangGraph run stream, generated because the reference fixture
 * (`tests/fixtures/response.txt`) is not available. It mirrors docs/spec/runs.md §6.B case 13: 79 events,
 * 1 `metadata`, 3 `messages/metadata`, 52 `messages/partial`, 11 `debug` and 12
 * `debug|conduct_research:…`, with ids on every event after the first, `: heartbeat` comments,
 * and é / 😀 / U+2028 inside the data. Text only; callers encode it (and change line endings).
 */
export interface RunStream {
  /** The wire text with "\n" line endings. */
  text: string;
  /** The events the stream holds, built from the model rather than by decoding `text`. */
  events: SseEvent[];
  /** How many comment lines the text holds. */
  comments: number;
}

export const RUN_ID = "01994ed8-29c4-7108-93d4-d649c7a9e370";
export const SUBGRAPH = "debug|conduct_research:112ad8d7-bbc3-68b9-5d81-cead45ae71fb";

const WORDS = [
  "Le",
  "café",
  "est",
  "prêt",
  "😀",
  "naïve",
  "résumé",
  "and",
  "the",
  "ünïcödé",
  "—",
  "日本",
];

export function buildRunStream(): RunStream {
  const blocks: string[] = [];
  const events: SseEvent[] = [];
  let comments = 0;
  let clock = 1758109283000;

  const push = (event: string, payload: unknown, withId: boolean): void => {
    const data = JSON.stringify(payload);
    const id = withId ? `${clock++}-0` : undefined;
    blocks.push(`${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${data}\n\n`);
    events.push({ event, data, id });
  };
  const heartbeat = (): void => {
    blocks.push(": heartbeat\n\n");
    comments += 1;
  };

  push("metadata", { run_id: RUN_ID, attempt: 1 }, false);
  let partials = 0;
  let subgraphs = 0;
  let debugs = 0;
  for (let message = 0; message < 3; message++) {
    const messageId = `run--${RUN_ID}-${message}`;
    push(
      "messages/metadata",
      { [messageId]: { metadata: { langgraph_node: "agent", langgraph_step: message + 1 } } },
      true,
    );
    let content = "";
    for (let i = 0; i < (message === 2 ? 16 : 18); i++) {
      content += `${WORDS[(i * 7 + message) % WORDS.length]} `;
      if (i === 5) content += "\u2028";
      push(
        "messages/partial",
        [{ id: messageId, type: "AIMessageChunk", content, tool_calls: [] }],
        true,
      );
      partials += 1;
      if (partials % 13 === 0) heartbeat();
      if (subgraphs < 12 && i % 4 === 1) {
        push(
          SUBGRAPH,
          {
            type: "task",
            step: subgraphs,
            payload: { name: "researcher", input: { query: `q${subgraphs} — é` } },
          },
          true,
        );
        subgraphs += 1;
      }
    }
    for (let i = 0; i < (message === 2 ? 5 : 3); i++) {
      const step = debugs === 10 ? 3 : debugs % 4;
      // Checkpoints carry the whole state, so some lines are long and cross many chunks.
      const values = {
        messages: Array.from({ length: 20 }, (_, k) => ({
          role: "ai",
          content: `${content} ${k}`,
        })),
      };
      push(
        "debug",
        { type: debugs === 10 ? "checkpoint" : "task_result", step, payload: { values } },
        true,
      );
      debugs += 1;
    }
  }
  return { text: blocks.join(""), events, comments };
}
