/**
 * docs/spec/runs.md §6.B cases 11-14 on a generated run stream (see run-stream.ts): every way of cutting
 * the bytes and every line-ending style must give exactly the events of the one-chunk run.
 */
import { describe, expect, it } from "vitest";
import { SseDecoderStream, type SseEvent } from "../../src/sse";
import { chunksOf, type Decoded, decode, encoder, ev, splitAt } from "./helpers";
import { buildRunStream, RUN_ID, SUBGRAPH } from "./run-stream";

const stream = buildRunStream();
const lf = encoder.encode(stream.text);
const crlf = encoder.encode(stream.text.replaceAll("\n", "\r\n"));
const cr = encoder.encode(stream.text.replaceAll("\n", "\r"));
const whole = decode([lf]);

function expectSameAsWhole(out: Decoded): void {
  expect(out.events).toEqual(whole.events);
  expect(out.comments).toEqual(whole.comments);
}

describe("a generated run stream", () => {
  it("11/13: one chunk gives the 79 events of the model", () => {
    expect(whole.events).toEqual(stream.events);
    expect(whole.events).toHaveLength(79);
    const counts = new Map<string, number>();
    for (const { event } of whole.events) counts.set(event, (counts.get(event) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      metadata: 1,
      "messages/metadata": 3,
      "messages/partial": 52,
      debug: 11,
      [SUBGRAPH]: 12,
    });
    expect(whole.events[0]).toEqual(ev("metadata", JSON.stringify({ run_id: RUN_ID, attempt: 1 })));
    const last = whole.events.at(-1);
    expect(last?.event).toBe("debug");
    const payload = JSON.parse(last?.data ?? "") as { type: unknown; step: unknown };
    expect([payload.type, payload.step]).toEqual(["checkpoint", 3]);
    expect(whole.comments).toEqual(Array(stream.comments).fill("heartbeat"));
    expect(whole.comments).toHaveLength(4);
  });

  it("holds multi-byte characters and U+2028 inside data", () => {
    const text = whole.events.map((e) => e.data).join("");
    for (const s of ["é", "😀", "日本", "\u2028"]) expect(text).toContain(s);
  });

  it("12: one line per chunk", () => {
    const lines = stream.text.split(/(?<=\n)/).map((line) => encoder.encode(line));
    expect(lines.length).toBeGreaterThan(200);
    expectSameAsWhole(decode(lines));
  });

  it("one byte at a time", () => {
    expectSameAsWhole(decode(chunksOf(lf, 1)));
  });

  it("7-byte chunks", () => {
    expectSameAsWhole(decode(chunksOf(lf, 7)));
  });

  it("14: CRLF endings, as one chunk, in 7-byte chunks and one byte at a time", () => {
    expectSameAsWhole(decode([crlf]));
    expectSameAsWhole(decode(chunksOf(crlf, 7)));
    expectSameAsWhole(decode(chunksOf(crlf, 1)));
  });

  it("CR endings, as one chunk, in 7-byte chunks and one byte at a time", () => {
    expectSameAsWhole(decode([cr]));
    expectSameAsWhole(decode(chunksOf(cr, 7)));
    expectSameAsWhole(decode(chunksOf(cr, 1)));
  });

  it("chunks of pseudo-random sizes, with all three line endings", () => {
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (const body of [lf, crlf, cr]) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < body.length; ) {
        const size = 1 + Math.floor(random() ** 3 * 4096);
        chunks.push(body.subarray(i, i + size));
        i += size;
      }
      expectSameAsWhole(decode(chunks));
    }
  });

  it("a missing final blank line is made up for by end()", () => {
    const cut = encoder.encode(stream.text.slice(0, -1));
    expectSameAsWhole(decode([cut]));
    // Without end() the last event is not delivered.
    expect(decode([cut], { end: false }).events).toEqual(whole.events.slice(0, -1));
  });

  it("11: a further blank line after the end gives nothing", () => {
    expectSameAsWhole(decode([lf, "\n", "\n"]));
  });
});

describe("every split point of a small sample", () => {
  const sample = [
    ": heartbeat",
    "id: 1758109283000-0",
    "event: metadata",
    `data: {"run_id":"${RUN_ID}","attempt":1}`,
    "",
    "id: 1758109283001-0",
    "event: messages/partial",
    'data: [{"content":"café 😀 naïve \u2028 日本"}]',
    "",
    "event: end",
    "",
    "retry: 500",
    "id:",
    "data: line one",
    "data: line two é",
    "",
    `event: ${SUBGRAPH}`,
    'data: {"type":"task"}',
  ];
  const expected: SseEvent[] = [
    ev("metadata", `{"run_id":"${RUN_ID}","attempt":1}`, "1758109283000-0"),
    ev("messages/partial", '[{"content":"café 😀 naïve \u2028 日本"}]', "1758109283001-0"),
    ev("end", "", "1758109283001-0"),
    ev("", "line one\nline two é"),
    ev(SUBGRAPH, '{"type":"task"}'),
  ];

  for (const [name, eol] of [
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ] as const) {
    it(`${name} endings, cut in two at every byte and in three at every pair of nearby bytes`, () => {
      const body = encoder.encode(`\uFEFF${sample.join(eol)}${eol}`);
      const reference = decode([body]);
      expect(reference.events).toEqual(expected);
      expect(reference.comments).toEqual(["heartbeat"]);
      expect(reference.retries).toEqual([500]);
      for (let i = 0; i <= body.length; i++) {
        expect(decode(splitAt(body, i))).toEqual(reference);
        for (let j = i; j <= Math.min(i + 5, body.length); j++) {
          expect(decode(splitAt(body, i, j))).toEqual(reference);
        }
      }
    });
  }
});

describe("SseDecoderStream", () => {
  function source(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
    return new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
  }

  async function collect(readable: ReadableStream<SseEvent>): Promise<SseEvent[]> {
    const out: SseEvent[] = [];
    const reader = readable.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
    return out;
  }

  it("gives the same events as the callback API", async () => {
    expect(await collect(source([lf]).pipeThrough(new SseDecoderStream()))).toEqual(whole.events);
    expect(await collect(source(chunksOf(crlf, 7)).pipeThrough(new SseDecoderStream()))).toEqual(
      whole.events,
    );
  });

  it("is async iterable and passes comments and retries to the options", async () => {
    const comments: string[] = [];
    const retries: number[] = [];
    const readable = source(
      chunksOf(encoder.encode(": hi\nretry: 3000\nevent: a\ndata: 1\n\n"), 5),
    );
    const out: SseEvent[] = [];
    const events = readable.pipeThrough(
      new SseDecoderStream({
        onComment: (c) => comments.push(c),
        onRetry: (ms) => retries.push(ms),
      }),
    );
    // Runtimes make ReadableStream async iterable; the DOM lib in use here does not declare it.
    for await (const event of events as unknown as AsyncIterable<SseEvent>) out.push(event);
    expect(out).toEqual([ev("a", "1")]);
    expect(comments).toEqual(["hi"]);
    expect(retries).toEqual([3000]);
  });

  it("delivers a last block without a blank line when the input closes", async () => {
    const out = await collect(
      source([encoder.encode("event: foo\ndata: 1")]).pipeThrough(new SseDecoderStream()),
    );
    expect(out).toEqual([ev("foo", "1")]);
  });

  it("never delivers a block cut by an input error", async () => {
    let input: ReadableStreamDefaultController<Uint8Array> | undefined;
    const readable = new ReadableStream<Uint8Array>({
      start(controller) {
        input = controller;
      },
    }).pipeThrough(new SseDecoderStream());
    const reader = readable.getReader();
    input?.enqueue(encoder.encode("data: 1\n\nevent: a\ndata: 2\n"));
    expect(await reader.read()).toEqual({ done: false, value: ev("", "1") });
    const boom = new Error("connection reset");
    input?.error(boom);
    await expect(reader.read()).rejects.toBe(boom);
  });
});
