import { APIConnectionError, APITimeoutError } from "../errors/connection-error";
import { InvalidResponseError } from "../errors/invalid-response-error";
import { RunwireError } from "../errors/runwire-error";
import { raceAbort } from "./abort";

/** How much of a body to read: beyond `maxBytes`, refuse it or keep only the start of it. */
export interface BodyLimit {
  readonly maxBytes: number;
  readonly onExceed: "throw" | "truncate";
}

const NO_LIMIT: BodyLimit = { maxBytes: Number.POSITIVE_INFINITY, onExceed: "throw" };

/**
 * Reads a response body chunk by chunk with an idle timeout: the longest gap allowed between two
 * chunks. On a stall, an abort or a broken connection it cancels the body (releasing the
 * connection) and throws a typed error; `release` runs exactly once, however reading ends.
 */
export class BodyReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array> | null;
  private released = false;

  constructor(
    body: ReadableStream<Uint8Array> | null,
    /** Aborts this response; the reader aborts it too on an idle timeout. */
    private readonly controller: AbortController,
    private readonly idleTimeoutMs: number | null,
    private readonly release: () => void,
  ) {
    this.reader = body ? body.getReader() : null;
    if (!this.reader) this.finish();
  }

  /** The next chunk, or `undefined` once the body has ended cleanly. */
  async read(): Promise<Uint8Array | undefined> {
    if (!this.reader || this.released) return undefined;
    const signal = this.controller.signal;
    const timer =
      this.idleTimeoutMs === null
        ? undefined
        : setTimeout(() => this.controller.abort(new APITimeoutError()), this.idleTimeoutMs);
    try {
      const result = await raceAbort(this.reader.read(), signal);
      if (result.done) {
        this.finish();
        return undefined;
      }
      return result.value;
    } catch (error) {
      // An abort (the caller's, or the idle timer's APITimeoutError) surfaces as its reason;
      // anything else is the connection failing under the read.
      const reason: unknown = signal.aborted ? signal.reason : toReadError(error);
      this.cancel(reason);
      throw reason;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Reads the rest of the body into one byte array. */
  async readAll(limit: BodyLimit = NO_LIMIT): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (let chunk = await this.read(); chunk; chunk = await this.read()) {
      if (length + chunk.byteLength > limit.maxBytes) {
        // Bounded memory: stop reading, release the connection, keep or refuse what was read.
        this.cancel();
        if (limit.onExceed === "throw") {
          throw new InvalidResponseError(
            `The response body is larger than the limit of ${limit.maxBytes} bytes; raise \`maxEventBytes\` if the server legitimately sends bodies this large.`,
          );
        }
        chunks.push(chunk.subarray(0, limit.maxBytes - length));
        length = limit.maxBytes;
        break;
      }
      chunks.push(chunk);
      length += chunk.byteLength;
    }
    if (chunks.length === 1 && chunks[0]) return chunks[0];
    const all = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      all.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return all;
  }

  /** Reads the rest of the body as UTF-8 text. */
  async readText(limit: BodyLimit = NO_LIMIT): Promise<string> {
    return new TextDecoder().decode(await this.readAll(limit));
  }

  /** Stops reading and closes the connection; safe to call at any time, any number of times. */
  cancel(reason?: unknown): void {
    if (this.released) return;
    this.reader?.cancel(reason).catch(() => {});
    this.finish();
  }

  private finish(): void {
    if (this.released) return;
    this.released = true;
    this.release();
  }
}

function toReadError(error: unknown): unknown {
  if (RunwireError.isInstance(error)) return error;
  return new APIConnectionError({
    message: "Connection lost while reading the response.",
    cause: error,
  });
}
