import { RunwireError } from "../errors/runwire-error";
import { childController } from "../request/abort";
import { asyncDispose } from "./async-dispose";

/**
 * The parts decoded from one chunk of a body, handed out one by one (each converted as it is
 * taken, so a chunk's parts are not all held at once).
 */
export type PartBatch<Part> = Iterator<Part, void, undefined>;

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
  readonly #open: (signal: AbortSignal) => AsyncGenerator<PartBatch<Part>, void, undefined>;
  readonly #link: { controller: AbortController; dispose: () => void };
  #generator: AsyncGenerator<PartBatch<Part>, void, undefined> | undefined;
  // The batch being handed out: most reads are served from it without an async step.
  #batch: PartBatch<Part> | undefined;
  // The read waiting for the source, while there is one.
  #pulling: Promise<IteratorResult<Part, undefined>> | undefined;
  #iterated = false;
  #done = false;

  /** @internal Made by the runs client, with a source of batches of parts. */
  constructor(
    open: (signal: AbortSignal) => AsyncGenerator<PartBatch<Part>, void, undefined>,
    signal: AbortSignal | undefined,
  ) {
    this.#open = open;
    this.#link = childController(signal);
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
   * The parts as a `ReadableStream`, e.g. to hand to a Response or a Web Worker. Cancelling the
   * ReadableStream closes the connection.
   */
  toReadableStream(): ReadableStream<Part> {
    const iterator = this[Symbol.asyncIterator]();
    return new ReadableStream<Part>({
      async pull(controller) {
        const result = await iterator.next();
        if (result.done) controller.close();
        else controller.enqueue(result.value);
      },
      async cancel() {
        await iterator.return();
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
  async [asyncDispose](): Promise<void> {
    await this.return();
  }
}
