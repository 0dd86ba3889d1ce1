// The ky transport against a local HTTP server (Node's fetch under ky): what reaches the wire,
// which of ky's behaviours are switched off, and how a ky instance of the caller's own applies.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SseDecoderStream } from "@runwire/core/internal";
import ky from "ky";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIStatusError,
  APITimeoutError,
  createClient,
  InternalServerError,
  InvalidResponseError,
  RunwireValidationError,
} from "../src/index";
import { createKyTransport } from "../src/ky-transport";

interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

let baseUrl: string;
let seen: Seen[] = [];
let handler: Handler = (_, response) => response.end();
const server = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk: Buffer) => {
    body += chunk.toString();
  });
  request.on("end", () => {
    seen.push({
      method: request.method ?? "",
      path: request.url ?? "",
      headers: request.headers,
      body,
    });
    handler(request, response, body);
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
  handler = (_, response) => response.end();
});

const json =
  (status: number, value: unknown, headers: Record<string, string> = {}): Handler =>
  (_, response) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(value));
  };

const RUN = {
  run_id: "1ef4a3a1-0000-4000-8000-000000000001",
  thread_id: "1ef4a3a1-0000-4000-8000-000000000002",
  assistant_id: "agent",
  status: "pending",
};

describe("createKyTransport", () => {
  it("sends the method, URL, headers and body core gives it, without user-agent", async () => {
    handler = json(200, RUN);
    const client = createClient({
      apiUrl: baseUrl,
      apiKey: "secret-key",
      defaultHeaders: { "x-tenant": "acme" },
    });
    await client.runs.create("t-1", "agent", { input: { topic: "tides" } });
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/threads/t-1/runs");
    expect(request?.headers["x-api-key"]).toBe("secret-key");
    expect(request?.headers["x-tenant"]).toBe("acme");
    expect(request?.headers["content-type"]).toBe("application/json");
    // The browser owns the User-Agent: runwire sets none in core or in this transport.
    expect(request?.headers["user-agent"]).not.toContain("runwire");
    expect(JSON.parse(request?.body ?? "")).toMatchObject({
      assistant_id: "agent",
      input: { topic: "tides" },
    });
  });

  it("sends the URL as built, whatever prefixUrl or searchParams the ky instance has", async () => {
    handler = json(200, []);
    const instance = ky.create({
      prefixUrl: "http://127.0.0.1:1/elsewhere",
      searchParams: { x: "1" },
    });
    const client = createClient({ apiUrl: baseUrl, apiKey: null, ky: instance });
    await client.runs.list("t-1", { limit: 5, offset: 10 });
    expect(seen.map((s) => s.path)).toEqual(["/threads/t-1/runs?limit=5&offset=10"]);
  });

  it("applies the ky instance's default headers under runwire's, and its hooks after", async () => {
    handler = json(200, RUN);
    const hookSaw: string[] = [];
    const instance = ky.create({
      headers: { "x-from-ky": "default", "x-tenant": "ky-default" },
      hooks: {
        beforeRequest: [
          (request) => {
            hookSaw.push(request.headers.get("x-tenant") ?? "");
            request.headers.set("authorization", "Bearer fresh-token");
          },
        ],
      },
    });
    const client = createClient({
      apiUrl: baseUrl,
      apiKey: null,
      defaultHeaders: { "x-tenant": "runwire" },
      ky: instance,
    });
    await client.runs.get("t-1", RUN.run_id);
    expect(hookSaw).toEqual(["runwire"]);
    expect(seen[0]?.headers).toMatchObject({
      "x-from-ky": "default",
      "x-tenant": "runwire",
      authorization: "Bearer fresh-token",
    });
  });

  it("never retries itself: core's retries are the only ones (GET), and a POST is sent once", async () => {
    handler = json(503, { detail: "busy" });
    const instance = ky.create({ retry: { limit: 5, methods: ["get", "post"] } });
    const once = createClient({ apiUrl: baseUrl, apiKey: null, ky: instance, maxRetries: 0 });
    await expect(once.runs.get("t-1", RUN.run_id)).rejects.toBeInstanceOf(InternalServerError);
    expect(seen).toHaveLength(1);

    seen = [];
    const twice = createClient({
      apiUrl: baseUrl,
      apiKey: null,
      ky: instance,
      maxRetries: 2,
      retry: { initialDelayMs: 1, maxDelayMs: 1 },
    });
    await expect(twice.runs.get("t-1", RUN.run_id)).rejects.toBeInstanceOf(InternalServerError);
    expect(seen).toHaveLength(3);

    seen = [];
    await expect(twice.runs.create("t-1", "agent", {})).rejects.toBeInstanceOf(InternalServerError);
    expect(seen).toHaveLength(1);
  });

  it("returns error statuses to core (no ky HTTPError), which types them", async () => {
    handler = json(404, { detail: "Thread not found" }, { "x-request-id": "req-7" });
    const client = createClient({ apiUrl: baseUrl, apiKey: null });
    const error = await client.runs.get("t-1", RUN.run_id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIStatusError);
    expect(error).toMatchObject({ name: "NotFoundError", status: 404, requestId: "req-7" });
  });

  it("does not follow a redirect", async () => {
    handler = (request, response) => {
      if (request.url === "/moved") {
        response.writeHead(200).end("followed");
        return;
      }
      response.writeHead(302, { location: `${baseUrl}/moved` }).end();
    };
    const client = createClient({ apiUrl: baseUrl, apiKey: "secret-key" });
    const error = await client.runs.get("t-1", RUN.run_id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIStatusError);
    expect((error as APIStatusError).status).toBe(302);
    expect(seen.map((s) => s.path)).toEqual([`/threads/t-1/runs/${RUN.run_id}`]);
  });

  it("turns a browser's opaque redirect into an InvalidResponseError", async () => {
    // What a browser's fetch gives for `redirect: "manual"`: status 0, type "opaqueredirect".
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, "type", { value: "opaqueredirect" });
    const instance = ky.create({ fetch: async () => opaque });
    const transport = createKyTransport({ ky: instance });
    await expect(
      transport({
        method: "GET",
        url: `${baseUrl}/x`,
        headers: new Headers(),
        body: undefined,
        signal: new AbortController().signal,
      }),
    ).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("asks ky for no timeout: core's timeoutMs governs and fails with APITimeoutError", async () => {
    handler = () => {
      // Never answers.
    };
    const client = createClient({ apiUrl: baseUrl, apiKey: null, timeoutMs: 200, maxRetries: 0 });
    const error = await client.runs.get("t-1", RUN.run_id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);

    // An instance with a 10 ms timeout whose fetch answers after 50 ms: with ky's timeout on,
    // the call would fail with ky's TimeoutError.
    let request: Request | undefined;
    const instance = ky.create({
      timeout: 10,
      fetch: async (input) => {
        request = input as Request;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return new Response("[]", { headers: { "content-type": "application/json" } });
      },
    });
    await expect(
      createClient({ apiUrl: baseUrl, apiKey: null, ky: instance }).runs.list("t-1"),
    ).resolves.toEqual([]);
    expect(request?.redirect).toBe("manual");
  });

  it("resolves with the body still streaming, and its chunks arrive as they are sent", async () => {
    let finish: () => void = () => {};
    handler = (_, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write('event: metadata\ndata: {"run_id":"r-1"}\n\n');
      finish = () => response.end('event: values\ndata: {"done":true}\n\n');
    };
    const response = await createKyTransport()({
      method: "GET",
      url: `${baseUrl}/stream`,
      headers: new Headers({ accept: "text/event-stream" }),
      body: undefined,
      signal: new AbortController().signal,
    });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>)
      .pipeThrough(new SseDecoderStream())
      .getReader();
    // The first event is readable while the server still holds the response open.
    expect((await reader.read()).value).toMatchObject({ event: "metadata" });
    finish();
    expect((await reader.read()).value).toMatchObject({ event: "values" });
    expect((await reader.read()).done).toBe(true);
  });

  it("stops when the signal aborts", async () => {
    handler = (_, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write(": open\n\n");
    };
    const controller = new AbortController();
    const response = await createKyTransport()({
      method: "GET",
      url: `${baseUrl}/stream`,
      headers: new Headers(),
      body: undefined,
      signal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    controller.abort(new Error("stop"));
    await expect(reader.read()).rejects.toThrow();
  });
});

describe("createClient", () => {
  it("takes `ky` besides core's options and still refuses unknown ones", () => {
    expect(() => createClient({ apiKey: null, ky })).not.toThrow();
    // @ts-expect-error -- not an option
    expect(() => createClient({ apiKey: null, kyy: ky })).toThrow(RunwireValidationError);
    // @ts-expect-error -- the transport is the package's own
    expect(() => createClient({ apiKey: null, transport: async () => ({}) })).toThrow(
      /unknown option "transport"/,
    );
  });
});
