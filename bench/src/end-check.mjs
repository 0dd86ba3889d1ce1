// What the end-of-stream status check costs (docs/reliability.md, "The end-of-stream check"): a
// local server that answers every request 20 ms late (a network round trip to a distant backend)
// streams a threaded run's events with no `end` event, as LangGraph does; the time from the last
// byte written to the end of the client's `for await` loop is measured with and without the
// check, and with a status route that answers 404 (a backend-for-frontend with only the stream
// route). Server and client share the process and its clock.
//   node src/end-check.mjs [runs]   (build first: pnpm turbo run build --filter=@runwire/node...)

import { createServer } from "node:http";
import { createClient } from "@runwire/node";

const RUNS = Number(process.argv[2] ?? 40);
const DELAY_MS = 20;
const EVENTS = 50;

let lastByteAt = 0;
let statusRoute = 200;
const frames = Array.from(
  { length: EVENTS },
  (_, index) => `event: values\ndata: {"step":${index}}\nid: ${index}\n\n`,
).join("");

const server = createServer((req, res) => {
  req.resume();
  setTimeout(() => {
    if (req.method === "POST") {
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "content-location": "/threads/t1/runs/r1",
      });
      res.end(frames, () => {
        lastByteAt = performance.now();
      });
      return;
    }
    res.writeHead(statusRoute, { "content-type": "application/json" });
    res.end(statusRoute === 200 ? '{"run_id":"r1","status":"success"}' : '{"detail":"Not Found"}');
  }, DELAY_MS);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const client = createClient({ apiUrl: `http://127.0.0.1:${server.address().port}`, apiKey: null });

async function measure(streamResumable) {
  const samples = [];
  for (let run = 0; run < RUNS; run += 1) {
    let count = 0;
    for await (const _part of client.runs.stream("t1", "agent", { streamResumable })) count += 1;
    if (count !== EVENTS) throw new Error(`expected ${EVENTS} events, got ${count}`);
    samples.push(performance.now() - lastByteAt);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { median: at(0.5).toFixed(1), p90: at(0.9).toFixed(1) };
}

await measure(false); // warm-up: connections, JIT
const rows = [
  ["no check (run keeps no events: the default)", await measure(false)],
  ["check, status route answers (streamResumable: true)", await measure(true)],
];
statusRoute = 404;
rows.push(["check, status route answers 404 (one attempt)", await measure(true)]);
console.log(`last byte → end of loop, ms (server adds ${DELAY_MS} ms per request, ${RUNS} runs)`);
for (const [name, { median, p90 }] of rows)
  console.log(`${name.padEnd(56)} median ${median}  p90 ${p90}`);
await client.close();
server.close();
