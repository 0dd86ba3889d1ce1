// One client in its own process: streams from the bench server and prints one JSON line with
// what it measured (event count, time, CPU, peak RSS, heap samples).
//   node [--expose-gc] src/client-child.mjs <runwire|sdk|floor> <apiUrl> <one|memory|many> [streams]
//
// Every client does the same per event: JSON.parse of the data (runwire and the SDK do it
// themselves) and a look at the parsed value, so nothing is optimized away.

const [client = "runwire", apiUrl = "", scenario = "one", streamsArg = "200"] =
  process.argv.slice(2);
const started = performance.now();
const cpuStart = process.cpuUsage();
const STREAM_OPTIONS = {
  input: { messages: [{ type: "human", content: "Tell me about tides, at length." }] },
  streamMode: ["messages-tuple", "updates", "values"],
};

// Retained heap, sampled every SAMPLE_EVERY events in the memory scenario (after a full GC).
const SAMPLE_EVERY = 100_000;
const heapSamples = [];
let total = 0;
let touched = 0;

function onPart(data) {
  total += 1;
  if (data !== null && typeof data === "object") touched += 1;
  if (scenario === "memory" && total % SAMPLE_EVERY === 0) {
    globalThis.gc?.();
    heapSamples.push({ events: total, heapUsed: process.memoryUsage().heapUsed });
  }
}

/** Streams one run to its end with the chosen client; `open` is set up once per process. */
async function setUp() {
  if (client === "runwire") {
    const { createClient } = await import("@runwire/node");
    const runwire = createClient({ apiUrl, apiKey: null, maxRetries: 0 });
    return {
      async stream() {
        for await (const part of runwire.runs.stream(null, "agent", STREAM_OPTIONS)) {
          onPart(part.data);
        }
      },
      close: () => runwire.close(),
    };
  }
  if (client === "sdk") {
    const { Client } = await import("@langchain/langgraph-sdk");
    const sdk = new Client({ apiUrl, apiKey: null });
    return {
      async stream() {
        for await (const part of sdk.runs.stream(null, "agent", STREAM_OPTIONS)) {
          onPart(part.data);
        }
      },
      close: async () => {},
    };
  }
  if (client === "floor") {
    const { Agent, request } = await import("undici");
    const { createFloorSplitter } = await import("./floor.mjs");
    const dispatcher = new Agent({ headersTimeout: 0, bodyTimeout: 0 });
    const body = JSON.stringify({ assistant_id: "agent", ...STREAM_OPTIONS });
    return {
      async stream() {
        const response = await request(`${apiUrl}/runs/stream`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "text/event-stream" },
          body,
          dispatcher,
        });
        if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`);
        const floor = createFloorSplitter((data) => onPart(JSON.parse(data)));
        for await (const chunk of response.body) floor.feed(chunk);
        floor.end();
      },
      close: () => dispatcher.close(),
    };
  }
  throw new Error(`unknown client ${client}`);
}

const setup = await setUp();
const imported = performance.now();
if (scenario === "memory") {
  globalThis.gc?.();
  heapSamples.push({ events: 0, heapUsed: process.memoryUsage().heapUsed });
}
const streamStart = performance.now();
if (scenario === "many") {
  const count = Number(streamsArg);
  await Promise.all(Array.from({ length: count }, () => setup.stream()));
} else {
  await setup.stream();
}
const streamMs = performance.now() - streamStart;
await setup.close();
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(
  `${JSON.stringify({
    client,
    scenario,
    events: total,
    touched,
    importMs: imported - started,
    streamMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapSamples,
  })}\n`,
);
