/**
 * docs/spec/runs.md §6.B cases 15-38, adapted to the Appendix B decisions (rows 6-8) and to this
 * decoder's shape: it reports raw `data` strings and does not JSON-parse or filter. Parsing and
 * the §5.5 filter (drop a part whose event is "" and whose data is null) belong to the stream
 * layer, so where the spec's expectation depends on them the test says what the layer above sees.
 */
import { describe, expect, it } from "vitest";
import { createSseDecoder } from "../../src/sse";
import { decode, encoder, ev, events, splitAt } from "./helpers";

describe("docs/spec/runs.md §6.B conformance", () => {
  it("15: CRLF and CR-only line endings", () => {
    expect(events('event: a\r\ndata: {"x":1}\r\n\r\n')).toEqual([ev("a", '{"x":1}')]);
    expect(events('event: a\rdata: {"x":1}\r\r')).toEqual([ev("a", '{"x":1}')]);
  });

  it("16: a CRLF split across chunks counts once", () => {
    expect(events("event: a\r", "\ndata: 1\r", "\n\r", "\n")).toEqual([ev("a", "1")]);
  });

  it("17: chunks split inside field names and values", () => {
    expect(events("eve", "nt: a\nda", "ta: 1", "\n", "\n")).toEqual([ev("a", "1")]);
  });

  it('18: two data lines are joined with "\\n" (the JSON still parses)', () => {
    const [part] = events('event: a\ndata: {"x":\ndata: 1}\n\n');
    expect(part).toEqual(ev("a", '{"x":\n1}'));
    expect(JSON.parse(part?.data ?? "")).toEqual({ x: 1 });
  });

  it('19: data lines joined with "\\n", not with no separator (docs/spec/runs.md Appendix B row 6)', () => {
    // The Python reference gives data "12" here; runwire follows the WHATWG standard.
    expect(events("event: a\ndata: 1\ndata: 2\n\n")).toEqual([ev("a", "1\n2")]);
  });

  it("20: exactly one leading space is removed from a value", () => {
    expect(events("event:a\ndata:1\n\n")).toEqual([ev("a", "1")]);
    expect(events('event:  a\ndata:  "s"\n\n')).toEqual([ev(" a", ' "s"')]);
    expect(JSON.parse(' "s"')).toBe("s");
  });

  it("21: an id holding NUL is ignored and the previous id is kept", () => {
    expect(events("id: 1\nevent: a\ndata: 1\n\nid: 2\u00003\nevent: b\ndata: 2\n\n")).toEqual([
      ev("a", "1", "1"),
      ev("b", "2", "1"),
    ]);
  });

  it("22: the id carries over blocks; an empty id line resets it to undefined", () => {
    expect(
      events("id: 1\nevent: a\ndata: 1\n\nevent: b\ndata: 2\n\nid\nevent: c\ndata: 3\n\n"),
    ).toEqual([ev("a", "1", "1"), ev("b", "2", "1"), ev("c", "3")]);
    expect(events("id: 1\ndata: 1\n\nid:\ndata: 2\n\n")).toEqual([ev("", "1", "1"), ev("", "2")]);
  });

  it("23: inner and trailing spaces of an id are kept", () => {
    expect(events("id:  5 \nevent: a\ndata: 1\n\n")).toEqual([ev("a", "1", " 5 ")]);
  });

  it("24: a comment yields no event and is reported without the colon and one space", () => {
    const out = decode([": ping\n\nevent: a\ndata: 1\n\n"]);
    expect(out.events).toEqual([ev("a", "1")]);
    expect(out.comments).toEqual(["ping"]);
  });

  it("25: an event name without data is delivered with data ''", () => {
    // docs/spec/runs.md gives ("end", null); the raw decoder says "no data" as "".
    expect(events("event: end\n\n")).toEqual([ev("end", "")]);
  });

  it("26: a data-only block is delivered with event ''", () => {
    expect(events('data: {"a":1}\n\n')).toEqual([ev("", '{"a":1}')]);
    // The spec's result `[]` comes from the stream filter (data parses to null, event is "");
    // the decoder itself delivers the raw part.
    expect(events("data: null\n\n")).toEqual([ev("", "null")]);
  });

  it("27: falsy JSON values are plain data", () => {
    expect(events("event: a\ndata: false\n\nevent: b\ndata: 0\n\n")).toEqual([
      ev("a", "false"),
      ev("b", "0"),
    ]);
  });

  it("28: invalid JSON is delivered raw; parsing it (the layer above) throws", () => {
    const [part] = events("event: a\ndata: {oops\n\n");
    expect(part).toEqual(ev("a", "{oops"));
    expect(() => JSON.parse(part?.data ?? "")).toThrow(SyntaxError);
  });

  it("29: one leading BOM is stripped (docs/spec/runs.md Appendix B row 7)", () => {
    // The Python reference keeps the BOM, so its first field name is unknown and the event is "".
    const bom = [0xef, 0xbb, 0xbf];
    const body = new Uint8Array([...bom, ...encoder.encode("event: a\ndata: 1\n\n")]);
    expect(events(body)).toEqual([ev("a", "1")]);
    // Also when the BOM itself is split across chunks.
    expect(events(...splitAt(body, 1, 2))).toEqual([ev("a", "1")]);
    // Only one: a second BOM makes the first field name unknown.
    const twice = new Uint8Array([...bom, ...body]);
    expect(events(twice)).toEqual([ev("", "1")]);
    // And only at the start of the stream.
    expect(events("data: 1\n\n\uFEFFevent: a\ndata: 2\n\n")).toEqual([ev("", "1"), ev("", "2")]);
  });

  it("30: field names are case-sensitive and not trimmed", () => {
    expect(events("Event: a\ndata: 1\n\n")).toEqual([ev("", "1")]);
    expect(events(" event: a\ndata: 1\n\n")).toEqual([ev("", "1")]);
    expect(events("DATA: 1\nevent: a\n\n")).toEqual([ev("a", "")]);
  });

  it("31: a field line without a colon has an empty value", () => {
    expect(events("event: a\nevent\ndata: 1\n\n")).toEqual([ev("", "1")]);
    // Spec: ("a", null). A bare data line is a data line with an empty value.
    expect(events("event: a\ndata\n\n")).toEqual([ev("a", "")]);
    expect(events("data: 1\ndata\n\n")).toEqual([ev("", "1\n")]);
  });

  it("32: a retry-only block dispatches nothing and reports the retry", () => {
    // The Python decoder dispatches ("", null, null) and its stream filter drops it: same result.
    const out = decode(["retry: 1000\n\n"]);
    expect(out.events).toEqual([]);
    expect(out.retries).toEqual([1000]);
  });

  it("33: an id-only block dispatches nothing, but the id is kept for later events", () => {
    // The Python decoder dispatches ("", null, "9") twice, both dropped by its stream filter.
    expect(events("id: 9\n\n")).toEqual([]);
    expect(events("id: 9\n\n", "\n\n", "data: x\n\n")).toEqual([ev("", "x", "9")]);
  });

  it("34: a last block ending in CR without a blank line is delivered by end()", () => {
    expect(events("event: a\rdata: 1\r")).toEqual([ev("a", "1")]);
    expect(decode(["event: a\rdata: 1\r"], { end: false }).events).toEqual([]);
  });

  it("35: form feed, vertical tab, NEL and U+2028 are not line breaks", () => {
    expect(events("event: a\fb\ndata: 1\n\n")).toEqual([ev("a\fb", "1")]);
    expect(events("event: a\vb\u0085c\u2028d\u2029e\ndata: 1\n\n")).toEqual([
      ev("a\vb\u0085c\u2028d\u2029e", "1"),
    ]);
  });

  it("36: a later event line replaces an earlier one; the name does not carry over", () => {
    expect(events("event: a\nevent: b\ndata: 1\n\n")).toEqual([ev("b", "1")]);
    expect(events("event: a\ndata: 1\n\ndata: 2\n\n")).toEqual([ev("a", "1"), ev("", "2")]);
  });

  it("37: extra blank lines dispatch nothing", () => {
    expect(events("\n\n\nevent: a\ndata: 1\n\n\n\n")).toEqual([ev("a", "1")]);
  });

  it("38: multi-byte UTF-8 and U+2028 inside data", () => {
    const [part] = events('event: a\ndata: "h\u00e9llo \u2028"\n\n');
    expect(part).toEqual(ev("a", '"héllo \u2028"'));
    expect(JSON.parse(part?.data ?? "")).toBe("héllo \u2028");
  });

  it("39: a final block without a trailing blank line is delivered on a clean end", () => {
    expect(events('event: foo\ndata: {"bar": 1}\n')).toEqual([ev("foo", '{"bar": 1}')]);
    expect(events('event: foo\ndata: {"bar": 1}')).toEqual([ev("foo", '{"bar": 1}')]);
  });
});

describe("fields", () => {
  it("splits at the first colon only", () => {
    expect(events("data: a:b\ndata:c: d\n\n")).toEqual([ev("", "a:b\nc: d")]);
  });

  it("keeps an empty data line and a data value that is only spaces", () => {
    expect(events("data:\n\n")).toEqual([ev("", "")]);
    expect(events("data:  \n\n")).toEqual([ev("", " ")]);
    expect(events("data\ndata\n\n")).toEqual([ev("", "\n")]);
  });

  it("ignores unknown fields, including ones that look like known ones", () => {
    expect(events("foo: bar\ndat: 1\ndatas: 2\nevents: x\nidx: 3\nretryx: 4\ndata: 5\n\n")).toEqual(
      [ev("", "5")],
    );
  });

  it("reports comments with one leading space removed", () => {
    expect(decode([":\n:x\n:  two\n: heartbeat\n:a: b\n"]).comments).toEqual([
      "",
      "x",
      " two",
      "heartbeat",
      "a: b",
    ]);
  });

  it("reports retry only for an all-digits value", () => {
    const out = decode([
      "retry: 0\nretry:250\nretry: 12a\nretry:\nretry:  5\nretry: -1\nretry: 1.5\n\n",
    ]);
    expect(out.retries).toEqual([0, 250]);
    expect(out.events).toEqual([]);
  });

  it("works without onComment and onRetry", () => {
    const seen: string[] = [];
    const decoder = createSseDecoder({ onEvent: (e) => seen.push(e.data) });
    decoder.feed(encoder.encode(": hi\nretry: 5\ndata: 1\n\n"));
    expect(seen).toEqual(["1"]);
  });

  it("calls the callbacks as methods of the object given", () => {
    class Sink {
      seen: string[] = [];
      onEvent(event: { data: string }) {
        this.seen.push(`event ${event.data}`);
      }
      onComment(comment: string) {
        this.seen.push(`comment ${comment}`);
      }
      onRetry(ms: number) {
        this.seen.push(`retry ${ms}`);
      }
    }
    const sink = new Sink();
    const { feed, end } = createSseDecoder(sink);
    feed(encoder.encode(": c\nretry: 9\ndata: 1\n\ndata: 2"));
    end();
    expect(sink.seen).toEqual(["comment c", "retry 9", "event 1", "event 2"]);
  });

  it("decodes invalid UTF-8 as U+FFFD without ending the line", () => {
    const body = new Uint8Array([...encoder.encode("data: a"), 0xff, ...encoder.encode("b\n\n")]);
    expect(events(body)).toEqual([ev("", "a\uFFFDb")]);
  });
});

describe("chunking", () => {
  it("handles a CRLF split across chunks with empty chunks between the halves", () => {
    expect(events("data: 1\r", new Uint8Array(0), "", "\n", "\r", "\n")).toEqual([ev("", "1")]);
  });

  it("does not take CR then CR as one terminator", () => {
    // "\r" + "\r\n": the second CR is a blank line that dispatches.
    expect(events("data: 1\r", "\r\ndata: 2\r\n\r\n")).toEqual([ev("", "1"), ev("", "2")]);
  });

  it("handles LF then CR as two terminators", () => {
    expect(events("data: 1\n\rdata: 2\n\r")).toEqual([ev("", "1"), ev("", "2")]);
  });

  it("dispatches a CR-terminated block without waiting for the next chunk", () => {
    const seen: string[] = [];
    const decoder = createSseDecoder({ onEvent: (e) => seen.push(e.data) });
    decoder.feed(encoder.encode("data: 1\r\r"));
    expect(seen).toEqual(["1"]);
    decoder.feed(encoder.encode("\ndata: 2\r\n\r\n"));
    expect(seen).toEqual(["1", "2"]);
  });

  it("handles a split inside every byte of a 4-byte character", () => {
    const body = encoder.encode("event: 😀\ndata: a😀b\n\n");
    const emoji = body.indexOf(0xf0);
    expect(emoji).toBe(7);
    for (const cut of [1, 2, 3]) {
      expect(events(...splitAt(body, emoji + cut))).toEqual([ev("😀", "a😀b")]);
    }
    const second = body.indexOf(0xf0, emoji + 1);
    expect(events(...splitAt(body, second + 1, second + 2, second + 3))).toEqual([
      ev("😀", "a😀b"),
    ]);
  });

  it("keeps its own copy of a cut character, whatever the caller does with its buffer", () => {
    const seen: string[] = [];
    const decoder = createSseDecoder({ onEvent: (e) => seen.push(e.data) });
    // A Buffer, whose slice() shares memory; the caller writes over it after feed().
    const buffer = Buffer.from("data: a\u00e9b\n\n", "utf8");
    const cut = buffer.indexOf(0xc3) + 1;
    decoder.feed(buffer.subarray(0, cut));
    buffer.fill(0x78);
    decoder.feed(new Uint8Array([0xa9, ...encoder.encode("b\n\n")]));
    expect(seen).toEqual(["a\u00e9b"]);
  });

  it("handles a split inside a 2-byte character next to a line end", () => {
    const body = encoder.encode("data: é\n\n");
    expect(events(...splitAt(body, 7, 8))).toEqual([ev("", "é")]);
  });

  it("joins a long line fed in many small pieces", () => {
    const value = "x:y ".repeat(5000);
    const body = encoder.encode(`data: ${value}\nid: 7\n\n`);
    const pieces: Uint8Array[] = [];
    for (let i = 0; i < body.length; i += 3) pieces.push(body.subarray(i, i + 3));
    expect(events(...pieces)).toEqual([ev("", value, "7")]);
  });
});

describe("end()", () => {
  it("delivers a last line that had no terminator", () => {
    expect(events("data: 1")).toEqual([ev("", "1")]);
    expect(events("event: a")).toEqual([ev("a", "")]);
  });

  it("delivers nothing more when the stream ended on a blank line", () => {
    expect(events("data: 1\n\n")).toEqual([ev("", "1")]);
    expect(events("")).toEqual([]);
  });

  it("turns a character cut at the end of body into U+FFFD", () => {
    const body = encoder.encode("data: a😀");
    expect(events(body.subarray(0, body.length - 2))).toEqual([ev("", "a\uFFFD")]);
  });

  it("says whether the body ended inside a block (a cut is then likely)", () => {
    const endOf = (...chunks: string[]) => {
      const decoder = createSseDecoder({ onEvent: () => {} });
      for (const chunk of chunks) decoder.feed(encoder.encode(chunk));
      return decoder.end();
    };
    // On a block boundary: nothing, whole blocks, a trailing comment line, CRLF.
    expect([
      endOf(),
      endOf("data: 1\n\n"),
      endOf("data: 1\n\n: ping\n"),
      endOf("data: 1\r\n\r\n"),
    ]).toEqual([false, false, false, false]);
    // Inside a block: a partial line, a block without its blank line, a cut character.
    expect([
      endOf("data: 1\n\nevent: val"),
      endOf("event: values\ndata: 1\n"),
      endOf("event: end\n"),
      endOf("data: 1\n\n: pi"),
    ]).toEqual([true, true, true, true]);
    const decoder = createSseDecoder({ onEvent: () => {} });
    decoder.feed(encoder.encode("😀").subarray(0, 2));
    expect(decoder.end()).toBe(true);
  });

  it("resets the decoder for a new stream: id, partial state and BOM handling", () => {
    const seen: unknown[] = [];
    const decoder = createSseDecoder({ onEvent: (e) => seen.push(e) });
    decoder.feed(encoder.encode("id: 4\ndata: 1"));
    decoder.end();
    decoder.feed(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode("event: b\ndata: 2\n\n")]));
    decoder.end();
    expect(seen).toEqual([ev("", "1", "4"), ev("b", "2")]);
  });

  it("resets the decoder even if onEvent throws", () => {
    let fail = true;
    const seen: string[] = [];
    const decoder = createSseDecoder({
      onEvent: (e) => {
        if (fail) throw new Error("boom");
        seen.push(e.data);
      },
    });
    decoder.feed(encoder.encode("data: 1"));
    expect(() => decoder.end()).toThrow("boom");
    fail = false;
    decoder.feed(encoder.encode("data: 2\n\n"));
    expect(seen).toEqual(["2"]);
  });
});

describe("reset()", () => {
  it("drops a partial block, a partial line and the last id", () => {
    const seen: unknown[] = [];
    const decoder = createSseDecoder({ onEvent: (e) => seen.push(e) });
    decoder.feed(encoder.encode("id: 1\nevent: a\ndata: 1\ndata: par"));
    decoder.reset();
    decoder.feed(encoder.encode("tial\ndata: 2\n\n"));
    decoder.end();
    expect(seen).toEqual([ev("", "2")]);
  });

  it("drops a cut character", () => {
    const seen: unknown[] = [];
    const decoder = createSseDecoder({ onEvent: (e) => seen.push(e) });
    decoder.feed(new Uint8Array([...encoder.encode("data: a\n\ndata: "), 0xf0, 0x9f]));
    decoder.reset();
    decoder.feed(new Uint8Array([0x98, 0x80, ...encoder.encode("\ndata: b\n\n")]));
    // The two orphan continuation bytes start a new, unknown field line; "b" is delivered.
    expect(seen).toEqual([ev("", "a"), ev("", "b")]);
  });

  it("forgets a pending CR, so a following LF is a blank line", () => {
    const seen: unknown[] = [];
    const decoder = createSseDecoder({ onEvent: (e) => seen.push(e) });
    decoder.feed(encoder.encode("data: 1\r"));
    decoder.reset();
    decoder.feed(encoder.encode("\ndata: 2\n\n"));
    expect(seen).toEqual([ev("", "2")]);
  });

  it("makes end() deliver nothing", () => {
    const seen: unknown[] = [];
    const decoder = createSseDecoder({ onEvent: (e) => seen.push(e) });
    decoder.feed(encoder.encode("event: a\ndata: 1\n"));
    decoder.reset();
    decoder.end();
    expect(seen).toEqual([]);
  });
});
