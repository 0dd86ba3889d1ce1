// A reverse proxy in front of a real server (the LangGraph server) that cuts the connection to the
// client at a chosen byte of a chosen response: a real broken socket on a real run.

import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
} from "node:http";
import { listenOnLoopback, passedHeaders } from "./loopback";

/** One request the proxy forwarded. */
export interface ProxiedRequest {
  readonly method: string;
  /** The request-target as received. */
  readonly target: string;
  readonly headers: Readonly<IncomingHttpHeaders>;
  /** The upstream status. */
  status: number | undefined;
  /** Body bytes passed on to the client before the cut, when this response was cut. */
  cutAfter: number | undefined;
}

export interface CuttingProxy {
  readonly url: string;
  readonly requests: readonly ProxiedRequest[];
  close(): Promise<void>;
}

/** Decides, per response, after how many body bytes the client's connection is cut (or never). */
export type CutRule = (
  request: ProxiedRequest,
  response: { status: number; headers: IncomingHttpHeaders },
) => number | undefined;

/**
 * Starts a proxy on 127.0.0.1 in front of `target`. Each response is passed on as it arrives;
 * when `cut` returns a byte count for it, the client's socket is destroyed after that many body
 * bytes (the upstream response is dropped with it).
 */
export async function startCuttingProxy(options: {
  target: string;
  cut: CutRule;
}): Promise<CuttingProxy> {
  const upstream = new URL(options.target);
  const requests: ProxiedRequest[] = [];
  const server = createServer({ noDelay: true }, (req, res) => {
    const record: ProxiedRequest = {
      method: req.method ?? "",
      target: req.url ?? "",
      headers: { ...req.headers },
      status: undefined,
      cutAfter: undefined,
    };
    requests.push(record);
    const headers: OutgoingHttpHeaders = { ...req.headers, host: upstream.host };
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers,
        agent: false,
      },
      (answer) => {
        const status = answer.statusCode ?? 502;
        record.status = status;
        const cutAt = options.cut(record, { status, headers: answer.headers });
        res.writeHead(status, passedHeaders(answer.headers));
        res.flushHeaders();
        let sent = 0;
        answer.on("data", (chunk: Buffer) => {
          if (record.cutAfter !== undefined) return;
          if (cutAt !== undefined && sent + chunk.byteLength >= cutAt) {
            const part = chunk.subarray(0, cutAt - sent);
            record.cutAfter = cutAt;
            answer.destroy();
            res.write(part, () => res.socket?.destroy());
            return;
          }
          sent += chunk.byteLength;
          res.write(chunk);
        });
        answer.once("end", () => {
          if (record.cutAfter === undefined) res.end();
        });
        answer.once("error", () => res.destroy());
      },
    );
    forward.once("error", () => res.destroy());
    req.pipe(forward);
    res.once("close", () => forward.destroy());
  });
  return { ...(await listenOnLoopback(server)), requests };
}
