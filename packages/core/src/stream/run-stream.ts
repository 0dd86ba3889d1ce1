import { asyncDispose } from "../async-dispose";
import { RunwireError } from "../errors/runwire-error";
import { childController } from "../request/abort";
import type { SseEvent } from "../sse/decoder";
import { encodeSseEvent } from "../sse/encoder";
import type { StreamCursor } from "./run-resume";

/**
 * The parts decoded from one chunk of a body, handed out one by one (each converted as it is
 * taken, so a chunk's parts are not all held at once).
 */
export type PartBatch<Part> = Iterator<Part, void, undefined>;

type PartSource<Part> = (signal: AbortSignal) => AsyncGenerator<PartBatch<Part>, void, undefined>;

/** @internal What a run stream knows beyond its parts: its cursor, and its events unparsed. */
export interface RunStreamExtras {
  /** The run and the last event id, as the reader takes parts. */
  readonly cursor?: StreamCursor | undefined;
  /** The same stream as decoded SSE events, data unparsed (for `toEventStream`). */
  readonly events?: ((signal: AbortSignal) => AsyncGenerator<PartBatch<SseEvent>>) | undefined;
}

/**
 * The object `runs.stream` and `runs.joinStream` return: an async iterable of parts that sends
 * nothing until it is first read, has exactly one reader, and closes the connection when the
 * reader stops early (`break`, `return()`) or `abort()` is called.
 *
 * @example
 * const stream = client.runs.stream(threadId, "agent", { streamMode: ["updates"] });
 * for await (const part of stream) {
 *   if (part.event === "updates") console.log(part.data);
 * }
 */
export class RunStream<Part> implements AsyncIterableIterator<Part> {
  // Replaced by toEventStream (before the first read) with the source of unparsed events: the
  // same reading machinery (batches, one reader, abort, close) then hands those out.
  #open: PartSource<Part>;
  readonly #extras: RunStreamExtras;
  readonly #link: { controller: AbortController; dispose: () => void };
  #generator: AsyncGenerator<PartBatch<Part>, void, undefined> | undefined;
  // The batch being handed out: most reads are served from it without an async step.
  #batch: PartBatch<Part> | undefined;
  // The read waiting for the source, while there is one.
  #pulling: Promise<IteratorResult<Part, undefined>> | undefined;
  #iterated = false;
  #done = false;

  /** @internal Made by the runs client, with a source of batches of parts. */
  static open<Part>(
    open: (signal: AbortSignal) => AsyncGenerator<PartBatch<Part>, void, undefined>,
    signal: AbortSignal | undefined,
    extras: RunStreamExtras = {},
  ): RunStream<Part> {
    // `this`, not the class's name: a class body naming its class makes esbuild rename it.
    return new this(open, signal, extras) as RunStream<Part>;
  }

  // Private, so that the published types refuse `new RunStream()`: streams come from the client.
  private constructor(
    open: (signal: AbortSignal) => AsyncGenerator<PartBatch<Part>, void, undefined>,
    signal: AbortSignal | undefined,
    extras: RunStreamExtras,
  ) {
    this.#open = open;
    this.#extras = extras;
    this.#link = childController(signal);
  }

  /**
   * The id of the last part handed to the reader (v1 and v2 alike), or the `lastEventId` a
   * `joinStream` started from; `undefined` before any part with an id (a stateless run's events
   * have none). It follows what the reader took, not what was decoded ahead. Keep it to pick the
   * stream up later with `joinStream` on a run created with `streamResumable: true`.
   *
   * @example
   * const stream = client.runs.stream(threadId, "agent", { streamResumable: true, version: "v2" });
   * for await (const part of stream) if (part.type === "values") break;
   * const rest = client.runs.joinStream(threadId, stream.runId!, {
   *   lastEventId: stream.lastEventId,
   *   version: "v2",
   * });
   */
  get lastEventId(): string | undefined {
    return this.#extras.cursor?.lastEventId;
  }

  /**
   * The run's id once known (from the response's `Content-Location` or the `metadata` event; a
   * `joinStream`'s run at once); `undefined` before.
   *
   * @example
   * for await (const part of stream) break;
   * console.log(stream.runId, stream.threadId);
   */
  get runId(): string | undefined {
    return this.#extras.cursor?.run?.runId;
  }

  /**
   * The run's thread once the run is known: `null` for a stateless run, `undefined` before.
   *
   * @example
   * const stream = client.runs.stream(null, "agent", { input });
   * for await (const part of stream) break;
   * stream.threadId; // null: a stateless run
   */
  get threadId(): string | null | undefined {
    const run = this.#extras.cursor?.run;
    return run === null || run === undefined ? undefined : run.threadId;
  }

  /** The next part; sends the request on the first call. */
  next(): Promise<IteratorResult<Part, undefined>> {
    // A read made while another waits for the source goes after it, so that no batch is lost.
    const pulling = this.#pulling;
    if (pulling !== undefined) return pulling.then(this.#nextAfter, this.#nextAfter);
    if (this.#done) return Promise.resolve({ done: true, value: undefined });
    // After abort() nothing more is handed out: the source then rejects with the abort reason.
    if (this.#batch !== undefined && !this.#link.controller.signal.aborted) {
      let taken: IteratorResult<Part, void>;
      try {
        taken = this.#batch.next();
      } catch (error) {
        return this.#fail(error);
      }
      if (!taken.done) return Promise.resolve(taken);
    }
    this.#batch = undefined;
    const pull = this.#pull().finally(() => {
      this.#pulling = undefined;
    });
    this.#pulling = pull;
    return pull;
  }

  readonly #nextAfter = () => this.next();

  // Waits for the source's next batch that has a part, and hands that part out.
  async #pull(): Promise<IteratorResult<Part, undefined>> {
    try {
      this.#generator ??= this.#open(this.#link.controller.signal);
      for (;;) {
        const result = await this.#generator.next();
        if (result.done) break;
        const taken = result.value.next();
        if (taken.done) continue;
        this.#batch = result.value;
        return taken;
      }
      this.#finish();
      return { done: true, value: undefined };
    } catch (error) {
      return this.#fail(error);
    }
  }

  // A part that failed in its batch (invalid JSON, a failed check) leaves the source suspended
  // with its connection open: close it, then reject with the failure.
  async #fail(error: unknown): Promise<never> {
    this.#finish();
    await this.#generator?.return().catch(() => {});
    throw error;
  }

  /** Stops reading and closes the connection; a read still pending rejects with an AbortError. */
  async return(): Promise<IteratorResult<Part, undefined>> {
    const generator = this.#generator;
    if (generator && !this.#done) {
      // Abort first: a generator suspended in a read would otherwise finish that read before
      // it sees the return.
      this.#link.controller.abort(new DOMException("The stream was closed.", "AbortError"));
    }
    this.#finish();
    await generator?.return().catch(() => {});
    return { done: true, value: undefined };
  }

  /** Stops reading, closes the connection, and rethrows `error`. */
  async throw(error?: unknown): Promise<IteratorResult<Part, undefined>> {
    await this.return();
    throw error;
  }

  /** Aborts the request, a resume in progress, and any pending read. */
  abort(reason?: unknown): void {
    this.#link.controller.abort(reason);
  }

  /** Iterates the parts; a stream has one reader, so a second loop over it throws. */
  [Symbol.asyncIterator](): this {
    if (this.#iterated) {
      throw new RunwireError(
        "This stream is already being read: a run stream has one reader. Start another stream (or joinStream) for a second reader.",
      );
    }
    this.#iterated = true;
    return this;
  }

  /**
   * The parts as a `ReadableStream` of objects, e.g. to pipe through a `TransformStream` or post
   * to a Web Worker. It carries objects, not bytes, so it cannot be a `Response` body: use
   * {@link RunStream.toEventStream} for that. Cancelling the ReadableStream closes the connection.
   *
   * @example
   * const reader = client.runs.stream(threadId, "agent").toReadableStream().getReader();
   * const { value } = await reader.read();
   */
  toReadableStream(): ReadableStream<Part> {
    this[Symbol.asyncIterator]();
    return this.#readable((part: Part) => part);
  }

  /**
   * The run's stream as SSE bytes, to pass on as is (a backend relaying a run to a browser):
   * each event the server sent, written back as one SSE block from its decoded fields (event name,
   * data text as received, id). Nothing is JSON-parsed or re-serialised on the way, and parts are
   * not validated or converted (`version`, `validateResponses` do not apply). Resumes work as for
   * the parts: a broken connection is picked up and no event is written twice. The stream errors
   * if the run's stream fails (the same errors a `for await` would throw); cancelling it closes
   * the connection. Like a `for await`, it is the stream's one reader.
   *
   * @example
   * const stream = client.runs.stream(threadId, "agent", { input, streamResumable: true });
   * return new Response(stream.toEventStream(), {
   *   headers: { "content-type": "text/event-stream", "cache-control": "no-store" },
   * });
   */
  toEventStream(): ReadableStream<Uint8Array> {
    const events = this.#extras.events;
    if (events === undefined) {
      throw new RunwireError(
        "This stream cannot be passed on as SSE bytes: it has no event source.",
      );
    }
    if (this.#generator !== undefined || this.#done) {
      throw new RunwireError(
        "This stream is already being read: a run stream has one reader. Call toEventStream() before reading any part.",
      );
    }
    this[Symbol.asyncIterator]();
    // Before the first read, nothing has been opened yet: the events replace the parts.
    this.#open = events as unknown as PartSource<Part>;
    const encoder = new TextEncoder();
    return this.#readable((event) => encoder.encode(encodeSseEvent(event as unknown as SseEvent)));
  }

  // What this stream hands out, mapped, as a ReadableStream pulled one item at a time; cancelling
  // it closes the connection.
  #readable<T>(map: (item: Part) => T): ReadableStream<T> {
    return new ReadableStream<T>({
      pull: async (controller) => {
        const result = await this.next();
        if (result.done) controller.close();
        else controller.enqueue(map(result.value));
      },
      cancel: async () => {
        await this.return();
      },
    });
  }

  #finish(): void {
    this.#done = true;
    this.#batch = undefined;
    this.#link.dispose();
  }

  /**
   * Closes the stream like `return()`, for `await using stream = client.runs.stream(…)`; also
   * what makes a `RunStream` an `AsyncGenerator` under `lib: esnext`.
   *
   * @example
   * await using stream = client.runs.stream(threadId, "agent", { input });
   * for await (const part of stream) if (part.event === "values") break;
   */
  declare readonly [Symbol.asyncDispose]: () => Promise<void>;

  static {
    // Defined under the guarded key (see async-dispose.ts), as `Client` does: a method written
    // `[Symbol.asyncDispose]()` would be named "undefined" on a runtime without the symbol.
    // biome-ignore lint/complexity/noThisInStatic: the class's own name here would get it renamed.
    Object.defineProperty(this.prototype, asyncDispose, {
      async value(this: RunStream<unknown>) {
        await this.return();
      },
      writable: true,
      configurable: true,
    });
  }
}
