// What a stream's end costs after its last byte (docs/reliability.md, "The end-of-stream check"):
// a local server that answers every request 20 ms late (a round trip to a distant backend)
// streams a threaded run's events with no `end` event, as LangGraph does, with its
// `Content-Location` and no `Location`; the time from the last byte written to the end of the
// client's `for await` loop is measured for:
//   - runwire's default: a run that keeps no events cannot be resumed, so it is not checked;
//   - runwire with `streamResumable: true`: one status GET (the status route answers 200);
//   - the same with a status route that answers 404 (a backend-for-frontend exposing only the
//     stream route): one attempt, then the end;
//   - the official SDK's `client.runs.stream` (it checks a run's status only after a `Location`).
// Each case streams its own thread, so the server counts each case's requests. The cases take
// turns run by run (the order rotating). Server and clients share the process and its clock.
//   node src/end-check.mjs [runs] [--json]   (build first: pnpm turbo run build --filter=@runwire/node...)
// `pnpm bench` runs it as its `endcheck` section (with --json: one JSON line).

import { createServer } from "node:http";
import { Client } from "@langchain/langgraph-sdk";
import { createClient } from "@runwire/node";

const args = process.argv.slice(2);
const JSON_OUT = args.includes("--json");
const RUNS = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 40);
const DELAY_MS = 20;
const EVENTS = 50;
const WARMUP = 5;

let lastByteAt = 0;
const requests = new Map();
const frames = Array.from(
  { length: EVENTS },
  (_, index) => `event: values\ndata: {"step":${index}}\nid: ${index}\n\n`,
).join("");

const server = createServer((req, res) => {
  req.resume();
  const thread = /^\/threads\/([^/]+)\//.exec(req.url ?? "")?.[1] ?? "";
  requests.set(thread, (requests.get(thread) ?? 0) + 1);
  setTimeout(() => {
    if (req.method === "POST") {
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "content-location": `/threads/${thread}/runs/r1`,
      });
      res.end(frames, () => {
        lastByteAt = performance.now();
      });
      return;
    }
    const found = thread !== "status-404";
    res.writeHead(found ? 200 : 404, { "content-type": "application/json" });
    res.end(found ? '{"run_id":"r1","status":"success"}' : '{"detail":"Not Found"}');
  }, DELAY_MS);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const apiUrl = `http://127.0.0.1:${server.address().port}`;
const runwire = createClient({ apiUrl, apiKey: null });
const sdk = new Client({ apiUrl, apiKey: null });

const CASES = [
  {
    id: "runwire-default",
    label: "runwire, default (a run that keeps no events: no check)",
    thread: "default",
    stream: (thread) => runwire.runs.stream(thread, "agent", {}),
  },
  {
    id: "runwire-resumable",
    label: "runwire, `streamResumable: true` (one status GET, 200)",
    thread: "resumable",
    stream: (thread) => runwire.runs.stream(thread, "agent", { streamResumable: true }),
  },
  {
    id: "runwire-resumable-404",
    label: "runwire, `streamResumable: true`, status route answers 404 (one attempt)",
    thread: "status-404",
    stream: (thread) => runwire.runs.stream(thread, "agent", { streamResumable: true }),
  },
  {
    id: "sdk",
    label: "official SDK, `client.runs.stream`",
    thread: "sdk",
    stream: (thread) => sdk.runs.stream(thread, "agent", {}),
  },
];

/** One stream of `c` to its end: the milliseconds from the server's last byte to the loop's end. */
async function once(c) {
  let count = 0;
  for await (const _part of c.stream(c.thread)) count += 1;
  const ms = performance.now() - lastByteAt;
  if (count !== EVENTS) throw new Error(`${c.id}: expected ${EVENTS} events, got ${count}`);
  return ms;
}

// Warm-up: connections, JIT (the official SDK's first few streams end several ms later than
// its later ones).
for (let run = 0; run < WARMUP; run += 1) for (const c of CASES) await once(c);
requests.clear();
const samples = new Map(CASES.map((c) => [c.id, []]));
for (let run = 0; run < RUNS; run += 1) {
  for (let i = 0; i < CASES.length; i += 1) {
    const c = CASES[(i + run) % CASES.length];
    samples.get(c.id).push(await once(c));
  }
}
await runwire.close();
server.close();

const rows = CASES.map((c) => {
  const sorted = [...samples.get(c.id)].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    id: c.id,
    label: c.label,
    medianMs: at(0.5),
    p90Ms: at(0.9),
    requestsPerStream: (requests.get(c.thread) ?? 0) / RUNS,
    samples: samples.get(c.id),
  };
});
if (JSON_OUT) {
  process.stdout.write(
    `${JSON.stringify({ delayMs: DELAY_MS, events: EVENTS, runs: RUNS, warmup: WARMUP, cases: rows })}\n`,
  );
} else {
  console.log(
    `last byte → end of loop, ms (server adds ${DELAY_MS} ms per request, ${EVENTS} events, ${RUNS} runs each)`,
  );
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(74)} median ${row.medianMs.toFixed(1)}  p90 ${row.p90Ms.toFixed(1)}  requests ${row.requestsPerStream}`,
    );
  }
}
