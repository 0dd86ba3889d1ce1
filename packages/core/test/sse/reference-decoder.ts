/**
 * The SSE decoder as it was before it stopped using a streaming TextDecoder (issue 17): the
 * reference the differential test holds the current decoder to. Kept verbatim but for its
 * exports, so that "identical events, state and errors" keeps meaning identical to this.
 */

import { InvalidResponseError } from "../../src/errors/invalid-response-error";
import type { SseDecoder, SseDecoderOptions } from "../../src/sse/decoder";

const LF = 10;
const SPACE = 32;
const COLON = 58;
const LOWER_A = 97;
const LOWER_D = 100;
const LOWER_E = 101;
const LOWER_I = 105;
const LOWER_N = 110;
const LOWER_R = 114;
const LOWER_T = 116;
const LOWER_V = 118;
const STREAM = { stream: true } as const;
// The most bytes decoded in one TextDecoder call. A larger chunk is decoded in pieces of this size,
// each giving a string of at most 32 Ki characters: decoding a whole 64 KiB chunk (what undici and
// fetch bodies usually deliver) into one string of up to 64 Ki two-byte characters (128 KiB, V8's
// large-object size) measured about twice as slow on Node 20.
const MAX_DECODE_BYTES = 32 * 1024;
const DIGITS = /^\d+$/;

/** Where a value starts, given the index just after its colon: one leading space is dropped. */
function valueAt(s: string, afterColon: number, end: number): number {
  return afterColon < end && s.charCodeAt(afterColon) === SPACE ? afterColon + 1 : afterColon;
}

/**
 * Where the value of a field starts, given the index just after a candidate name: the name is
 * the whole field name only if the line ends there or a colon follows. Otherwise -1.
 */
function valueAfterName(s: string, after: number, end: number): number {
  if (after === end) return end;
  return after < end && s.charCodeAt(after) === COLON ? valueAt(s, after + 1, end) : -1;
}

// Field names are matched by character code once a switch on the first character has picked
// the only candidate: measurably cheaper than startsWith or slicing the name on the hot path.

/** `s` has "ata" at `i + 1`: with the "d" at `i`, the name starts with "data". */
function isData(s: string, i: number): boolean {
  return (
    s.charCodeAt(i + 1) === LOWER_A &&
    s.charCodeAt(i + 2) === LOWER_T &&
    s.charCodeAt(i + 3) === LOWER_A
  );
}

/** `s` has "vent" at `i + 1`: with the "e" at `i`, the name starts with "event". */
function isEvent(s: string, i: number): boolean {
  return (
    s.charCodeAt(i + 1) === LOWER_V &&
    s.charCodeAt(i + 2) === LOWER_E &&
    s.charCodeAt(i + 3) === LOWER_N &&
    s.charCodeAt(i + 4) === LOWER_T
  );
}

/**
 * The decoder's state and logic. A class rather than closures so that all decoders share one
 * set of functions: the optimized hot path and its call sites then survive from one stream
 * (one decoder) to the next.
 */
class Decoder {
  // One decoder in stream mode per stream: it carries a character split across chunks and
  // strips one leading BOM (ignoreBOM stays false). Invalid bytes become U+FFFD.
  readonly utf8 = new TextDecoder();
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

  readonly callbacks: SseDecoderOptions;
  readonly maxLength: number;

  constructor(options: SseDecoderOptions) {
    this.callbacks = options;
    this.maxLength = options.maxEventLength ?? Number.POSITIVE_INFINITY;
  }

  feed(chunk: Uint8Array): void {
    if (chunk.byteLength <= MAX_DECODE_BYTES) {
      const t = this.utf8.decode(chunk, STREAM);
      // Text can be empty (a chunk holding only part of a character): it must not clear skipLF.
      if (t !== "") this.text(t);
      return;
    }
    // The whole chunk is decoded before any of it is handled, and its size is checked once at
    // the end: everything (the text decoder's state included) is as if it had been decoded in
    // one piece, whatever a callback throws.
    const texts: string[] = [];
    for (let at = 0; at < chunk.byteLength; at += MAX_DECODE_BYTES) {
      texts.push(this.utf8.decode(chunk.subarray(at, at + MAX_DECODE_BYTES), STREAM));
    }
    let any = false;
    for (const t of texts) {
      if (t === "") continue;
      this.lines(t);
      any = true;
    }
    if (any) this.checkSize();
  }

  end(): boolean {
    try {
      // A non-streaming decode() flushes a cut character (as U+FFFD) and resets the decoder,
      // so the next stream gets its BOM stripped again.
      const tail = this.utf8.decode();
      if (tail !== "") this.text(tail);
      const last = this.pending;
      const insideBlock = last !== "" || this.data !== undefined || this.eventName !== "";
      if (last !== "") {
        this.pending = "";
        this.line(last, 0, last.length);
      }
      this.dispatch();
      return insideBlock;
    } finally {
      this.clear();
    }
  }

  reset(): void {
    this.utf8.decode(); // Discard a cut character and reset the decoder's state.
    this.clear();
  }

  private clear(): void {
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

  /** Handles the lines of `t`, keeping a last unterminated line in `pending`. */
  private lines(t: string): void {
    let pos = 0;
    if (this.skipLF) {
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
      if (this.pending === "") {
        // A blank line ends the block. It is handled here rather than in line(), where it would
        // go through the field-name switch to its default case: one line in four on a runs stream,
        // and measurably the costlier path (about a fifth of the decoder's own time).
        if (pos === end) this.dispatch();
        else this.line(t, pos, end);
      } else {
        const whole = this.pending + t.slice(pos, end);
        this.pending = "";
        this.line(whole, 0, whole.length);
      }
      pos = next;
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
   * Handles the line `s[start, end)`. Only four field names mean anything, so instead of
   * searching for the colon, the line is matched against the one name its first character
   * allows; any other line is ignored.
   */
  private line(s: string, start: number, end: number): void {
    switch (s.charCodeAt(start)) {
      case COLON: {
        const { onComment } = this.callbacks;
        if (onComment) onComment.call(this.callbacks, s.slice(valueAt(s, start + 1, end), end));
        return;
      }
      case LOWER_D: {
        const at = isData(s, start) ? valueAfterName(s, start + 4, end) : -1;
        if (at === -1) return;
        const value = s.slice(at, end);
        this.data = this.data === undefined ? value : `${this.data}\n${value}`;
        if (this.data.length > this.maxLength) this.checkSize();
        return;
      }
      case LOWER_E: {
        const at = isEvent(s, start) ? valueAfterName(s, start + 5, end) : -1;
        if (at !== -1) this.eventName = s.slice(at, end);
        return;
      }
      case LOWER_I: {
        const at = s.charCodeAt(start + 1) === LOWER_D ? valueAfterName(s, start + 2, end) : -1;
        if (at === -1) return;
        const value = s.slice(at, end);
        if (!value.includes("\0")) this.lastId = value;
        return;
      }
      case LOWER_R: {
        const { onRetry } = this.callbacks;
        const at = onRetry && s.startsWith("retry", start) ? valueAfterName(s, start + 5, end) : -1;
        if (at === -1) return;
        const value = s.slice(at, end);
        if (onRetry && DIGITS.test(value)) onRetry.call(this.callbacks, Number(value));
        return;
      }
      default:
        // An empty line lands here (its first character is the terminator) and ends the block.
        // Lines with any other field name are ignored.
        if (start === end) this.dispatch();
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

/** The reference decoder, with the same interface as `createSseDecoder`. */
export function createReferenceSseDecoder(options: SseDecoderOptions): SseDecoder {
  const decoder = new Decoder(options);
  return {
    feed: (chunk) => decoder.feed(chunk),
    end: () => decoder.end(),
    reset: () => decoder.reset(),
  };
}
