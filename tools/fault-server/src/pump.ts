// Writing a response body with faults: cut at a byte, stall, drip, random chunk sizes. Every wait
// is bounded and ends early when the connection goes away.

import type { ServerResponse } from "node:http";
import { prng } from "./run";

/** A body source: byte pieces, produced lazily (a million-event stream is never held whole). */
export type ByteSource = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** How the body is written. */
export interface PumpPlan {
  /** Cut the connection once this many body bytes were sent. */
  readonly cutAt?: number | undefined;
  /** `destroy`: close without the final chunk (FIN); `reset`: RST; `end`: a clean end of body. */
  readonly cutHow?: "destroy" | "reset" | "end" | undefined;
  /** Pause `ms` once `at` body bytes were sent. */
  readonly stall?: { readonly at: number; readonly ms: number } | undefined;
  /** One byte per write, `ms` apart. */
  readonly dripMs?: number | undefined;
  /** Random write sizes in [min, max], from a seeded PRNG. */
  readonly chunks?:
    | { readonly min: number; readonly max: number; readonly seed?: number }
    | undefined;
}

/** What the pump needs from the exchange it writes to. */
export interface PumpContext {
  /** Resolves after `ms`, or at once when the connection closes (or the server shuts down). */
  pause(ms: number): Promise<void>;
  /** Whether the connection is gone. */
  gone(): boolean;
}

/** How writing ended. */
export type PumpResult = "complete" | "cut" | "gone";

const DEFAULT_WRITE = 64 * 1024;

/** Writes `source` to `res` following `plan`; resolves once the body ended, was cut, or lost. */
export async function pump(
  res: ServerResponse,
  source: ByteSource,
  plan: PumpPlan,
  context: PumpContext,
): Promise<PumpResult> {
  const reader = new ByteReader(source);
  const random = plan.chunks ? prng(plan.chunks.seed ?? 1) : undefined;
  const nextSize = (): number => {
    if (plan.dripMs !== undefined) return 1;
    if (plan.chunks && random) {
      const { min, max } = plan.chunks;
      return min + Math.floor(random() * (max - min + 1));
    }
    return DEFAULT_WRITE;
  };
  // The status line and headers go out first, whatever happens to the body.
  res.flushHeaders();
  let sent = 0;
  let stalled = false;
  for (;;) {
    if (context.gone()) return "gone";
    if (plan.cutAt !== undefined && sent >= plan.cutAt) {
      await cut(res, plan.cutHow ?? "destroy");
      return "cut";
    }
    if (plan.stall && !stalled && sent >= plan.stall.at) {
      stalled = true;
      await context.pause(plan.stall.ms);
      continue;
    }
    let limit = Math.max(1, nextSize());
    if (plan.cutAt !== undefined) limit = Math.min(limit, plan.cutAt - sent);
    if (plan.stall && !stalled) limit = Math.min(limit, plan.stall.at - sent);
    // Random sizes gather pieces to reach their size; otherwise each piece goes out as it comes
    // (split at the plan's byte positions), so a paced source is sent as it is paced.
    const chunk = await reader.take(limit, plan.chunks !== undefined);
    if (chunk === undefined) break;
    if (!(await write(res, chunk))) return "gone";
    sent += chunk.byteLength;
    if (plan.dripMs !== undefined) await context.pause(plan.dripMs);
  }
  if (context.gone()) return "gone";
  res.end();
  return "complete";
}

/** Writes one chunk; false when the connection went away first. */
function write(res: ServerResponse, chunk: Uint8Array): Promise<boolean> {
  return new Promise((resolve) => {
    if (res.destroyed) {
      resolve(false);
      return;
    }
    const onClose = () => resolve(false);
    res.once("close", onClose);
    res.write(chunk, (error) => {
      res.off("close", onClose);
      resolve(!error && !res.destroyed);
    });
  });
}

async function cut(res: ServerResponse, how: "destroy" | "reset" | "end"): Promise<void> {
  if (how === "end") {
    res.end();
    return;
  }
  const socket = res.socket;
  if (!socket) return;
  // Everything written so far has reached the kernel (each write was awaited); give the headers
  // of an empty body the same chance before the connection goes.
  if (socket.writableLength > 0) {
    await new Promise<void>((resolve) => {
      socket.once("drain", resolve);
      socket.once("close", resolve);
    });
  }
  if (how === "reset") socket.resetAndDestroy();
  else socket.destroy();
}

/** Reads exact-size pieces out of a source of arbitrary pieces. */
class ByteReader {
  private readonly iterator: Iterator<Uint8Array> | AsyncIterator<Uint8Array>;
  private current: Uint8Array = new Uint8Array(0);
  private offset = 0;
  private done = false;

  constructor(source: ByteSource) {
    this.iterator =
      Symbol.asyncIterator in source
        ? source[Symbol.asyncIterator]()
        : (source as Iterable<Uint8Array>)[Symbol.iterator]();
  }

  /**
   * Up to `size` bytes, or undefined once the source is exhausted. With `gather`, pieces are
   * joined until `size` is reached (fewer only at the end); without, at most one piece's rest.
   */
  async take(size: number, gather: boolean): Promise<Uint8Array | undefined> {
    const pieces: Uint8Array[] = [];
    let length = 0;
    while (length < size && (gather || length === 0)) {
      if (this.offset >= this.current.byteLength) {
        if (this.done) break;
        const next = await this.iterator.next();
        if (next.done) {
          this.done = true;
          break;
        }
        this.current = next.value;
        this.offset = 0;
        continue;
      }
      const piece = this.current.subarray(
        this.offset,
        Math.min(this.current.byteLength, this.offset + size - length),
      );
      this.offset += piece.byteLength;
      pieces.push(piece);
      length += piece.byteLength;
    }
    if (length === 0) return undefined;
    return pieces.length === 1 ? pieces[0] : Buffer.concat(pieces, length);
  }
}
