// A real node:http server on 127.0.0.1 that speaks the LangGraph runs endpoints runwire uses, with
// a deterministic resumable run, and misbehaves on command: each queued fault applies to the next
// matching requests. Every request is recorded as it arrived on the wire.

import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from "node:http";
import type { Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { type ByteSource, type PumpPlan, pump } from "./pump";
import { finalState, frameText, runEvent, runEventJson } from "./run";
import { type ThreadMode, threadFrames } from "./thread";

/** Which endpoint a request reached. */
export type Route =
  | "stream"
  | "join-stream"
  | "get"
  | "create"
  | "wait"
  | "join"
  | "list"
  | "cancel"
  | "delete"
  | "batch"
  | "cancel-many"
  | "thread-stream"
  | "unknown";

/** One request, as the server saw it. */
export interface RecordedRequest {
  /** 0 for the first request this server received. */
  readonly index: number;
  readonly method: string;
  /** The request-target exactly as received: path and query, nothing decoded. */
  readonly target: string;
  /** The request line as parsed, e.g. `GET /threads/t/runs HTTP/1.1`. */
  readonly requestLine: string;
  /** Header names lower-cased, as node:http gives them. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Names and values as received, alternating, in order. */
  readonly rawHeaders: readonly string[];
  readonly body: string;
  readonly route: Route;
  /** `performance.now()` once the request had arrived whole. */
  readonly receivedAt: number;
  /** The fault applied to this request, if any. */
  readonly fault: Fault | undefined;
  /** `performance.now()` when this exchange's connection closed, or its response ended. */
  closedAt: number | undefined;
  /** How the response ended: sent whole, cut on purpose, or lost (the client left). */
  outcome: "complete" | "cut" | "gone" | "dropped" | undefined;
}

/** Which requests a fault applies to; every given field must match. */
export interface Match {
  readonly route?: Route | readonly Route[];
  readonly method?: string;
  /** The path (target without query) equals this, or matches this pattern. */
  readonly path?: string | RegExp;
}

/** Misbehaviour for matching requests. Fields combine: e.g. a 200 stream cut after 100 bytes. */
export interface Fault extends PumpPlan {
  /** How many matching requests it applies to (default 1; `Infinity` for all). */
  readonly times?: number;
  /** Wait this long before anything is answered. */
  readonly delayMs?: number;
  /**
   * End the exchange before any response: `reset` (RST), `close` (FIN), or `hang` (accept the
   * request and never answer, until the client leaves or `maxFaultMs`).
   */
  readonly drop?: "reset" | "close" | "hang";
  readonly status?: number;
  /** Headers laid over the endpoint's (names lower-case); `null` removes one. */
  readonly headers?: Readonly<Record<string, string | null>>;
  /** Replaces the endpoint's body. */
  readonly body?: string | Uint8Array;
  /** Stream: the data of this event id is not valid JSON. */
  readonly invalidJsonAt?: number;
  /** Stream: event `at` becomes a `values` event of at least `bytes` bytes ({@link bigValues}). */
  readonly bigEvent?: { readonly at: number; readonly bytes: number };
  /**
   * Stream: after the run's events, comments without end (until the client leaves or
   * `maxFaultMs`): `bytes` per write, `everyMs` apart; `newline: false` makes it one comment line
   * that never ends.
   */
  readonly endlessComments?: {
    readonly everyMs?: number;
    readonly bytes?: number;
    readonly newline?: boolean;
  };
  /** Join stream, thread stream: ignore Last-Event-ID and replay from the first event. */
  readonly ignoreLastEventId?: boolean;
}

/** A run the server knows. */
export interface RunState {
  readonly runId: string;
  /** `null` for a stateless run. */
  readonly threadId: string | null;
  readonly events: number;
  /** Set once a connection sent its last event: until then the run is `running`. */
  completed: boolean;
}

export interface FaultServerOptions {
  /** Events of a run whose input gives no `events` (default 20). */
  readonly events?: number;
  /** Line terminator of stream frames (default `"\n"`, as LangGraph). */
  readonly lineEnding?: "\n" | "\r\n";
  /** The longest any stall, hang, drip or endless stream lasts (default 30 s). */
  readonly maxFaultMs?: number;
  /** Prefix of run ids (default `run`): ids are `${prefix}-${n}`. */
  readonly runIdPrefix?: string;
  /**
   * Runs a thread's stream (`GET /threads/{id}/stream`) carries, each of `events` events and a
   * `run_done` (default 3; see ./thread.ts).
   */
  readonly threadRuns?: number;
}

export interface FaultServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Every request received, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** TCP connections accepted. */
  readonly connections: () => number;
  /** Connections open right now. */
  readonly openConnections: () => number;
  /** Requests node:http refused as malformed before any handler saw them. */
  readonly clientErrors: readonly string[];
  readonly runs: ReadonlyMap<string, RunState>;
  /** Queues `fault` for the next matching requests (faults are tried in the order queued). */
  fault(match: Match, fault: Fault): void;
  /** Requests received that match. */
  received(match?: Match): RecordedRequest[];
  /** Forgets requests, faults and runs (connections stay). */
  reset(): void;
  /** Stops every loop and timer, destroys open sockets, and stops listening. */
  close(): Promise<void>;
}

const THREAD_MODES: readonly string[] = ["run_modes", "lifecycle", "state_update"];
const MAX_REQUEST_BODY = 16 * 1024 * 1024;
/** Stream frames are written in pieces of about this many characters. */
const PIECE = 16 * 1024;
const encoder = new TextEncoder();

/**
 * Starts a fault server on 127.0.0.1 (a free port).
 *
 * @example
 * const server = await startFaultServer({ events: 3000 });
 * server.fault({ route: "stream" }, { cutAt: 12_345 });
 * // … a client streams from server.url …
 * await server.close();
 */
export async function startFaultServer(options: FaultServerOptions = {}): Promise<FaultServer> {
  const defaultEvents = options.events ?? 20;
  const lineEnding = options.lineEnding ?? "\n";
  const maxFaultMs = options.maxFaultMs ?? 30_000;
  const prefix = options.runIdPrefix ?? "run";
  const threadShape = { runs: options.threadRuns ?? 3, eventsPerRun: defaultEvents };
  const requests: RecordedRequest[] = [];
  const clientErrors: string[] = [];
  const runs = new Map<string, RunState>();
  const faults: Array<{ match: Match; fault: Fault; left: number }> = [];
  const sockets = new Set<Socket>();
  // Pending pauses: closing the server ends them all at once.
  const wakers = new Set<() => void>();
  let connections = 0;
  let runCount = 0;
  let closing = false;

  const http = createServer({ noDelay: true, keepAliveTimeout: 5_000 }, (req, res) => {
    void handle(req, res).catch((error: unknown) => {
      // A bug in the server itself: answer 599 so a test sees it, never hang.
      if (!res.headersSent) {
        res.writeHead(599, { "content-type": "text/plain" });
        res.end(`fault server error: ${String(error)}`);
      } else res.destroy();
    });
  });
  http.on("connection", (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  http.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    clientErrors.push(error.code ?? error.message);
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen({ port: 0, host: "127.0.0.1", backlog: 1024 }, () => resolve());
  });
  const address = http.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;

  function matches(match: Match, request: { method: string; target: string; route: Route }) {
    if (match.method !== undefined && match.method !== request.method) return false;
    if (match.route !== undefined) {
      const routes: readonly Route[] =
        typeof match.route === "string" ? [match.route] : match.route;
      if (!routes.includes(request.route)) return false;
    }
    if (match.path !== undefined) {
      const path = request.target.split("?", 1)[0] ?? "";
      if (typeof match.path === "string" ? match.path !== path : !match.path.test(path)) {
        return false;
      }
    }
    return true;
  }

  function takeFault(request: { method: string; target: string; route: Route }) {
    const entry = faults.find(
      (candidate) => candidate.left > 0 && matches(candidate.match, request),
    );
    if (!entry) return undefined;
    entry.left -= 1;
    return entry.fault;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const method = req.method ?? "";
    const target = req.url ?? "";
    const parsed = parseRoute(method, target);
    const fault = takeFault({ method, target, route: parsed.route });
    const record: RecordedRequest = {
      index: requests.length,
      method,
      target,
      requestLine: `${method} ${target} HTTP/${req.httpVersion}`,
      headers: { ...req.headers },
      rawHeaders: [...req.rawHeaders],
      body: body ?? "",
      route: parsed.route,
      receivedAt: performance.now(),
      fault,
      closedAt: undefined,
      outcome: undefined,
    };
    requests.push(record);
    let gone = false;
    res.once("close", () => {
      gone = true;
      record.closedAt = performance.now();
    });
    const context = {
      gone: () => gone || closing,
      pause: (ms: number) => pause(ms, () => gone || closing, res),
    };
    if (body === undefined) {
      reply(res, 413, { "content-type": "text/plain" }, "request body too large");
      return;
    }
    if (fault?.delayMs) await context.pause(Math.min(fault.delayMs, maxFaultMs));
    if (context.gone()) return;
    if (fault?.drop) {
      record.outcome = "dropped";
      if (fault.drop === "hang") {
        await context.pause(maxFaultMs);
        req.socket.destroy();
      } else if (fault.drop === "reset") req.socket.resetAndDestroy();
      else req.socket.destroy();
      return;
    }

    const answer = endpoint(parsed, req, body, fault);
    const headers: OutgoingHttpHeaders = { ...answer.headers };
    for (const [name, value] of Object.entries(fault?.headers ?? {})) {
      if (value === null) delete headers[name];
      else headers[name] = value;
    }
    const source: ByteSource =
      fault?.body !== undefined ? [toBytes(fault.body)] : (answer.body ?? []);
    res.writeHead(fault?.status ?? answer.status, headers);
    record.outcome = await pump(res, source, fault ?? {}, context);
    if (record.outcome === "complete") answer.onComplete?.();
  }

  /** Resolves after `ms` or as soon as `stop()` holds (checked on close of the response). */
  function pause(ms: number, stop: () => boolean, res: ServerResponse): Promise<void> {
    if (stop()) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        res.off("close", wake);
        wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, Math.min(ms, maxFaultMs));
      // The server's own timers never keep a process alive nor count as the client's timers.
      timer.unref();
      res.once("close", wake);
      wakers.add(wake);
    });
  }

  interface Answer {
    status: number;
    headers: OutgoingHttpHeaders;
    body?: ByteSource;
    onComplete?: () => void;
  }

  function newRun(threadId: string | null, body: string): RunState {
    runCount += 1;
    const events = eventsOf(body) ?? defaultEvents;
    const run: RunState = { runId: `${prefix}-${runCount}`, threadId, events, completed: false };
    runs.set(run.runId, run);
    return run;
  }

  function runRecord(run: RunState) {
    return {
      run_id: run.runId,
      thread_id: run.threadId,
      assistant_id: "agent",
      status: run.completed ? "success" : "running",
      metadata: {},
      multitask_strategy: "reject",
      created_at: "2025-01-01T00:00:00.000Z",
      updated_at: "2025-01-01T00:00:00.000Z",
    };
  }

  function contentLocation(run: RunState): string {
    return run.threadId === null
      ? `/runs/${run.runId}`
      : `/threads/${encodeURIComponent(run.threadId)}/runs/${run.runId}`;
  }

  function endpoint(
    parsed: ParsedRoute,
    req: IncomingMessage,
    body: string,
    fault: Fault | undefined,
  ): Answer {
    const threadId = parsed.threadId ?? null;
    const known = parsed.runId === undefined ? undefined : runs.get(parsed.runId);
    const missing = (): Answer => text(404, "Run not found");
    switch (parsed.route) {
      case "stream": {
        const run = newRun(threadId, body);
        return {
          status: 200,
          headers: sseHeaders({ "content-location": contentLocation(run) }),
          body: streamSource(run, 0, fault),
          onComplete: () => {
            run.completed = true;
          },
        };
      }
      case "join-stream": {
        if (!known || known.threadId !== threadId) return missing();
        const header = req.headers["last-event-id"];
        const lastEventId = typeof header === "string" ? header : undefined;
        // A resumable run: no Last-Event-ID means only events still to come (none are).
        let from = known.events;
        if (fault?.ignoreLastEventId) from = 0;
        else if (lastEventId !== undefined) from = Math.max(0, Number(lastEventId) + 1 || 0);
        return {
          status: 200,
          headers: sseHeaders(
            known.threadId === null ? { "content-location": contentLocation(known) } : {},
          ),
          body: streamSource(known, from, fault),
          onComplete: () => {
            known.completed = true;
          },
        };
      }
      case "thread-stream": {
        // Every thread exists; its runs all run after the first join, so without Last-Event-ID
        // (or with `-`, the Platform's "from the start") the stream carries the whole thread.
        const header = req.headers["last-event-id"];
        let from = 0;
        if (!fault?.ignoreLastEventId && typeof header === "string" && header !== "-") {
          from = Math.max(0, Number(header) + 1 || 0);
        }
        const query = new URLSearchParams(req.url?.split("?")[1] ?? "");
        const modes = query.getAll("stream_mode");
        const unknown = modes.find((mode) => !THREAD_MODES.includes(mode));
        if (unknown !== undefined) {
          return json(422, { detail: `unknown stream_mode ${JSON.stringify(unknown)}` });
        }
        const frames = threadFrames(threadId ?? "", threadShape, {
          from,
          modes: modes as ThreadMode[],
          lineEnding,
        });
        return { status: 200, headers: sseHeaders({}), body: pieces(frames, fault) };
      }
      case "get":
        return known && known.threadId === threadId ? json(200, runRecord(known)) : missing();
      case "delete":
        return known ? { status: 204, headers: {} } : missing();
      case "cancel":
        return known ? { status: 204, headers: {} } : missing();
      case "create": {
        const run = newRun(threadId, body);
        run.completed = true;
        return json(200, runRecord(run), { "content-location": contentLocation(run) });
      }
      case "wait": {
        const run = newRun(threadId, body);
        run.completed = true;
        return json(200, finalState(run.runId, run.events), {
          "content-location": contentLocation(run),
        });
      }
      case "join":
        return known ? json(200, finalState(known.runId, known.events)) : missing();
      case "list":
        return json(
          200,
          [...runs.values()].filter((run) => run.threadId === threadId).map(runRecord),
        );
      case "batch":
        return json(200, []);
      case "cancel-many":
        return { status: 204, headers: {} };
      default:
        return json(404, { detail: `no route ${req.method} ${req.url}` });
    }
  }

  /**
   * The run's frames from `from`, lazily, in pieces of about 16 KiB (a piece holds whole frames;
   * a bigger frame is a piece of its own), with the fault's changes to its events; then, if asked,
   * endless comments, one piece per write.
   */
  function streamSource(run: RunState, from: number, fault: Fault | undefined) {
    return pieces(frames(run, from, fault), fault);
  }

  /** `frames`, lazily, in pieces of about 16 KiB; then the fault's endless comments, if any. */
  async function* pieces(frames: Iterable<string>, fault: Fault | undefined) {
    let batch: string[] = [];
    let batched = 0;
    for (const frame of frames) {
      batch.push(frame);
      batched += frame.length;
      if (batched >= PIECE) {
        yield encoder.encode(batch.join(""));
        batch = [];
        batched = 0;
      }
    }
    if (batch.length > 0) yield encoder.encode(batch.join(""));
    yield* endlessComments(fault);
  }

  function* frames(run: RunState, from: number, fault: Fault | undefined): Generator<string> {
    const ids = run.threadId !== null;
    const options = { lineEnding, ids };
    for (let index = from; index < run.events; index += 1) {
      const id = ids ? index : undefined;
      let frame: string;
      if (fault?.invalidJsonAt === index) {
        frame = frameText(runEvent(run.runId, index).event, '{"broken": tru', id, options);
      } else if (fault?.bigEvent?.at === index) {
        frame = frameText("values", JSON.stringify(bigValues(fault.bigEvent.bytes)), id, options);
      } else {
        const [event, data] = runEventJson(run.runId, index);
        frame = frameText(event, data, id, options);
      }
      yield frame;
    }
  }

  async function* endlessComments(fault: Fault | undefined) {
    const comments = fault?.endlessComments;
    if (!comments) return;
    const size = comments.bytes ?? 64;
    const deadline = performance.now() + maxFaultMs;
    const line = comments.newline === false ? "x".repeat(size) : `: ${"k".repeat(size)}\n`;
    const piece = encoder.encode(comments.newline === false ? `: ${line}` : line);
    const rest = encoder.encode(line);
    let first = true;
    while (!closing && performance.now() < deadline) {
      yield first ? piece : rest;
      first = false;
      if (comments.everyMs) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, comments.everyMs);
          timer.unref();
        });
      }
    }
  }

  return {
    url,
    port,
    requests,
    clientErrors,
    runs,
    connections: () => connections,
    openConnections: () => sockets.size,
    fault(match, fault) {
      faults.push({ match, fault, left: fault.times ?? 1 });
    },
    received(match = {}) {
      return requests.filter((request) => matches(match, request));
    },
    reset() {
      requests.length = 0;
      faults.length = 0;
      clientErrors.length = 0;
      runs.clear();
      runCount = 0;
    },
    async close() {
      closing = true;
      for (const wake of [...wakers]) wake();
      const closed = [...sockets].map(
        (socket) => new Promise<void>((resolve) => socket.once("close", () => resolve())),
      );
      for (const socket of sockets) socket.destroy();
      await Promise.all([...closed, new Promise<void>((resolve) => http.close(() => resolve()))]);
    },
  };
}

/** A `values` event of at least `bytes` bytes of JSON: a long conversation, multi-byte text. */
export function bigValues(bytes: number): { messages: Array<{ type: string; content: string }> } {
  const content = `${"A long turn of the conversation: héllo 日本語 😀. ".repeat(40)}`;
  const per = encoder.encode(JSON.stringify({ type: "ai", content })).byteLength + 1;
  const count = Math.ceil(bytes / per);
  return {
    messages: Array.from({ length: count }, (_, index) => ({
      type: index % 2 === 0 ? "human" : "ai",
      content,
    })),
  };
}

/** The HTML error page a gateway (nginx) sends for `status`. */
export function gatewayPage(status: number, reason: string): string {
  const title = `${status} ${reason}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

interface ParsedRoute {
  route: Route;
  threadId?: string;
  runId?: string;
}

/** The endpoint a request reaches: segments are split on raw `/`, then percent-decoded. */
function parseRoute(method: string, target: string): ParsedRoute {
  const path = target.split("?", 1)[0] ?? "";
  const raw = path.split("/");
  if (raw[0] !== "") return { route: "unknown" };
  const s = raw.slice(1).map(decodeSegment);
  const n = s.length;
  if (s.some((segment) => segment === undefined)) return { route: "unknown" };
  const [a, b, c, d, e] = s as string[];
  if (a === "threads" && b !== undefined && c === "stream" && n === 3 && method === "GET") {
    return { route: "thread-stream", threadId: b };
  }
  if (a === "threads" && b !== undefined && c === "runs") {
    if (n === 3 && method === "GET") return { route: "list", threadId: b };
    if (n === 3 && method === "POST") return { route: "create", threadId: b };
    if (n === 4 && d === "stream" && method === "POST") return { route: "stream", threadId: b };
    if (n === 4 && d === "wait" && method === "POST") return { route: "wait", threadId: b };
    if (n === 4 && d !== undefined && method === "GET") {
      return { route: "get", threadId: b, runId: d };
    }
    if (n === 4 && d !== undefined && method === "DELETE") {
      return { route: "delete", threadId: b, runId: d };
    }
    if (n === 5 && d !== undefined && e === "stream" && method === "GET") {
      return { route: "join-stream", threadId: b, runId: d };
    }
    if (n === 5 && d !== undefined && e === "join" && method === "GET") {
      return { route: "join", threadId: b, runId: d };
    }
    if (n === 5 && d !== undefined && e === "cancel" && method === "POST") {
      return { route: "cancel", threadId: b, runId: d };
    }
  }
  if (a === "runs") {
    if (n === 1 && method === "POST") return { route: "create" };
    if (n === 2 && b === "stream" && method === "POST") return { route: "stream" };
    if (n === 2 && b === "wait" && method === "POST") return { route: "wait" };
    if (n === 2 && b === "batch" && method === "POST") return { route: "batch" };
    if (n === 2 && b === "cancel" && method === "POST") return { route: "cancel-many" };
    if (n === 3 && b !== undefined && c === "stream" && method === "GET") {
      return { route: "join-stream", runId: b };
    }
  }
  return { route: "unknown" };
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The `events` a run's input asks for (`{"input": {"events": N}}`), if any. */
function eventsOf(body: string): number | undefined {
  try {
    const events = (JSON.parse(body) as { input?: { events?: unknown } } | null)?.input?.events;
    return typeof events === "number" && Number.isInteger(events) && events >= 0
      ? events
      : undefined;
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      length += chunk.byteLength;
      if (length > MAX_REQUEST_BODY) tooLarge = true;
      else chunks.push(chunk);
    });
    req.once("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.once("error", () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")));
  });
}

function sseHeaders(extra: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    ...extra,
  };
}

function json(status: number, value: unknown, extra: OutgoingHttpHeaders = {}) {
  return {
    status,
    headers: { "content-type": "application/json", ...extra },
    body: [encoder.encode(JSON.stringify(value))],
  };
}

function text(status: number, value: string) {
  return {
    status,
    headers: { "content-type": "text/plain;charset=UTF-8" },
    body: [encoder.encode(value)],
  };
}

function reply(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: string) {
  res.writeHead(status, headers);
  res.end(body);
}

function toBytes(body: string | Uint8Array): Uint8Array {
  return typeof body === "string" ? encoder.encode(body) : body;
}
