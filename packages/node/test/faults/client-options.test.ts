/**
 * @runwire/node's own options, checked at createClient, and the User-Agent its transport sends
 * (issues 12 and 13). The fault server records what reaches the wire.
 */
import { readFileSync } from "node:fs";
import { type FaultServer, startFaultServer } from "@runwire/fault-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createAssistantsClient,
  createClient,
  createCronsClient,
  createRunsClient,
  createStoreClient,
  createThreadsClient,
  type NodeClientConfig,
  RunwireValidationError,
} from "../../src/index";
import { faultClient } from "./support";

const { version } = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
) as { version: string };

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer({ events: 3 });
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => server.reset());

/** The validation error `createClient(config)` throws. */
function refusal(config: unknown): RunwireValidationError {
  try {
    createClient(config as NodeClientConfig);
  } catch (error) {
    expect(error).toBeInstanceOf(RunwireValidationError);
    return error as RunwireValidationError;
  }
  throw new Error("expected createClient to throw");
}

describe("createClient's argument", () => {
  it("null is refused naming config (was: a bare TypeError from destructuring)", () => {
    const error = refusal(null);
    expect(error.field).toBe("config");
    expect(error.message).toContain("leave it out");
  });

  it("a URL string is refused with the { apiUrl } hint (was: a bare TypeError from `in`)", () => {
    const error = refusal("http://127.0.0.1:2024");
    expect(error.field).toBe("config");
    expect(error.message).toContain('pass { apiUrl: "http://127.0.0.1:2024" }');
  });
});

describe("dispatcher and connectTimeoutMs", () => {
  it.each([
    ["a plain object", {}],
    ["fetch", fetch],
    ["a string", "agent"],
    ["an object with only a request method", { request: () => {} }],
  ])(
    "a dispatcher that is %s is refused at createClient (was: a failure at the first call)",
    (_label, dispatcher) => {
      const error = refusal({ apiUrl: server.url, dispatcher });
      expect(error.field).toBe("dispatcher");
      expect(error.message).toContain("undici Dispatcher");
      expect(server.requests).toHaveLength(0);
    },
  );

  it.each([0, -1, Number.NaN, "10"])("connectTimeoutMs %j is refused", (connectTimeoutMs) => {
    expect(refusal({ apiUrl: server.url, connectTimeoutMs }).field).toBe("connectTimeoutMs");
  });

  it("an undici Agent is accepted and used", async () => {
    const { client, close } = faultClient(server.url);
    try {
      await client.runs.list("t");
      expect(server.requests).toHaveLength(1);
    } finally {
      await close();
    }
  });
});

describe("User-Agent", () => {
  it("is runwire-node/<the package's version> on every request", async () => {
    const { client, close } = faultClient(server.url);
    try {
      await client.runs.list("t");
      await client.runs.create("t", "agent", { input: {} });
      for (const request of server.requests) {
        expect(request.headers["user-agent"]).toBe(`runwire-node/${version}`);
      }
    } finally {
      await close();
    }
  });

  it("the caller's User-Agent (defaultHeaders or per call) is sent instead", async () => {
    const { client, close } = faultClient(server.url, {
      defaultHeaders: { "User-Agent": "app/1" },
    });
    try {
      await client.runs.list("t");
      await client.runs.list("t", { headers: { "user-agent": "call/2" } });
      expect(server.requests.map((r) => r.headers["user-agent"])).toEqual(["app/1", "call/2"]);
    } finally {
      await close();
    }
  });
});

describe("the one-resource clients", () => {
  it("send through undici as createClient does, and close their own agent", async () => {
    const client = createRunsClient({ apiUrl: server.url, apiKey: null });
    try {
      await client.runs.list("t");
      expect(server.requests.map((r) => r.headers["user-agent"])).toEqual([
        `runwire-node/${version}`,
      ]);
    } finally {
      await client.close();
    }
  });

  it.each<[string, (config: NodeClientConfig) => unknown]>([
    ["createRunsClient", createRunsClient],
    ["createAssistantsClient", createAssistantsClient],
    ["createCronsClient", createCronsClient],
    ["createStoreClient", createStoreClient],
    ["createThreadsClient", createThreadsClient],
  ])("%s refuses the options createClient refuses", (_name, create) => {
    for (const [config, field] of [
      [{ apiUrl: server.url, dispatcher: {} }, "dispatcher"],
      [{ apiUrl: server.url, transport: async () => ({}) }, "transport"],
    ] as const) {
      let error: unknown;
      try {
        create(config as NodeClientConfig);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(RunwireValidationError);
      expect((error as RunwireValidationError).field).toBe(field);
    }
    expect(server.requests).toHaveLength(0);
  });
});
