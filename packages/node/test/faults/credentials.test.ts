/**
 * Credentials stay home: `x-api-key` and a custom `authorization` header are sent to the origin
 * they were given for and never to another one, whatever the server answers (a 3xx redirect, a
 * `Location` to reconnect to, a `Content-Location` naming another origin). A second fault server
 * plays the other origin and records that it received nothing, not even a connection. And the key
 * appears in no error (message, `String(err)`, stack, JSON, `util.inspect`) and no console output.
 */
import { inspect } from "node:util";
import {
  type FaultServer,
  finalState,
  gatewayPage,
  runEvents,
  startFaultServer,
} from "@runwire/fault-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  APIStatusError,
  AuthenticationError,
  createClient,
  InvalidResponseError,
  type NodeClientConfig,
} from "../../src/index";
import { collect, drain, expectParts, faultClient, rejectionOf } from "./support";

const API_KEY = "lsv2_sk_SECRET-KEY-0123456789";
const AUTH = "Bearer AUTH-TOKEN-9876543210";
const SECRETS = [API_KEY, "SECRET-KEY", AUTH, "AUTH-TOKEN"];

let home: FaultServer;
let other: FaultServer;
beforeAll(async () => {
  home = await startFaultServer({ events: 30 });
  other = await startFaultServer({ events: 30 });
});
afterAll(async () => {
  await home?.close();
  await other?.close();
});
beforeEach(() => {
  home.reset();
  other.reset();
});
afterEach(() => {
  // The other origin never heard from the client: no request, not even a connection.
  expect(other.requests, "requests at the other origin").toEqual([]);
  expect(other.connections(), "connections to the other origin").toBe(0);
});

function keyedClient(config: NodeClientConfig = {}) {
  return faultClient(home.url, {
    apiKey: API_KEY,
    defaultHeaders: { authorization: AUTH },
    ...config,
  });
}

/** Every place an error's text can surface. */
function renderings(error: unknown): string[] {
  const err = error as Error;
  return [
    String(err),
    err.message,
    err.stack ?? "",
    JSON.stringify(err),
    inspect(err, { depth: 5 }),
  ];
}

function expectNoSecret(texts: string[], what: string) {
  for (const text of texts) {
    for (const secret of SECRETS)
      expect(text, `${what} reveals a credential`).not.toContain(secret);
  }
}

describe("credentials are sent home", () => {
  it("the home origin receives x-api-key and authorization (the premise of every test here)", async () => {
    const { client, close } = keyedClient();
    try {
      await client.runs.list("t1");
      expect(home.requests[0]?.headers["x-api-key"]).toBe(API_KEY);
      expect(home.requests[0]?.headers.authorization).toBe(AUTH);
    } finally {
      await close();
    }
  });
});

describe("a redirect is never followed", () => {
  const to = () => `${other.url}/threads/t1/runs`;
  it.each([301, 302, 303, 307, 308])(
    "%i on a GET (idempotent): not followed, not retried",
    async (status) => {
      const { client, close } = keyedClient();
      try {
        home.fault({ route: "list" }, { status, headers: { location: to() }, body: "" });
        const error = await rejectionOf(client.runs.list("t1"));
        expect(error).toBeInstanceOf(APIStatusError);
        expect((error as APIStatusError).status).toBe(status);
        expect((error as APIStatusError).headers.get("location")).toBe(to());
        expect(home.requests).toHaveLength(1);
      } finally {
        await close();
      }
    },
  );

  it.each([
    ["runs.stream", "stream", (c: Client) => collect(c.runs.stream("t1", "agent"))],
    ["runs.create", "create", (c: Client) => c.runs.create("t1", "agent")],
    ["runs.wait", "wait", (c: Client) => c.runs.wait("t1", "agent")],
    ["runs.join", "join", (c: Client) => c.runs.join("t1", "run-1")],
    ["runs.joinStream", "join-stream", (c: Client) => collect(c.runs.joinStream("t1", "run-1"))],
  ] as const)("302 on %s: a typed error, nothing sent elsewhere", async (_name, route, call) => {
    const { client, close } = keyedClient();
    try {
      home.fault({ route }, { ...html302(`${other.url}/elsewhere`), times: Infinity });
      const error = await rejectionOf(call(client));
      expect(error).toBeInstanceOf(APIStatusError);
      expect((error as APIStatusError).status).toBe(302);
      expect((error as APIStatusError).message).toBe("302 Found");
      expect(home.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("a same-origin redirect is not followed either", async () => {
    const { client, close } = keyedClient();
    try {
      home.fault({ route: "list" }, { status: 307, headers: { location: "/threads/t2/runs" } });
      await expect(client.runs.list("t1")).rejects.toBeInstanceOf(APIStatusError);
      expect(home.requests.map((request) => request.target)).toEqual([
        "/threads/t1/runs?limit=10&offset=0",
      ]);
    } finally {
      await close();
    }
  });
});

type Client = ReturnType<typeof faultClient>["client"];

function html302(location: string) {
  return {
    status: 302,
    headers: { location, "content-type": "text/html" },
    body: gatewayPage(302, "Found"),
  };
}

describe("a reconnect Location is only followed on the same origin", () => {
  const foreign = () => [
    ["another port", `${other.url}/threads/t1/runs/run-1/stream`],
    ["scheme-relative", `//127.0.0.1:${other.port}/threads/t1/runs/run-1/stream`],
    ["another scheme", `https://127.0.0.1:${home.port}/threads/t1/runs/run-1/stream`],
    ["another host", `http://localhost:${home.port}/threads/t1/runs/run-1/stream`],
    ["userinfo trick", `http://127.0.0.1:${home.port}@127.0.0.1:${other.port}/x`],
  ];

  it("a stream whose Location names another origin is refused before a byte is read", async () => {
    const { client, close } = keyedClient();
    try {
      for (const [name, location] of foreign()) {
        home.reset();
        home.fault({ route: "stream" }, { headers: { location: location as string }, cutAt: 300 });
        const { parts, error } = await drain(client.runs.stream("t1", "agent"));
        expect(error, name).toBeInstanceOf(InvalidResponseError);
        expect((error as Error).message, name).toContain("reconnect Location");
        expect(parts, name).toEqual([]);
        expect(home.requests, name).toHaveLength(1);
      }
    } finally {
      await close();
    }
  });

  it("a wait whose Location names another origin is refused; nothing is sent there", async () => {
    const { client, close } = keyedClient();
    try {
      home.fault({ route: "wait" }, { headers: { location: `${other.url}/join` }, cutAt: 10 });
      const error = await rejectionOf(client.runs.wait("t1", "agent"));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toBe(
        `Refusing to follow cross-origin reconnect Location: '${other.url}/join' (origin http://127.0.0.1:${other.port}) is not the client's origin http://127.0.0.1:${home.port}`,
      );
      expect(home.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("control: a same-origin Location is where a cut stream resumes, with the credentials", async () => {
    const { client, close } = keyedClient();
    try {
      home.fault(
        { route: "stream" },
        { headers: { location: "/threads/t1/runs/run-1/stream" }, cutAt: 1_000 },
      );
      const parts = await collect(client.runs.stream("t1", "agent"));
      expectParts(parts, runEvents("run-1", 30));
      const resume = home.requests[1];
      expect(resume?.requestLine).toBe("GET /threads/t1/runs/run-1/stream HTTP/1.1");
      expect(resume?.headers["x-api-key"]).toBe(API_KEY);
      expect(resume?.headers.authorization).toBe(AUTH);
    } finally {
      await close();
    }
  });
});

describe("a Content-Location naming another origin only names the run", () => {
  it("a cut stream resumes at the home origin's join stream", async () => {
    const { client, close } = keyedClient();
    try {
      const created: unknown[] = [];
      home.fault(
        { route: "stream" },
        {
          headers: { "content-location": `${other.url}/threads/t1/runs/run-1` },
          cutAt: 1_500,
        },
      );
      const parts = await collect(
        client.runs.stream("t1", "agent", {
          streamResumable: true,
          onRunCreated: (run) => {
            created.push(run);
          },
        }),
      );
      expectParts(parts, runEvents("run-1", 30));
      expect(created).toEqual([{ run_id: "run-1", thread_id: "t1" }]);
      expect(home.requests.map((request) => request.target)).toEqual([
        "/threads/t1/runs/stream",
        "/threads/t1/runs/run-1/stream",
        "/threads/t1/runs/run-1",
      ]);
    } finally {
      await close();
    }
  });

  it("a cut wait picks its result up at the home origin's join endpoint", async () => {
    const { client, close } = keyedClient();
    try {
      home.fault(
        { route: "wait" },
        { headers: { "content-location": `${other.url}/threads/t1/runs/run-1` }, cutAt: 10 },
      );
      expect(await client.runs.wait("t1", "agent")).toEqual(finalState("run-1", 30));
      expect(home.requests.map((request) => request.target)).toEqual([
        "/threads/t1/runs/wait",
        "/threads/t1/runs/run-1/join",
      ]);
      expect(home.requests[1]?.headers["x-api-key"]).toBe(API_KEY);
    } finally {
      await close();
    }
  });
});

describe("the key appears in no error and no console output", () => {
  it("errors of every kind, rendered every way", async () => {
    const spies = (["log", "info", "warn", "error", "debug", "trace"] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => {}),
    );
    const closedPort = await startFaultServer();
    const deadUrl = closedPort.url;
    await closedPort.close();
    const { client, close } = keyedClient({ timeoutMs: 300, maxRetries: 1 });
    const dead = createClient({ apiUrl: deadUrl, apiKey: API_KEY, maxRetries: 0 });
    const errors: Array<[string, unknown]> = [];
    const capture = async (name: string, call: () => Promise<unknown>) => {
      errors.push([name, await rejectionOf(call())]);
    };
    try {
      home.fault(
        { route: "get" },
        {
          status: 401,
          headers: { "content-type": "application/json", "x-request-id": "req-1" },
          body: '{"detail":"Invalid API key"}',
        },
      );
      await capture("401", () => client.runs.get("t1", "r1"));
      home.fault({ route: "list" }, html302(`${other.url}/x`));
      await capture("302", () => client.runs.list("t1"));
      home.fault(
        { route: "list" },
        {
          status: 500,
          headers: { "content-type": "text/html" },
          body: gatewayPage(500, "Internal Server Error"),
          times: 2,
        },
      );
      await capture("500 page", () => client.runs.list("t1"));
      home.fault({ route: "list" }, { delayMs: 5_000, times: 2 });
      await capture("timeout", () => client.runs.list("t1"));
      home.fault({ route: "create" }, { drop: "reset" });
      await capture("reset", () => client.runs.create("t1", "agent"));
      home.fault({ route: "stream" }, { headers: { location: `${other.url}/s` } });
      await capture("cross-origin Location", () => collect(client.runs.stream("t1", "agent")));
      home.fault({ route: "stream" }, { invalidJsonAt: 2 });
      await capture("invalid JSON event", () => collect(client.runs.stream("t1", "agent")));
      home.fault({ route: "stream" }, { headers: { "content-type": "text/html" } });
      await capture("wrong content type", () => collect(client.runs.stream("t1", "agent")));
      await capture("connection refused", () => dead.runs.list("t1"));
      await capture("invalid per-call header", async () =>
        client.runs.list("t1", { headers: { authorization: `${AUTH}\r\nx-injected: 1` } }),
      );
      await capture("deprecated option warning", async () => {
        // checkpointDuring makes runwire warn on the console; the call itself then fails.
        home.fault({ route: "create" }, { status: 400, body: '{"detail":"bad"}' });
        return client.runs.create("t1", "agent", { checkpointDuring: true });
      });
      expect(errors.map(([name]) => name)).toHaveLength(11);
      expect(errors[0]?.[1]).toBeInstanceOf(AuthenticationError);
      for (const [name, error] of errors) {
        expect(error, name).toBeInstanceOf(Error);
        expectNoSecret(renderings(error), name);
      }
      const printed = spies.flatMap((spy) => spy.mock.calls.map((call) => inspect(call)));
      expect(printed.length).toBeGreaterThan(0);
      expectNoSecret(printed, "console output");
    } finally {
      for (const spy of spies) spy.mockRestore();
      await close();
      await dead.close();
    }
  });

  it.each([
    ["an apiKey with CR/LF", { apiKey: `${API_KEY}\r\nx-injected: 1` }],
    ["an apiKey with a NUL", { apiKey: `${API_KEY}\0` }],
    [
      "a defaultHeaders value with LF",
      { defaultHeaders: { authorization: `${AUTH}\nx-injected: 1` } },
    ],
  ])("%s: refused at construction without quoting it", (_name, config) => {
    let error: unknown;
    try {
      createClient({ apiUrl: home.url, ...config });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    expectNoSecret(renderings(error), "the construction error");
  });
});
