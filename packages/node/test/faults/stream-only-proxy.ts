import { createServer, request as httpRequest } from "node:http";
import { listenOnLoopback, passedHeaders } from "@runwire/fault-server";

/** How the proxy answers a request it does not forward. */
export type Refusal = 404 | 405 | 501 | 503 | "reset";

export interface StreamOnlyProxy {
  readonly url: string;
  /** `METHOD path` of every request received, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

const STREAM_ROUTE = /^\/threads\/[^/]+\/runs\/stream$/;

/**
 * A backend-for-frontend in front of `target` (a real node:http server on 127.0.0.1), as commonly
 * deployed: it forwards `POST /threads/{id}/runs/stream` and answers every other request with
 * `refuse` (a status, or a connection reset). With `refuse: null` it forwards everything. With
 * `endAfterBlocks`, the first forwarded stream is ended in order (a clean end of the chunked
 * body) right after that many complete SSE blocks, as a proxy with a response time limit does.
 */
export async function startStreamOnlyProxy(options: {
  target: string;
  refuse: Refusal | null;
  endAfterBlocks?: number;
}): Promise<StreamOnlyProxy> {
  const upstream = new URL(options.target);
  const requests: string[] = [];
  let cutPending = options.endAfterBlocks !== undefined;
  const server = createServer({ noDelay: true }, (req, res) => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    requests.push(`${req.method} ${path}`);
    const forwarded = req.method === "POST" && STREAM_ROUTE.test(path);
    if (!forwarded && options.refuse !== null) {
      req.resume();
      if (options.refuse === "reset") req.socket.resetAndDestroy();
      else res.writeHead(options.refuse, { "content-type": "text/plain" }).end("refused");
      return;
    }
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
        agent: false,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, passedHeaders(answer.headers));
        const cutHere = forwarded && cutPending;
        if (cutHere) cutPending = false;
        let blocks = 0;
        let text = "";
        answer.on("data", (chunk: Buffer) => {
          if (!cutHere) {
            res.write(chunk);
            return;
          }
          if (res.writableEnded) return;
          // Cut on a block boundary: pass on whole blocks only, then end the body in order.
          text += chunk.toString("utf8");
          for (let end = text.indexOf("\n\n"); end !== -1; end = text.indexOf("\n\n")) {
            res.write(text.slice(0, end + 2));
            text = text.slice(end + 2);
            blocks += 1;
            if (blocks === options.endAfterBlocks) {
              res.end();
              answer.destroy();
              return;
            }
          }
        });
        answer.once("end", () => {
          if (!res.writableEnded) res.end(text);
        });
        answer.once("error", () => res.destroy());
      },
    );
    forward.once("error", () => res.destroy());
    req.pipe(forward);
  });
  return { ...(await listenOnLoopback(server)), requests };
}
