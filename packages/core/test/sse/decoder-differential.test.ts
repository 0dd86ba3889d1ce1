/**
 * The decoder against the reference (the previous decoder, on a streaming TextDecoder): the same
 * events, comments, retries, errors and `end()` results, chunk by chunk, on random byte soups
 * (every field, CR/LF/CRLF, BOMs, NULs, multi-byte, cut and invalid UTF-8) and on a runs-like
 * stream, each cut at random, with size limits, throwing callbacks, `end()` and `reset()`.
 */
import { describe, expect, it } from "vitest";
import { createSseDecoder, type SseDecoder, type SseDecoderOptions } from "../../src/sse";
import { encoder } from "./helpers";
import { createReferenceSseDecoder } from "./reference-decoder";

/** mulberry32: a seeded PRNG, so a failure names a case that can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXT = [
  "event",
  "data",
  "id",
  "retry",
  "ev",
  "dat",
  ":",
  ": ",
  " ",
  "\n",
  "\r",
  "\r\n",
  "\n\n",
  "\0",
  "\uFEFF",
  "x",
  "123",
  "values",
  '{"a":[1,"é"]}',
  "é",
  "€",
  "🌊",
  "潮汐",
  "\u2028",
];
// Byte sequences text cannot hold: a BOM, characters cut short, bytes that start nothing,
// overlongs, surrogates, code points past U+10FFFF, and WHATWG's boundary cases.
const RAW = [
  [0xef, 0xbb, 0xbf],
  [0xc3],
  [0xe2],
  [0xe2, 0x82],
  [0xf0],
  [0xf0, 0x9f],
  [0xf0, 0x9f, 0x8c],
  [0x80],
  [0xbf, 0xbf],
  [0xc0, 0x80],
  [0xc1],
  [0xe0, 0x80],
  [0xe0, 0xa0],
  [0xed, 0xa0, 0x80],
  [0xed, 0x9f],
  [0xf0, 0x8f],
  [0xf4, 0x8f],
  [0xf4, 0x90, 0x80],
  [0xf5],
  [0xff],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
];

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

function soup(rand: () => number): Uint8Array {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  // Mostly short, sometimes long enough to be fed in chunks of tens of KiB.
  const pieces = 1 + Math.floor(rand() * (rand() < 0.1 ? 20_000 : 200));
  const parts: Uint8Array[] = [];
  if (rand() < 0.2) parts.push(new Uint8Array([0xef, 0xbb, 0xbf]));
  for (let i = 0; i < pieces; i += 1) {
    parts.push(rand() < 0.15 ? new Uint8Array(pick(RAW)) : encoder.encode(pick(TEXT)));
  }
  return concat(parts);
}

/** What a runs stream looks like: small token events, then large values events. */
function runsLike(rand: () => number, lineEnd: string): Uint8Array {
  const blocks: string[] = [];
  let id = 0;
  let content = "";
  for (let turn = 0; turn < 4; turn += 1) {
    for (let t = 0; t < 150; t += 1) {
      const token = rand() < 0.1 ? " 潮汐 🌊 “é”" : " tide";
      content += token;
      const data = JSON.stringify([{ content: token, type: "AIMessageChunk" }, { step: turn }]);
      blocks.push(`event: messages${lineEnd}data: ${data}${lineEnd}id: ${id++}${lineEnd}`);
    }
    // Grows turn after turn, to hundreds of KiB: spans many chunks and decode pieces.
    const data = JSON.stringify({
      messages: Array.from({ length: 40 * (turn + 1) }, () => content),
    });
    blocks.push(`event: values${lineEnd}data: ${data}${lineEnd}id: ${id++}${lineEnd}`);
  }
  return encoder.encode(blocks.join(lineEnd));
}

/**
 * Cuts `bytes` at random: tiny, small or large pieces (up to `sizes[0..3]` bytes), with empty
 * chunks now and then.
 */
function chunking(rand: () => number, bytes: Uint8Array, sizes: number[]): Uint8Array[] {
  const mode = rand();
  const max = sizes[mode < 0.3 ? 0 : mode < 0.7 ? 1 : mode < 0.9 ? 2 : 3] as number;
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.byteLength; ) {
    const size = 1 + Math.floor(rand() * max);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
    if (rand() < 0.05) chunks.push(new Uint8Array(0));
  }
  return chunks;
}

interface Case {
  chunks: Uint8Array[];
  maxEventLength: number | undefined;
  /** The onEvent call that throws (1-based), or 0 for none. */
  throwAt: number;
  /** How the first stream ends. */
  finish: "end" | "reset";
}

/** Everything the decoder reports, and everything it throws, in order, one JSON line each. */
function transcript(create: (options: SseDecoderOptions) => SseDecoder, c: Case): string[] {
  const entries: unknown[] = [];
  const log = { push: (entry: unknown) => entries.push(JSON.stringify(entry)) };
  let events = 0;
  const decoder = create({
    onEvent: (event) => {
      log.push(["event", event.event, event.data, event.id]);
      events += 1;
      if (events === c.throwAt) throw new Error("callback");
    },
    onComment: (comment) => log.push(["comment", comment]),
    onRetry: (ms) => log.push(["retry", ms]),
    maxEventLength: c.maxEventLength,
  });
  const attempt = (what: string, call: () => unknown) => {
    try {
      log.push([what, call()]);
    } catch (error) {
      const { name, message } = error as Error;
      log.push([`${what} threw`, name, message, (error as { event?: unknown }).event]);
    }
  };
  for (const chunk of c.chunks) attempt("feed", () => decoder.feed(chunk));
  if (c.finish === "end") attempt("end", () => decoder.end());
  else decoder.reset();
  // The same decoder on a second stream: nothing of the first may leak into it.
  for (const chunk of c.chunks.slice(0, 4)) attempt("feed 2", () => decoder.feed(chunk));
  attempt("end 2", () => decoder.end());
  return entries as string[];
}

/** Compares two transcripts; on a difference, shows the first entry that differs. */
function expectSame(actual: string[], expected: string[], label: string): void {
  const at = actual.findIndex((entry, i) => entry !== expected[i]);
  const first = at === -1 ? actual.length : at;
  expect(actual[first], `${label}, entry ${first}`).toBe(expected[first]);
  expect(actual.length, label).toBe(expected.length);
}

function randomCase(rand: () => number, bytes: Uint8Array, sizes: number[]): Case {
  const limit = rand();
  return {
    chunks: chunking(rand, bytes, sizes),
    maxEventLength:
      limit < 0.15 ? Math.floor(rand() * 40) : limit < 0.3 ? Math.floor(rand() * 5000) : undefined,
    throwAt: rand() < 0.2 ? 1 + Math.floor(rand() * 5) : 0,
    finish: rand() < 0.8 ? "end" : "reset",
  };
}

describe("the decoder against the reference decoder", () => {
  it("matches on random byte soups, cut at random", () => {
    for (let seed = 1; seed <= 600; seed += 1) {
      const rand = prng(seed);
      const c = randomCase(rand, soup(rand), [4, 64, 20_000, 100_000]);
      expectSame(
        transcript(createSseDecoder, c),
        transcript(createReferenceSseDecoder, c),
        `seed ${seed}`,
      );
    }
  });

  it("matches on a runs-like stream (LF, CRLF, CR), cut at random", () => {
    let events = 0;
    for (let seed = 1; seed <= 24; seed += 1) {
      const rand = prng(seed);
      const bytes = runsLike(rand, ["\n", "\r\n", "\r"][seed % 3] as string);
      // Chunks of a few bytes are left to the soups: here they would take seconds.
      const c = { ...randomCase(rand, bytes, [64, 512, 20_000, 100_000]), throwAt: 0 };
      const expected = transcript(createReferenceSseDecoder, c);
      expectSame(transcript(createSseDecoder, c), expected, `seed ${seed}`);
      events += expected.filter((entry) => entry.startsWith('["event"')).length;
    }
    // Not vacuous: the streams were decoded (604 events each, fewer where a limit cut one off).
    expect(events).toBeGreaterThan(5_000);
  });

  it("matches on chunks much larger than a decode piece, with characters cut at every offset", () => {
    // The decoder decodes a large chunk in pieces; wherever a piece ends, no character is cut.
    for (const char of ["é", "€", "🌊"]) {
      for (let pad = 0; pad < 4; pad += 1) {
        const value = `${"x".repeat(pad)}${char.repeat(70_000)}`;
        const body = encoder.encode(`data: ${value}\nid: 1\n\n`);
        const c: Case = { chunks: [body], maxEventLength: undefined, throwAt: 0, finish: "end" };
        const expected = transcript(createReferenceSseDecoder, c);
        expect(expected[0]).toBe(JSON.stringify(["event", "", value, "1"]));
        expectSame(transcript(createSseDecoder, c), expected, `${char} after ${pad}`);
      }
    }
  });
});
