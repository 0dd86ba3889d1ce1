// Decode only: feeds the corpus in 16 KiB chunks to each decoder, without and with JSON.parse of
// each event's data, and prints the wall and process CPU time of each pass as one JSON line.
// The decoders take turns pass by pass (the order rotating each round), so a load that comes and
// goes on the machine falls on all of them alike.
//   node src/decode-child.mjs <warmup rounds> <timed rounds> [decoder…]

import { createSseDecoder } from "@runwire/core/internal";
import { createParser } from "eventsource-parser";
import { chunksOf, loadCorpus } from "./corpus.mjs";
import { createFloorSplitter } from "./floor.mjs";

const [warmupArg = "2", roundsArg = "7", ...names] = process.argv.slice(2);
const decoders = names.length > 0 ? names : ["floor", "runwire", "eventsource-parser"];
const corpus = loadCorpus();
const chunks = chunksOf(corpus.body);

let events = 0;
let sink = 0;

/** Feeds the whole corpus to decoder `name`, each event's data going to `onData`. */
function feedAll(name, onData) {
  if (name === "runwire") {
    const decoder = createSseDecoder({ onEvent: (event) => onData(event.data) });
    for (const chunk of chunks) decoder.feed(chunk);
    decoder.end();
  } else if (name === "eventsource-parser") {
    // eventsource-parser takes text: a streaming TextDecoder in front of it, as its docs show.
    const utf8 = new TextDecoder();
    const parser = createParser({ onEvent: (event) => onData(event.data) });
    for (const chunk of chunks) parser.feed(utf8.decode(chunk, { stream: true }));
    parser.feed(utf8.decode());
    parser.reset({ consume: true });
  } else if (name === "floor") {
    const floor = createFloorSplitter(onData);
    for (const chunk of chunks) floor.feed(chunk);
    floor.end();
  } else {
    throw new Error(`unknown decoder ${name}`);
  }
}

/** One pass over the corpus; returns its wall and CPU milliseconds. */
function pass(name, json) {
  events = 0;
  const onData = json
    ? (data) => {
        events += 1;
        sink += JSON.parse(data) === null ? 0 : 1;
      }
    : (data) => {
        events += 1;
        sink += data.length;
      };
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  feedAll(name, onData);
  const cpu = process.cpuUsage(cpuStart);
  const ms = performance.now() - start;
  if (events !== corpus.events) {
    throw new Error(`${name}: ${events} events, expected ${corpus.events}`);
  }
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const result = { bytes: corpus.body.length, events: corpus.events, decoders: {} };
for (const name of decoders) {
  result.decoders[name] = { raw: { wall: [], cpu: [] }, json: { wall: [], cpu: [] } };
}
for (const mode of ["raw", "json"]) {
  const rounds = Number(warmupArg) + Number(roundsArg);
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < decoders.length; i += 1) {
      const name = decoders[(i + round) % decoders.length];
      const { ms, cpuMs } = pass(name, mode === "json");
      if (round < Number(warmupArg)) continue;
      result.decoders[name][mode].wall.push(ms);
      result.decoders[name][mode].cpu.push(cpuMs);
    }
  }
}
result.sink = sink;
process.stdout.write(`${JSON.stringify(result)}\n`);
