import { ClientClosedError } from "../errors/client-closed-error";
import { childController, linkAbort } from "./abort";

/** A signal for one request or stream, and the means to stop tracking it once it is over. */
export interface TrackedSignal {
  /** Aborts when the caller's signal does, or with a `ClientClosedError` when the client closes. */
  readonly signal: AbortSignal;
  /** Stops tracking (safe to call more than once). */
  readonly end: () => void;
}

/**
 * What `client.close()` needs: every request and stream open on the client, so that closing
 * aborts them all at once instead of waiting for them (a stream whose reader is paused would
 * otherwise keep the client open indefinitely). Each is tracked only while it is open, so a
 * long-lived client does not accumulate finished requests.
 */
export class ClientLifetime {
  readonly #open = new Set<AbortController>();
  #closed = false;

  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.#closed;
  }

  /** How many requests and streams are open now (for tests: a finished one must not stay). */
  get openCount(): number {
    return this.#open.size;
  }

  /** Throws a `ClientClosedError` once the client is closed: nothing is sent after `close()`. */
  check(): void {
    if (this.#closed) {
      throw new ClientClosedError(
        "This client is closed; nothing was sent. Create a new client to send more requests.",
      );
    }
  }

  /** Tracks one request from now on (throws if the client is closed). */
  enter(parent: AbortSignal | undefined): TrackedSignal {
    this.check();
    const { controller, dispose } = childController(parent);
    return { signal: controller.signal, end: this.#add(controller, dispose) };
  }

  /**
   * A lazy stream's signal: made when the stream is created, tracked only while `track`'s
   * generator runs, so a stream that is never read holds nothing on the client.
   */
  stream(parent: AbortSignal | undefined): {
    readonly signal: AbortSignal;
    track<T>(source: AsyncGenerator<T, void, undefined>): AsyncGenerator<T, void, undefined>;
  } {
    this.check();
    const controller = new AbortController();
    const lifetime = this;
    return {
      signal: controller.signal,
      async *track(source) {
        // Closed between the call and the first read: the source never starts, nothing is sent.
        lifetime.check();
        // Linked to the caller's signal only while the stream is read: a stream that is made and
        // never read leaves no listener on a long-lived signal.
        const dispose = linkAbort(parent, controller);
        const end = lifetime.#add(controller, dispose);
        try {
          yield* source;
        } finally {
          end();
        }
      },
    };
  }

  /** Aborts every open request and stream with one `ClientClosedError`; idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const reason = new ClientClosedError(
      "The client was closed while this request or stream was open.",
    );
    const open = [...this.#open];
    this.#open.clear();
    for (const controller of open) controller.abort(reason);
  }

  #add(controller: AbortController, dispose: () => void): () => void {
    this.#open.add(controller);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#open.delete(controller);
      dispose();
    };
  }
}
