/**
 * Server-sent events decoder: bytes in, events out.
 *
 * Follows the WHATWG "event stream interpretation" rules with the decisions of docs/spec/runs.md
 * Appendix B (rows 6-8): data lines are joined with "\n", one leading BOM is stripped, field
 * names are case-sensitive, the event name defaults to "", and a last block without a trailing
 * blank line is delivered on a clean end of body (`end()`), never after a broken one (`reset()`).
 */

import { InvalidResponseError } from "../errors/invalid-response-error";

/** One dispatched server-sent event. */
export interface SseEvent {
  /** The `event` field of the block; `""` when the block had none (no `"message"` default). */
  event: string;
  /** The `data` lines of the block joined with `"\n"`, unparsed; `""` when there were none. */
  data: string;
  /** The last event id seen on this stream at dispatch time; `undefined` when unset or reset. */
  id: string | undefined;
}

/**
 * What the decoder reports. Callbacks run synchronously inside `feed()` and `end()`; if one
 * throws, the error propagates out of that call and the rest of the chunk is not decoded.
 */
export interface SseDecoderCallbacks {
  /** Called once per dispatched event, in stream order. */
  onEvent(event: SseEvent): void;
  /** Called for each comment line (`: text`), without the colon and one leading space. */
  onComment?(comment: string): void;
  /** Called for each `retry` field whose value is all ASCII digits, with that number. */
  onRetry?(ms: number): void;
}

/** Callbacks plus limits: what {@link createSseDecoder} takes. */
export interface SseDecoderOptions extends SseDecoderCallbacks {
  /**
   * The longest one event may grow, in decoded characters (≈ bytes for JSON), counting its data
   * and any line still waiting for its end. Beyond it, `feed` throws an `InvalidResponseError`
   * instead of buffering without bound. Default: no limit.
   */
  maxEventLength?: number | undefined;
}

/** A stateful decoder for one event stream; see {@link createSseDecoder}. */
export interface SseDecoder {
  /** Decodes a chunk of the body. Chunks may split anywhere, even inside a UTF-8 character. */
  feed(chunk: Uint8Array): void;
  /**
   * Clean end of body: delivers a last line and block that had no terminator, then resets the
   * decoder so it can read a new stream. Returns `true` when the body ended inside a block (a
   * partial line or character, or a block not closed by its blank line): a cut is then likely.
   */
  end(): boolean;
  /**
   * Drops everything buffered (partial line, partial block, partial character, last event id)
   * without delivering it. Use it when the connection breaks mid-stream.
   */
  reset(): void;
}

const LF = 10;
const SPACE = 32;
const COLON = 58;
const LOWER_A = 97;
const LOWER_D = 100;
const LOWER_E = 101;
const LOWER_I = 105;
const LOWER_N = 110;
const LOWER_T = 116;
const LOWER_V = 118;
const BOM = 0xfeff;
// The most bytes decoded in one TextDecoder call. A larger chunk is decoded in pieces of about this
// size, each giving a string of at most 32 Ki characters: decoding a whole 64 KiB chunk (what undici
// and fetch bodies usually deliver) into one string of up to 64 Ki two-byte characters (128 KiB,
// V8's large-object size) measured about twice as slow on Node 20.
const MAX_DECODE_BYTES = 32 * 1024;
const DIGITS = /^\d+$/;

/** A UTF-8 continuation byte (10xxxxxx); `undefined` (past the end) is not one. */
function isContinuation(byte: number | undefined): boolean {
  return ((byte ?? 0) & 0xc0) === 0x80;
}

/**
 * Where the bytes `b[from, end)` stop being decodable on their own: the index of the lead byte of
 * a character they cut, when the bytes from it to `end` are a proper prefix of a valid UTF-8
 * sequence (exactly what a streaming TextDecoder would hold back, WHATWG's boundaries included),
 * else `end`. A decoder is in its initial state at the index returned (a cut before a byte that is
 * not a continuation byte, or after a complete or already invalid sequence), so decoding on either
 * side of it separately gives the same text as decoding in one piece.
 */
function heldFrom(b: Uint8Array, from: number, end: number): number {
  // A prefix is at most 3 bytes: look no further back than that.
  for (let i = end - 1; i >= from && i >= end - 3; i -= 1) {
    const byte = b[i] ?? 0;
    if (byte < 0x80) return end;
    if (byte < 0xc0) continue;
    const have = end - i;
    const second = b[i + 1] ?? 0;
    if (byte >= 0xc2 && byte <= 0xdf) return have < 2 ? i : end;
    if (byte >= 0xe0 && byte <= 0xef) {
      if (have === 1) return i;
      if (have > 2) return end;
      if (byte === 0xe0) return second >= 0xa0 ? i : end;
      if (byte === 0xed) return second <= 0x9f ? i : end;
      return i;
    }
    if (byte >= 0xf0 && byte <= 0xf4) {
      if (have === 1) return i;
      if (byte === 0xf0) return second >= 0x90 ? i : end;
      if (byte === 0xf4) return second <= 0x8f ? i : end;
      return i;
    }
    // C0, C1, F5-FF never start a character: the decoder has already replaced it.
    return end;
  }
  return end;
}

/**
 * The decoder's state and logic. A class rather than closures so that all decoders share one
 * set of functions: the optimized hot path and its call sites then survive from one stream
 * (one decoder) to the next.
 */
class Decoder {
  // Never called with `stream: true`: Node's TextDecoder decodes a whole buffer on a fast path
  // that one streaming call turns off for good, and the streaming path measured 1.45x slower on
  // the benchmark corpus (Node 20). So this decoder does what a streaming one would: it holds back
  // a character cut by the end of a chunk (`carry`) and strips one leading BOM (`bom`; ignoreBOM
  // keeps the TextDecoder from stripping one at the start of every call). Invalid bytes become
  // U+FFFD, as before.
  readonly utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  // The bytes of a character cut by the end of the last chunk (1 to 3, see heldFrom): a copy,
  // as the caller may reuse its buffer (and a Buffer's slice() would not copy).
  carry: Uint8Array | undefined = undefined;
  // No text handled yet on this stream: a U+FEFF opening the first text is the BOM (lines()).
  bom = true;
  // Text after the last line terminator, waiting for the rest of its line. It never contains
  // a terminator, so new text is scanned on its own and joined to it only once per line.
  pending = "";
  // The previous text ended in "\r" and that line was already handled: a "\n" opening the next
  // text is the second half of the same CRLF. (Handling the line at once, rather than holding
  // the "\r" back, keeps a "\r"-terminated stream from waiting on the next chunk to dispatch.)
  skipLF = false;
  eventName = "";
  data: string | undefined = undefined;
  // The WHATWG "last event ID buffer": kept across blocks, "" means unset.
  lastId = "";

  readonly callbacks: SseDecoderCallbacks;
  readonly maxLength: number;

  constructor(options: SseDecoderOptions) {
    this.callbacks = options;
    this.maxLength = options.maxEventLength ?? Number.POSITIVE_INFINITY;
  }

  feed(chunk: Uint8Array): void {
    const size = chunk.byteLength;
    if (this.carry === undefined && size <= MAX_DECODE_BYTES) {
      // The common case: one decode call on the chunk (or all of it but a cut last character).
      const cut = heldFrom(chunk, 0, size);
      if (cut < size) this.carry = new Uint8Array(chunk.subarray(cut));
      const t = this.utf8.decode(cut < size ? chunk.subarray(0, cut) : chunk);
      // Text can be empty (a chunk holding only part of a character): it must not clear skipLF.
      if (t !== "") this.text(t);
      return;
    }
    // A larger chunk, or one that completes a character cut by the last, is decoded piece by
    // piece. The bytes it leaves cut are set aside first and its size is checked once at the
    // end, so everything is as if it had been decoded in one piece, whatever a callback throws
    // (the pieces after it are then dropped, as the rest of a chunk always is).
    let head = "";
    let from = 0;
    const carry = this.carry;
    if (carry !== undefined) {
      // The continuation bytes that open this chunk belong to the cut character: at most 3, as
      // a character has at most 4 bytes. A chunk of only those may still not complete it.
      this.carry = undefined;
      while (from < 3 && isContinuation(chunk[from])) from += 1;
      const bytes = new Uint8Array(carry.byteLength + from);
      bytes.set(carry);
      bytes.set(chunk.subarray(0, from), carry.byteLength);
      if (from === size && heldFrom(bytes, 0, bytes.byteLength) === 0) this.carry = bytes;
      else head = this.utf8.decode(bytes);
    }
    const cut = heldFrom(chunk, from, size);
    if (cut < size) this.carry = new Uint8Array(chunk.subarray(cut));
    let any = head !== "";
    if (any) this.lines(head);
    while (from < cut) {
      // Each piece also ends where no character is cut.
      const to =
        from + MAX_DECODE_BYTES < cut ? heldFrom(chunk, from, from + MAX_DECODE_BYTES) : cut;
      const t = this.utf8.decode(chunk.subarray(from, to));
      if (t !== "") {
        this.lines(t);
        any = true;
      }
      from = to;
    }
    if (any) this.checkSize();
  }

  end(): boolean {
    try {
      // A character cut at the end of body becomes U+FFFD, as a streaming decoder's flush gives.
      const carry = this.carry;
      if (carry !== undefined) {
        this.carry = undefined;
        const tail = this.utf8.decode(carry);
        if (tail !== "") this.text(tail);
      }
      const last = this.pending;
      const insideBlock = last !== "" || this.data !== undefined || this.eventName !== "";
      if (last !== "") {
        this.pending = "";
        this.line(last);
      }
      this.dispatch();
      return insideBlock;
    } finally {
      this.clear();
    }
  }

  reset(): void {
    this.clear();
  }

  private clear(): void {
    // A cut character is dropped, and the next stream gets its BOM stripped again.
    this.carry = undefined;
    this.bom = true;
    this.pending = "";
    this.skipLF = false;
    this.eventName = "";
    this.data = undefined;
    this.lastId = "";
  }

  private text(t: string): void {
    this.lines(t);
    this.checkSize();
  }

  /**
   * Handles the lines of `t`, keeping a last unterminated line in `pending`. The lines of a runs
   * stream (`event`, `data` and `id` fields, blank lines) are matched here, by character code
   * (measurably cheaper than startsWith or slicing the name), and only on `t`; any other line,
   * and a line joined from two texts, goes to line().
   *
   * Why only on `t`: `t` comes straight from the TextDecoder, so the string methods called on it
   * here only ever see its two kinds of string (one and two bytes a character). A line joined
   * from two texts is a rope, or a slice of one; once the same call sites had seen those too,
   * V8 could turn them megamorphic, and when this function was optimized again after that (as
   * happens when a stream's callbacks are dropped) every character test became a generic
   * property lookup: the decoder then ran at about 1.0x the benchmark floor instead of about
   * 1.2x, in half of the benchmark's processes or more.
   */
  private lines(t: string): void {
    let pos = 0;
    if (this.bom) {
      // The first text of a stream: one leading BOM is dropped.
      this.bom = false;
      if (t.charCodeAt(0) === BOM) pos = 1;
    } else if (this.skipLF) {
      this.skipLF = false;
      if (t.charCodeAt(0) === LF) pos = 1;
    }
    // Next "\n" and "\r" at or after `pos`, each found by one indexOf and reused until passed,
    // so no character is scanned twice. With no "\r" in the text `cr` stays -1 and the loop is
    // a plain indexOf("\n") walk.
    let lf = t.indexOf("\n", pos);
    let cr = t.indexOf("\r", pos);
    while (lf !== -1 || cr !== -1) {
      let end: number;
      let next: number;
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        end = lf;
        next = lf + 1;
        lf = t.indexOf("\n", next);
      } else {
        end = cr;
        next = cr + 1;
        if (lf === next) {
          next += 1;
          lf = t.indexOf("\n", next);
        } else if (next === t.length) {
          this.skipLF = true;
        }
        cr = t.indexOf("\r", next);
      }
      const start = pos;
      pos = next;
      if (this.pending !== "") {
        const whole = this.pending + t.slice(start, end);
        this.pending = "";
        this.line(whole);
        continue;
      }
      // A blank line ends the block: one line in four on a runs stream.
      if (start === end) {
        this.dispatch();
        continue;
      }
      // The index just after the field name, once the name is one of the three.
      let at: number;
      const first = t.charCodeAt(start);
      if (
        first === LOWER_D &&
        t.charCodeAt(start + 1) === LOWER_A &&
        t.charCodeAt(start + 2) === LOWER_T &&
        t.charCodeAt(start + 3) === LOWER_A
      ) {
        at = start + 4;
      } else if (
        first === LOWER_E &&
        t.charCodeAt(start + 1) === LOWER_V &&
        t.charCodeAt(start + 2) === LOWER_E &&
        t.charCodeAt(start + 3) === LOWER_N &&
        t.charCodeAt(start + 4) === LOWER_T
      ) {
        at = start + 5;
      } else if (first === LOWER_I && t.charCodeAt(start + 1) === LOWER_D) {
        at = start + 2;
      } else {
        this.line(t.slice(start, end));
        continue;
      }
      // The name is the whole field name only if the line ends there or a colon follows; one
      // space after the colon is dropped. (A name cannot run past `end`: a terminator follows.)
      if (at < end) {
        if (t.charCodeAt(at) !== COLON) {
          this.line(t.slice(start, end));
          continue;
        }
        at += 1;
        if (at < end && t.charCodeAt(at) === SPACE) at += 1;
      }
      const value = t.slice(at, end);
      if (first === LOWER_D) this.addData(value, end - at);
      else if (first === LOWER_E) this.eventName = value;
      else if (!value.includes("\0")) this.lastId = value;
    }
    if (pos < t.length) this.pending += pos === 0 ? t : t.slice(pos);
  }

  // Bounded memory: an event (its data so far plus an unfinished line) may not grow past the
  // limit, whatever the server sends.
  private checkSize(): void {
    const size = this.pending.length + (this.data?.length ?? 0);
    if (size <= this.maxLength) return;
    const name = this.eventName;
    this.reset();
    throw new InvalidResponseError(
      `SSE event ${JSON.stringify(name)} is larger than the limit of ${this.maxLength} characters; raise \`maxEventBytes\` if the server legitimately sends events this large.`,
      { event: name },
    );
  }

  /**
   * Handles one whole line (without its terminator), whatever it is: the general case, for the
   * lines lines() does not match itself. A field name is everything before the first colon;
   * one space after the colon is dropped; unknown fields are ignored.
   */
  private line(s: string): void {
    if (s === "") {
      this.dispatch();
      return;
    }
    const colon = s.indexOf(":");
    const name = colon === -1 ? s : s.slice(0, colon);
    let at = colon === -1 ? s.length : colon + 1;
    if (at < s.length && s.charCodeAt(at) === SPACE) at += 1;
    switch (name) {
      case "": {
        const { onComment } = this.callbacks;
        if (onComment) onComment.call(this.callbacks, s.slice(at));
        return;
      }
      case "data":
        this.addData(s.slice(at), s.length - at);
        return;
      case "event":
        this.eventName = s.slice(at);
        return;
      case "id": {
        const value = s.slice(at);
        if (!value.includes("\0")) this.lastId = value;
        return;
      }
      case "retry": {
        const { onRetry } = this.callbacks;
        const value = s.slice(at);
        if (onRetry && DIGITS.test(value)) onRetry.call(this.callbacks, Number(value));
        return;
      }
    }
  }

  /** Adds a data line of `length` characters to the event. */
  private addData(value: string, length: number): void {
    if (this.data === undefined) {
      this.data = value;
      if (length > this.maxLength) this.checkSize();
    } else {
      this.data = `${this.data}\n${value}`;
      if (this.data.length > this.maxLength) this.checkSize();
    }
  }

  private dispatch(): void {
    // Deliberate departure from WHATWG, which dispatches only when data was seen: a block with
    // an event name and no data (`event: end`) is delivered with data "", as docs/spec/runs.md §5.3/§5.5
    // deliver it. A block with only `id` or `retry` lines (or nothing) dispatches nothing.
    const { data, eventName } = this;
    if (data === undefined && eventName === "") return;
    // Clear before the callback, so a callback that throws leaves a consistent decoder.
    this.eventName = "";
    this.data = undefined;
    this.callbacks.onEvent({
      event: eventName,
      data: data ?? "",
      id: this.lastId === "" ? undefined : this.lastId,
    });
  }
}

/**
 * Creates a server-sent events decoder that reports through `callbacks`.
 *
 * @example
 * ```ts
 * const decoder = createSseDecoder({
 *   onEvent: ({ event, data, id }) => console.log(event, JSON.parse(data), id),
 * });
 * for await (const chunk of response.body) decoder.feed(chunk);
 * decoder.end();
 * ```
 */
export function createSseDecoder(options: SseDecoderOptions): SseDecoder {
  const decoder = new Decoder(options);
  // Plain functions, so `const { feed } = createSseDecoder(…)` works too.
  return {
    feed: (chunk) => decoder.feed(chunk),
    end: () => decoder.end(),
    reset: () => decoder.reset(),
  };
}
