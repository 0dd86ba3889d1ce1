/**
 * Hostile input: ids containing `/`, `..`, `?`, `#`, `%`, CR/LF or NUL (from the caller, or from
 * a server's `Content-Location`) cannot change the request's path, query or headers: the test
 * asserts the exact request line the server parsed. Header values with CR/LF or NUL are refused
 * locally, before anything is sent. Whatever body a failing server sends (an HTML page, text,
 * JSON, nothing, a megabyte, bytes that are not UTF-8) becomes a typed error with a bounded,
 * useful message; a stream with the wrong content type or one invalid event gets a typed error.
 */
import { type FaultServer, gatewayPage, runEvents, startFaultServer } from "@runwire/fault-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type APIStatusError,
  BadRequestError,
  createClient,
  InternalServerError,
  InvalidResponseError,
  type NodeClientConfig,
  NotFoundError,
  RunwireValidationError,
  UnprocessableEntityError,
} from "../../src/index";
import { collect, drain, expectParts, faultClient, rejectionOf } from "./support";

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ events: 10 });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  server.reset();
});
afterEach(() => {
  // Every request that reached the server was well-formed HTTP: none was refused by its parser
  // (HPE_* codes; a client closing a connection early shows as ECONNRESET, which is fine).
  expect(server.clientErrors.filter((code) => code.startsWith("HPE_"))).toEqual([]);
});

const encoder = new TextEncoder();
const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * The oracle for a path segment, written independently of runwire: every UTF-8 byte outside
 * `A-Z a-z 0-9 - _ . ~` percent-encoded, and a segment of dots only with its dots encoded too.
 */
function segment(id: string): string {
  let out = "";
  for (const byte of encoder.encode(id)) {
    const char = String.fromCharCode(byte);
    out += byte < 128 && /[A-Za-z0-9\-_.~]/.test(char) ? char : hex(byte);
  }
  return /^\.+$/.test(id) ? out.replaceAll(".", "%2E") : out;
}

/** The oracle for a query component: as a segment, but `/` is kept (as the reference SDK does). */
function queryComponent(text: string): string {
  let out = "";
  for (const byte of encoder.encode(text)) {
    const char = String.fromCharCode(byte);
    out += byte < 128 && /[A-Za-z0-9\-_.~/]/.test(char) ? char : hex(byte);
  }
  return out;
}

const HOSTILE_IDS = [
  "a/b",
  "../admin",
  "a/../../b",
  "...",
  "?x=1&y=2",
  "#frag",
  "100%",
  "%2e%2e",
  "%2F",
  "a\r\nX-Injected: yes",
  "nul\0byte",
  "\\..\\",
  " lead and trail ",
  "a;b=c,d",
  "日本😀",
];

function client(config: NodeClientConfig = {}) {
  return faultClient(server.url, { maxRetries: 0, ...config });
}

type Client = ReturnType<typeof faultClient>["client"];

/** Each runs method with a hostile id, and the request line it must produce. */
const calls: Array<[string, (c: Client, id: string) => Promise<unknown>, (id: string) => string]> =
  [
    [
      "get",
      (c, id) => c.runs.get(id, id),
      (id) => `GET /threads/${segment(id)}/runs/${segment(id)}`,
    ],
    [
      "list",
      (c, id) => c.runs.list(id),
      (id) => `GET /threads/${segment(id)}/runs?limit=10&offset=0`,
    ],
    [
      "stream",
      (c, id) => collect(c.runs.stream(id, id)),
      (id) => `POST /threads/${segment(id)}/runs/stream`,
    ],
    [
      "joinStream",
      (c, id) => collect(c.runs.joinStream(id, id, { lastEventId: "-1" })),
      (id) => `GET /threads/${segment(id)}/runs/${segment(id)}/stream`,
    ],
    [
      "stateless joinStream",
      (c, id) => collect(c.runs.joinStream(null, id, { lastEventId: "-1" })),
      (id) => `GET /runs/${segment(id)}/stream`,
    ],
    ["wait", (c, id) => c.runs.wait(id, id), (id) => `POST /threads/${segment(id)}/runs/wait`],
    ["create", (c, id) => c.runs.create(id, id), (id) => `POST /threads/${segment(id)}/runs`],
    [
      "join",
      (c, id) => c.runs.join(id, id),
      (id) => `GET /threads/${segment(id)}/runs/${segment(id)}/join`,
    ],
    [
      "cancel",
      (c, id) => c.runs.cancel(id, id),
      (id) => `POST /threads/${segment(id)}/runs/${segment(id)}/cancel?action=interrupt`,
    ],
    [
      "delete",
      (c, id) => c.runs.delete(id, id),
      (id) => `DELETE /threads/${segment(id)}/runs/${segment(id)}`,
    ],
  ];

describe("hostile ids cannot change the path, query or headers", () => {
  it("the oracle agrees with hand-written expectations", () => {
    expect(segment("a/../b?c#d%")).toBe("a%2F..%2Fb%3Fc%23d%25");
    expect(segment("x\r\n\0")).toBe("x%0D%0A%00");
    expect(segment("...")).toBe("%2E%2E%2E");
    expect(segment("日")).toBe("%E6%97%A5");
  });

  it.each(calls)(
    "runs.%s: the exact request line for each hostile id",
    async (_name, call, line) => {
      const { client: c, close } = client();
      try {
        for (const id of HOSTILE_IDS) {
          server.reset();
          await call(c, id).catch(() => undefined);
          // The first request is the call's own (a stream that ends then asks for its run's status:
          // that request is the subject of its own test below).
          expect(server.requests[0]?.requestLine, JSON.stringify(id)).toBe(`${line(id)} HTTP/1.1`);
          if (_name !== "stream") expect(server.requests, JSON.stringify(id)).toHaveLength(1);
          const names = (server.requests[0]?.rawHeaders ?? []).filter(
            (_, index) => index % 2 === 0,
          );
          expect(names.map((name) => name.toLowerCase())).not.toContain("x-injected");
          // The ids that are bodies' fields arrive as sent: JSON, not path.
          if (server.requests[0]?.method === "POST" && server.requests[0].body !== "") {
            const body = JSON.parse(server.requests[0].body) as { assistant_id?: string };
            if (body.assistant_id !== undefined) expect(body.assistant_id).toBe(id);
          }
        }
      } finally {
        await close();
      }
    },
  );

  it("runs.stream on a thread id that needs encoding: its resume and status check go to that same thread", async () => {
    // The server names the run in Content-Location as a URI reference must: percent-encoded
    // (`/threads/a%2Fb/runs/run-1`). The stream is cut once, so it is resumed, then finishes.
    const { client: c, close } = client();
    try {
      const seen: Array<{ id: string; lines: string[]; error: string | undefined }> = [];
      const wanted: typeof seen = [];
      for (const id of HOSTILE_IDS) {
        server.reset();
        server.fault({ route: "stream" }, { cutAt: 300 });
        const { parts, error } = await drain(c.runs.stream(id, "agent", { streamResumable: true }));
        if (error === undefined) expectParts(parts, runEvents("run-1", 10), JSON.stringify(id));
        seen.push({
          id,
          lines: server.requests.map((request) => request.requestLine),
          error: error === undefined ? undefined : String(error),
        });
        wanted.push({
          id,
          lines: [
            `POST /threads/${segment(id)}/runs/stream HTTP/1.1`,
            `GET /threads/${segment(id)}/runs/run-1/stream HTTP/1.1`,
            `GET /threads/${segment(id)}/runs/run-1 HTTP/1.1`,
          ],
          error: undefined,
        });
      }
      expect(seen).toEqual(wanted);
    } finally {
      await close();
    }
  });

  it("'.' and '..' are refused before anything is sent (no encoding survives URL parsing)", async () => {
    const { client: c, close } = client();
    try {
      for (const id of [".", ".."]) {
        await expect(c.runs.get("t1", id)).rejects.toBeInstanceOf(RunwireValidationError);
        await expect(c.runs.list(id)).rejects.toBeInstanceOf(RunwireValidationError);
        expect(() => c.runs.stream(id, "agent")).toThrow(RunwireValidationError);
      }
      expect(server.requests).toEqual([]);
    } finally {
      await close();
    }
  });

  it("hostile params keys and values stay inside the query", async () => {
    const { client: c, close } = client();
    try {
      const key = "k&=#?";
      const value = "v&w=x#y\r\n%/日";
      await c.runs.list("t1", { params: { [key]: value } });
      expect(server.requests[0]?.requestLine).toBe(
        `GET /threads/t1/runs?limit=10&offset=0&${queryComponent(key)}=${queryComponent(value)} HTTP/1.1`,
      );
      expect(queryComponent(value)).toBe("v%26w%3Dx%23y%0D%0A%25/%E6%97%A5");
    } finally {
      await close();
    }
  });

  // The resume goes to the call's own thread, and to the run id the header names, read as the
  // URL text it is (percent-decoded) and encoded again as one path segment.
  it.each([
    ["/threads/t1/runs/../../admin?x=1#y", "t1", "../../admin?x=1#y"],
    ["/threads/a/runs/b/runs/c", "t1", "c"],
    ["/threads/t1/runs/r%2F..%2F..", "t1", "r/../.."],
    ["/threads/t1/runs/r\tx", "t1", "r\tx"],
  ])(
    "a server's Content-Location %j cannot steer the resume out of the run's path",
    async (location, thread, run) => {
      const { client: c, close } = client();
      try {
        server.fault(
          { route: "stream" },
          { headers: { "content-location": location }, cutAt: 300 },
        );
        const { error } = await drain(c.runs.stream("t1", "agent", { streamResumable: true }));
        // The run it names does not exist here: the resume gets a 404, typed.
        expect(error).toBeInstanceOf(NotFoundError);
        expect(server.requests.map((request) => request.requestLine)).toEqual([
          "POST /threads/t1/runs/stream HTTP/1.1",
          `GET /threads/${segment(thread)}/runs/${segment(run)}/stream HTTP/1.1`,
        ]);
      } finally {
        await close();
      }
    },
  );
});

describe("header values with CR/LF or NUL are refused locally", () => {
  const badHeaders: Array<[string, Record<string, string>]> = [
    ["CR/LF in a value", { "x-trace": "a\r\nx-injected: 1" }],
    ["LF in a value", { "x-trace": "a\nx-injected: 1" }],
    ["CR in a value", { "x-trace": "a\rx-injected: 1" }],
    ["NUL in a value", { "x-trace": "a\0b" }],
    ["a space in a name", { "x bad": "1" }],
    ["a colon in a name", { "x:injected": "1" }],
  ];

  it.each(badHeaders)(
    "per-call headers, %s: RunwireValidationError, nothing sent",
    async (_name, headers) => {
      const { client: c, close } = client();
      try {
        const checks: Array<() => Promise<unknown>> = [
          () => c.runs.get("t1", "r1", { headers }),
          () => c.runs.create("t1", "agent", { headers }),
          () => c.runs.wait("t1", "agent", { headers }),
          () => c.runs.delete("t1", "r1", { headers }),
          async () => c.runs.stream("t1", "agent", { headers }),
          async () => c.runs.joinStream("t1", "r1", { headers }),
        ];
        for (const check of checks) {
          const error = await rejectionOf(check());
          expect(error).toBeInstanceOf(RunwireValidationError);
          expect((error as RunwireValidationError).field).toBe("headers");
        }
        expect(server.requests).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it("defaultHeaders with CR/LF: refused at construction", () => {
    expect(() =>
      createClient({ apiUrl: server.url, defaultHeaders: { "x-trace": "a\r\nx-injected: 1" } }),
    ).toThrow(RunwireValidationError);
  });

  it("an apiKey with CR/LF: refused at construction with RunwireValidationError", () => {
    let error: unknown;
    try {
      createClient({ apiUrl: server.url, apiKey: "sk-1\r\nx-injected: 1" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RunwireValidationError);
    expect((error as RunwireValidationError).field).toBe("apiKey");
  });

  it("a joinStream lastEventId with CR/LF: RunwireValidationError at the call, nothing sent", async () => {
    const { client: c, close } = client();
    try {
      expect(() => c.runs.joinStream("t1", "r1", { lastEventId: "5\r\nx-injected: 1" })).toThrow(
        RunwireValidationError,
      );
      expect(server.requests).toEqual([]);
    } finally {
      await close();
    }
  });
});

const MiB = 1024 * 1024;
const ERROR_BODY_LIMIT = 64 * 1024;

describe("any error body becomes a typed error with a bounded, useful message", () => {
  const json = { "content-type": "application/json" };
  const cases: Array<
    [string, number, Record<string, string>, string | Uint8Array, unknown, string]
  > = [
    [
      "a gateway's HTML page",
      502,
      { "content-type": "text/html" },
      gatewayPage(502, "Bad Gateway"),
      InternalServerError,
      "502 Bad Gateway",
    ],
    [
      "plain text",
      404,
      { "content-type": "text/plain" },
      "Run not found",
      NotFoundError,
      "Run not found",
    ],
    [
      "JSON detail",
      422,
      json,
      '{"detail":"Thread is busy"}',
      UnprocessableEntityError,
      "Thread is busy",
    ],
    [
      "JSON message",
      400,
      json,
      '{"message":"bad input","code":"E1"}',
      BadRequestError,
      "bad input",
    ],
    [
      "JSON zod issues",
      422,
      json,
      '{"error":{"issues":[{"path":["input","x"],"message":"Expected number, received string"}]}}',
      UnprocessableEntityError,
      "Validation failed: input.x: Expected number, received string",
    ],
    ["empty", 500, {}, "", InternalServerError, "500 Internal Server Error"],
    ["empty, odd status", 599, {}, "", InternalServerError, "599"],
    [
      "1 MiB HTML",
      500,
      { "content-type": "text/html" },
      `<html><body>${"<p>stack frame</p>".repeat(MiB / 18)}</body></html>`,
      InternalServerError,
      "500 Internal Server Error",
    ],
    [
      "1 MiB text",
      503,
      { "content-type": "text/plain" },
      "x".repeat(MiB),
      InternalServerError,
      "503 Service Unavailable",
    ],
    [
      "1 MiB JSON",
      500,
      json,
      JSON.stringify({ detail: "y".repeat(MiB) }),
      InternalServerError,
      "500 Internal Server Error",
    ],
    [
      "bytes that are not UTF-8",
      500,
      { "content-type": "application/octet-stream" },
      new Uint8Array([0xff, 0xfe, 0x00, 0xc3, 0x28]),
      InternalServerError,
      "500 Internal Server Error",
    ],
  ];

  it.each(cases)("%s (%i)", async (_name, status, headers, body, ErrorClass, message) => {
    const { client: c, agent, close } = client();
    try {
      server.fault({ route: "get" }, { status, headers, body });
      const error = await rejectionOf(c.runs.get("t1", "r1"));
      expect(error).toBeInstanceOf(ErrorClass as typeof InternalServerError);
      expect((error as APIStatusError).status).toBe(status);
      expect((error as APIStatusError).message.startsWith(message)).toBe(true);
      expect((error as APIStatusError).message.length).toBeLessThanOrEqual(ERROR_BODY_LIMIT);
      // The body is kept for debugging, cut to the error-body limit, never buffered whole.
      const kept = (error as APIStatusError).body;
      const keptLength = typeof kept === "string" ? kept.length : JSON.stringify(kept).length;
      expect(keptLength).toBeLessThanOrEqual(ERROR_BODY_LIMIT);
      expect(agent.stats[server.url]).toBeDefined();
    } finally {
      await close();
    }
  });

  it("a stream answered 200 with the wrong content type: InvalidResponseError", async () => {
    const { client: c, close } = client();
    try {
      server.fault(
        { route: "stream" },
        { headers: { "content-type": "application/json" }, body: '{"ok":true}' },
      );
      const error = await rejectionOf(collect(c.runs.stream("t1", "agent")));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).message).toBe(
        "Expected response header Content-Type to be 'text/event-stream', got 'application/json'",
      );
      expect((error as InvalidResponseError).status).toBe(200);
      expect(server.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("a captive portal's HTML page with status 200 on a stream: InvalidResponseError", async () => {
    const { client: c, close } = client();
    try {
      server.fault(
        { route: "stream" },
        { headers: { "content-type": "text/html" }, body: gatewayPage(200, "OK") },
      );
      const error = await rejectionOf(collect(c.runs.stream("t1", "agent")));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toContain("got 'text/html'");
    } finally {
      await close();
    }
  });

  it("invalid JSON in one event: the events before it, then InvalidResponseError naming it; no resume", async () => {
    const { client: c, close } = client();
    try {
      server.fault({ route: "stream" }, { invalidJsonAt: 4 });
      const { parts, error } = await drain(c.runs.stream("t1", "agent", { streamResumable: true }));
      expectParts(parts, runEvents("run-1", 4));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).event).toBe("updates|child:7f3a");
      expect((error as InvalidResponseError).message).toMatch(
        /^Invalid JSON in SSE event "updates\|child:7f3a" \(id 4\): /,
      );
      expect(server.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("a wait answered 200 with a body that is not JSON: InvalidResponseError", async () => {
    const { client: c, close } = client();
    try {
      server.fault({ route: "wait" }, { body: "<html>upstream fell over</html>" });
      const error = await rejectionOf(c.runs.wait("t1", "agent"));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toMatch(/^Invalid JSON in response body \(status 200\): /);
    } finally {
      await close();
    }
  });
});
