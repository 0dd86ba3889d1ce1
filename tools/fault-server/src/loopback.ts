// What every proxy in front of a real server needs, whatever it does to the traffic: listening on
// 127.0.0.1 with a close() that does not wait for open connections, and the response headers a
// proxy may pass on.
import type { IncomingHttpHeaders, OutgoingHttpHeaders, Server } from "node:http";
import type { Socket } from "node:net";

/** A server listening on 127.0.0.1. */
export interface LoopbackListener {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Destroys every open connection (a stream in progress too), then stops listening. */
  close(): Promise<void>;
}

/** Starts `server` on a free port of 127.0.0.1, tracking its connections for `close()`. */
export async function listenOnLoopback(server: Server): Promise<LoopbackListener> {
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// Headers of one connection, not of the message: the proxy's own connection to the client sets
// its own.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade"]);

/** The upstream response's headers a proxy passes on to its client (hop-by-hop ones left out). */
export function passedHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const passed: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) passed[name] = value;
  }
  return passed;
}
