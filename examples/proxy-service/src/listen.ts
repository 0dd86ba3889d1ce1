import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";

/** A server listening on a local address. */
export interface Listening {
  /** e.g. `http://127.0.0.1:8787` */
  readonly url: string;
  /** Stops accepting, ends open connections (streams included) and resolves once closed. */
  close(): Promise<void>;
}

/** Serves `fetch` (a Hono app's) with @hono/node-server; port 0 picks a free one. */
export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  { hostname, port }: { hostname: string; port: number },
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, () => {
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${hostname}:${address.port}`,
        close: () =>
          new Promise<void>((closed) => {
            server.close(() => closed());
            // An open stream would hold `close` until it ends on its own.
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
    server.once("error", reject);
  });
}
