// A deterministic, realistic runs SSE corpus: what the LangGraph server sends for
// `streamMode: ["messages-tuple", "updates", "values"]` on a long agent conversation.
//
// One `metadata` event, then turns. Each turn: an AI message streamed token by token as
// `messages` events (the message-tuple chunk and its metadata, as LangGraph sends them), an
// `updates` event with the whole AI message, sometimes a tool call answered by a `tools` update,
// and a `values` event carrying the whole state: a message list that grows turn after turn, so
// the last `values` events are hundreds of KB, spanning many chunks. Tokens include multi-byte
// characters and characters JSON must escape. Every event has a numeric `id`.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const CHUNK_BYTES = 16 * 1024;
export const CORPUS_EVENTS = 100_000;
const CACHE = join(dirname(fileURLToPath(import.meta.url)), "..", ".cache");
const VERSION = 1;

/** mulberry32: a small seeded PRNG, so every run and every machine gets the same corpus. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "the tide rises and falls twice a day because the moon pulls on the ocean while earth turns " +
  "beneath it spring tides come when sun and moon align neap tides when they stand at right angles " +
  "coastal engineers model harmonic constituents to predict water levels for harbours and estuaries"
).split(" ");
const ODD = [
  " café",
  " naïve",
  " 🌊",
  " 潮汐",
  " “quoted”",
  ' "raw"',
  "\n\n",
  " \\path",
  " \t",
  " €",
];

function uuid(rand) {
  const hex = () =>
    Math.floor(rand() * 0x10000)
      .toString(16)
      .padStart(4, "0");
  return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-a${hex().slice(1)}-${hex()}${hex()}${hex()}`;
}

/**
 * Builds a corpus of `events` events (the metadata event included), deterministic for a seed.
 * Returns the whole body as one Buffer, plus the byte offset where each event ends.
 */
export function buildCorpus(events = CORPUS_EVENTS, seed = 42) {
  const rand = prng(seed);
  const runId = uuid(rand);
  const parts = [];
  const ends = [];
  let bytes = 0;
  let id = 0;
  const emit = (event, data) => {
    const block = `event: ${event}\ndata: ${JSON.stringify(data)}\nid: ${id}\n\n`;
    id += 1;
    const buffer = Buffer.from(block, "utf8");
    parts.push(buffer);
    bytes += buffer.length;
    ends.push(bytes);
  };

  emit("metadata", { run_id: runId, attempt: 1 });
  const messages = [
    { content: "Tell me about tides, at length.", type: "human", id: uuid(rand), name: null },
  ];
  let step = 1;
  let turn = 0;
  while (id < events) {
    turn += 1;
    step += 1;
    const messageId = `run-${uuid(rand)}`;
    const nodeNs = `agent:${uuid(rand)}`;
    const metadata = {
      langgraph_step: step,
      langgraph_node: "agent",
      langgraph_triggers: ["branch:to:agent"],
      langgraph_path: ["__pregel_pull", "agent"],
      langgraph_checkpoint_ns: nodeNs,
      ls_provider: "openai",
      ls_model_name: "gpt-4o-mini",
    };
    // 2,000 to 4,000 tokens a turn, but never past the requested event count.
    const tokens = Math.min(2000 + Math.floor(rand() * 2000), events - id - 3);
    let content = "";
    for (let t = 0; t < tokens; t += 1) {
      const token =
        rand() < 0.02
          ? (ODD[Math.floor(rand() * ODD.length)] ?? " ")
          : ` ${WORDS[Math.floor(rand() * WORDS.length)]}`;
      content += token;
      emit("messages", [
        {
          content: token,
          additional_kwargs: {},
          response_metadata: {},
          type: "AIMessageChunk",
          name: null,
          id: messageId,
          tool_calls: [],
          tool_call_chunks: [],
        },
        metadata,
      ]);
    }
    if (id >= events) break;
    const useTool = turn % 3 === 0;
    const aiMessage = {
      content,
      additional_kwargs: {},
      response_metadata: {
        finish_reason: useTool ? "tool_calls" : "stop",
        model_name: "gpt-4o-mini",
      },
      type: "ai",
      name: null,
      id: messageId,
      tool_calls: useTool
        ? [
            {
              name: "tide_table",
              args: { harbour: "Brest", days: 3 },
              id: `call_${turn}`,
              type: "tool_call",
            },
          ]
        : [],
      invalid_tool_calls: [],
      usage_metadata: {
        input_tokens: 40 * turn,
        output_tokens: tokens,
        total_tokens: 40 * turn + tokens,
      },
    };
    messages.push(aiMessage);
    emit("updates", { agent: { messages: [aiMessage] } });
    if (id >= events) break;
    if (useTool && id < events - 1) {
      const toolMessage = {
        content: JSON.stringify({
          harbour: "Brest",
          highs: ["06:12", "18:31"],
          lows: ["00:04", "12:20"],
        }),
        type: "tool",
        name: "tide_table",
        id: uuid(rand),
        tool_call_id: `call_${turn}`,
        status: "success",
      };
      messages.push(toolMessage);
      emit("updates", { tools: { messages: [toolMessage] } });
    }
    if (id >= events) break;
    emit("values", { messages });
  }
  return { body: Buffer.concat(parts, bytes), ends, events: ends.length };
}

/** The corpus, cached on disk between runs (it takes a few seconds to build). */
export function loadCorpus() {
  const file = join(CACHE, `corpus-v${VERSION}-${CORPUS_EVENTS}.sse`);
  const index = `${file}.ends`;
  if (existsSync(file) && existsSync(index)) {
    const body = readFileSync(file);
    const ends = Array.from(new Float64Array(readFileSync(index).buffer.slice(0)));
    return { body, ends, events: ends.length, file };
  }
  const corpus = buildCorpus();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, corpus.body);
  writeFileSync(index, Buffer.from(new Float64Array(corpus.ends).buffer));
  return { ...corpus, file };
}

/** Views of `body` of `size` bytes (the last one shorter): how the decode benchmark feeds it. */
export function chunksOf(body, size = CHUNK_BYTES) {
  const chunks = [];
  for (let at = 0; at < body.length; at += size) {
    chunks.push(
      new Uint8Array(body.buffer, body.byteOffset + at, Math.min(size, body.length - at)),
    );
  }
  return chunks;
}

export { CACHE };
