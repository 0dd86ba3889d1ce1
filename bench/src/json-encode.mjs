// The request-body encoder against plain JSON.stringify on a ~570 KB chat body (issue 13): what a
// clean body pays for runwire's refusal of values JSON cannot carry. Run: node src/json-encode.mjs
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const source = fileURLToPath(new URL("../../packages/core/src/http/json.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "runwire-json-"));
const outfile = join(dir, "json.mjs");
await build({ entryPoints: [source], bundle: true, format: "esm", platform: "node", outfile });
const { encodeJsonBody } = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true });

// A long agent conversation as a runs.stream body: human and AI turns, tool calls, tool results,
// metadata, a Date in the config's configurable, as a chat frontend sends it back.
function body() {
  const words = "the quick brown fox jumps over the lazy dog while the tide comes in é 😀".split(
    " ",
  );
  const text = (n, seed) =>
    Array.from({ length: n }, (_, i) => words[(i * 7 + seed) % words.length]).join(" ");
  const messages = [];
  for (let turn = 0; turn < 260; turn += 1) {
    messages.push({
      type: "human",
      id: `h-${turn}`,
      content: text(60, turn),
      additional_kwargs: {},
    });
    messages.push({
      type: "ai",
      id: `ai-${turn}`,
      content: [{ type: "text", text: text(280, turn + 1) }],
      tool_calls: [
        { id: `call-${turn}`, name: "search", args: { query: text(6, turn), k: 5, strict: true } },
      ],
      response_metadata: {
        model_name: "gpt-x",
        finish_reason: "tool_calls",
        usage: { input_tokens: 1200 + turn, output_tokens: 300, total_tokens: 1500 + turn },
      },
      additional_kwargs: {},
    });
    messages.push({
      type: "tool",
      id: `t-${turn}`,
      tool_call_id: `call-${turn}`,
      name: "search",
      content: text(40, turn + 2),
      status: "success",
      artifact: null,
    });
  }
  return {
    input: { messages },
    config: {
      tags: ["chat"],
      recursion_limit: 50,
      configurable: { user_id: "u-1", started: new Date(0) },
    },
    metadata: { source: "bench", attempt: 1 },
    stream_mode: ["values", "messages-tuple"],
    assistant_id: "agent",
  };
}

// The worst case for a walk: as many small values as fit in the same size (a table of records).
function smallValues() {
  const rows = [];
  for (let i = 0; i < 9_000; i += 1) {
    rows.push({ id: i, score: i * 0.5, ok: i % 2 === 0, tag: `t${i}`, at: null, tags: ["a", "b"] });
  }
  return { input: { rows }, assistant_id: "agent" };
}

function compare(name, value) {
  const plain = JSON.stringify(value);
  if (encodeJsonBody(value) !== plain) throw new Error("encoders disagree");
  // Interleaved rounds, median of each: the machine is shared, so one long run of each would drift.
  const plainMs = [];
  const encodeMs = [];
  for (let round = 0; round < 7; round += 1) {
    plainMs.push(time(() => JSON.stringify(value), 15));
    encodeMs.push(time(() => encodeJsonBody(value), 15));
  }
  const p = median(plainMs);
  const e = median(encodeMs);
  console.log(
    `${name}, ${(plain.length / 1024).toFixed(0)} KiB: JSON.stringify ${p.toFixed(3)} ms, encodeJsonBody ${e.toFixed(3)} ms, ratio ${(e / p).toFixed(2)}x`,
  );
}

function time(fn, rounds) {
  for (let i = 0; i < 50; i += 1) fn();
  const samples = [];
  for (let r = 0; r < rounds; r += 1) {
    const start = performance.now();
    for (let i = 0; i < 20; i += 1) fn();
    samples.push((performance.now() - start) / 20);
  }
  return median(samples);
}

function median(list) {
  return [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
}

compare("chat body", body());
compare("small values", smallValues());
