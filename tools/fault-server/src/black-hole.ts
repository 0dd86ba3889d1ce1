// A port on 127.0.0.1 that listens but does not accept: a TCP connect to it neither succeeds nor
// fails, it just waits (the SYN is dropped), which is what a client sees while connecting to a
// host that does not answer. Made with a listen backlog of 1 in a worker thread whose event loop is
// blocked (so nothing is accepted), its accept queue filled by two sockets of our own. `release()`
// unblocks it: from then on it accepts, and records every byte a client sends.

import { connect, type Socket } from "node:net";
import { Worker } from "node:worker_threads";

export interface BlackHole {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Starts accepting: connects waiting in the kernel complete, and what they send is recorded. */
  release(): void;
  /** Everything clients sent once released (latin1 text per chunk, in arrival order). */
  readonly received: readonly string[];
  /** Frees the port and ends the worker. */
  close(): Promise<void>;
}

const BLOCKED = 0;
const RELEASED = 1;
const CLOSED = 2;

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const net = require("node:net");
const server = net.createServer((socket) => {
  socket.on("error", () => {});
  socket.on("data", (chunk) => parentPort.postMessage({ data: chunk.toString("latin1") }));
});
server.listen({ port: 0, host: "127.0.0.1", backlog: 1 }, () => {
  parentPort.postMessage({ port: server.address().port });
  // Block this thread's event loop: nothing is accepted until woken (or the bound runs out).
  Atomics.wait(workerData.state, 0, ${BLOCKED}, workerData.maxMs);
  if (Atomics.load(workerData.state, 0) !== ${RELEASED}) server.close();
});
`;

/**
 * Starts a listening-but-not-accepting port. It stays blocked for at most `maxMs` (default 60 s),
 * then frees itself.
 *
 * @example
 * const hole = await startBlackHole();
 * // a request to hole.url now waits in connect
 * await hole.close();
 */
export async function startBlackHole(options: { maxMs?: number } = {}): Promise<BlackHole> {
  const state = new Int32Array(new SharedArrayBuffer(4));
  const received: string[] = [];
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { state, maxMs: options.maxMs ?? 60_000 },
  });
  worker.unref();
  const port = await new Promise<number>((resolve, reject) => {
    worker.on("message", (message: { port?: number; data?: string }) => {
      if (message.port !== undefined) resolve(message.port);
      if (message.data !== undefined) received.push(message.data);
    });
    worker.once("error", reject);
  });
  // With backlog 1 the kernel completes two handshakes into the accept queue; fill it.
  const fillers: Socket[] = [];
  for (let index = 0; index < 2; index += 1) {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.on("error", () => {});
    fillers.push(socket);
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  }
  const wake = (to: number) => {
    if (Atomics.compareExchange(state, 0, BLOCKED, to) === BLOCKED) Atomics.notify(state, 0);
  };
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    release: () => wake(RELEASED),
    close() {
      closed ??= (async () => {
        for (const socket of fillers) socket.destroy();
        wake(CLOSED);
        await worker.terminate();
      })();
      return closed;
    },
  };
}
