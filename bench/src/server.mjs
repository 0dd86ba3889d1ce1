// A local stand-in for the LangGraph server's `/runs/stream`: answers with the corpus as fast as
// the client reads it (16 KiB writes, honouring backpressure), with the headers LangGraph sends.
// The path prefix of the client's apiUrl picks what is streamed:
//   /full/runs/stream     the corpus (~100k events)
//   /million/runs/stream  1,000,000 events: the metadata event, then the corpus body cycled
//   /small/runs/stream    the first 5,000 events of the corpus

import { createServer } from "node:http";
import { chunksOf } from "./corpus.mjs";

export const MILLION = 1_000_000;
export const SMALL_EVENTS = 5_000;

/** The byte ranges [start, end) of `body` that make `count` events: metadata, then cycles. */
function cycledRanges(corpus, count) {
  const { ends } = corpus;
  const first = ends[0];
  const perCycle = corpus.events - 1;
  const ranges = [[0, first]];
  let left = count - 1;
  while (left > 0) {
    const take = Math.min(left, perCycle);
    ranges.push([first, ends[take]]);
    left -= take;
  }
  return ranges;
}

function chunked(body, ranges) {
  return ranges.flatMap(([start, end]) => chunksOf(body.subarray(start, end)));
}

/** Starts the server on 127.0.0.1 (a free port); resolves with its base URL and `close()`. */
export async function startServer(corpus) {
  const routes = {
    "/full/runs/stream": chunksOf(corpus.body),
    "/million/runs/stream": chunked(corpus.body, cycledRanges(corpus, MILLION)),
    "/small/runs/stream": chunksOf(corpus.body.subarray(0, corpus.ends[SMALL_EVENTS - 1])),
  };
  let streams = 0;
  const server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    const chunks = routes[path];
    req.resume();
    if (!chunks) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end('{"detail":"Not Found"}');
      return;
    }
    req.on("end", () => {
      streams += 1;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        "x-accel-buffering": "no",
        "content-location": `/runs/1ef9d3a1-0000-4000-a000-${String(streams).padStart(12, "0")}`,
      });
      void send(res, chunks);
    });
  });
  // A client whose event loop lags (the official SDK under 200 streams starts requests seconds
  // late) may pick a pooled keep-alive socket just as the server's idle timer (Node's default is
  // 5 s) closes it, and fail with "other side closed": keep idle sockets open longer than any
  // run of the suite, for every client alike.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  // 200 concurrent streams from one client: let the kernel queue them all.
  await new Promise((resolve) =>
    server.listen({ host: "127.0.0.1", port: 0, backlog: 1024 }, resolve),
  );
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    streams: () => streams,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function send(res, chunks) {
  for (const chunk of chunks) {
    if (res.destroyed) return;
    if (!res.write(chunk)) {
      await new Promise((resolve) => {
        const done = () => {
          res.off("drain", done);
          res.off("close", done);
          resolve();
        };
        res.on("drain", done);
        res.on("close", done);
      });
    }
  }
  if (!res.destroyed) res.end();
}
