// The floor: the least work that still turns an SSE byte stream into event payloads. One
// streaming TextDecoder, `indexOf("\n\n")` on each new piece of text to find block ends, and one
// more `indexOf` to cut the `data: ` line out of each block. Not a conforming SSE parser (no CR
// line ends, no multi-line data, no comments, no last event id, no event name): a lower bound,
// not a competitor.
//
// Text after the last block end waits in `pending` and is joined to the new text only once its
// block is complete, so a block spanning many chunks is never rescanned (rescanning a growing
// buffer is quadratic: it made a first version of this floor 3x slower than the real decoders).
// Chunks over 32 KiB are decoded 32 KiB at a time, as runwire's decoder does: one string per
// 64 KiB chunk (undici's usual size) lands in V8's large-object space and decodes twice as slowly.

const MAX_DECODE_BYTES = 32 * 1024;

/**
 * Calls `onData(data)` with the payload of the first `data: ` line of each block.
 * @param {(data: string) => void} onData
 */
export function createFloorSplitter(onData) {
  const utf8 = new TextDecoder();
  let pending = "";
  // The last character of `pending` is "\n" (tracked here: reading it would flatten the rope).
  let pendingEndsLF = false;

  /** Delivers the data of the block `s[start, end)`. */
  function block(s, start, end) {
    const data = s.indexOf("data: ", start);
    if (data === -1 || data >= end) return;
    const lineEnd = s.indexOf("\n", data);
    onData(s.slice(data + 6, lineEnd !== -1 && lineEnd < end ? lineEnd : end));
  }

  return {
    /** @param {Uint8Array} chunk */
    feed(chunk) {
      if (chunk.byteLength <= MAX_DECODE_BYTES) {
        scan(utf8.decode(chunk, { stream: true }));
        return;
      }
      for (let at = 0; at < chunk.byteLength; at += MAX_DECODE_BYTES) {
        scan(utf8.decode(chunk.subarray(at, at + MAX_DECODE_BYTES), { stream: true }));
      }
    },
    end() {
      utf8.decode();
      pending = "";
      pendingEndsLF = false;
    },
  };

  /** Finds the blocks that end in `text`, keeping an unfinished one in `pending`. */
  function scan(text) {
    if (text === "") return;
    let pos = 0;
    if (pendingEndsLF && text.charCodeAt(0) === 10) {
      // A blank line split across two chunks.
      const whole = pending;
      pending = "";
      block(whole, 0, whole.length - 1);
      pos = 1;
    }
    let end = text.indexOf("\n\n", pos);
    while (end !== -1) {
      if (pending === "") block(text, pos, end);
      else {
        const whole = pending + text.slice(pos, end);
        pending = "";
        block(whole, 0, whole.length);
      }
      pos = end + 2;
      end = text.indexOf("\n\n", pos);
    }
    if (pos < text.length) {
      pending += pos === 0 ? text : text.slice(pos);
      pendingEndsLF = text.charCodeAt(text.length - 1) === 10;
    } else {
      pendingEndsLF = false;
    }
  }
}
