// Who may call the proxy, and what the proxy tells the LangGraph server about itself: the browser's
// bearer token is checked and stays at the proxy; the proxy's own key goes upstream.
import { AuthenticationError } from "@runwire/edge";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALLOWED_ASSISTANTS,
  BROWSER_TOKEN,
  browserClient,
  UPSTREAM_KEY,
  upstreamClient,
} from "./support/clients";
import { type RunningProxy, startProxy } from "./support/proxy-server";
import {
  type RecordedRequest,
  startRecordingUpstream,
  writeEvent,
} from "./support/recording-upstream";
import { collect, rejectionOf } from "./support/streams";

const PAGE_ORIGIN = "http://app.example";
const RUN_ID = "run-from-the-recording-upstream";

/** What the recording upstream answers every stream with: two events, as the LangGraph server frames them. */
const UPSTREAM_EVENTS = [
  { event: "metadata", data: { run_id: RUN_ID, attempt: 1 } },
  { event: "values", data: { messages: [] } },
];

// The upstream is a recording server here: the test must see the headers the proxy sends.
let recording: Awaited<ReturnType<typeof startRecordingUpstream>>;
let upstream: ReturnType<typeof upstreamClient>;
let proxy: RunningProxy;

beforeAll(async () => {
  recording = await startRecordingUpstream(async (response) => {
    response.writeHead(200, {
      "content-type": "text/event-stream",
      "content-location": `/runs/${RUN_ID}`,
    });
    for (const { event, data } of UPSTREAM_EVENTS) await writeEvent(response, event, data);
    response.end();
  });
  upstream = upstreamClient({ apiUrl: recording.url });
  proxy = await startProxy({
    upstream: upstream.client,
    browserToken: BROWSER_TOKEN,
    allowedAssistants: ALLOWED_ASSISTANTS,
    corsOrigins: [PAGE_ORIGIN],
  });
});

afterAll(async () => {
  await proxy?.close();
  await upstream?.client.close();
  await recording?.close();
});

describe.concurrent("the browser's token", () => {
  it("missing or wrong: 401 with a JSON error and a challenge, and nothing forwarded", async () => {
    const before = recording.requests.length;
    for (const headers of [{}, { authorization: "Bearer not-the-token" }]) {
      const response = await fetch(`${proxy.url}/runs/stream`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ assistant_id: "echo" }),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect(await response.json()).toMatchObject({ error: "unauthorized", field: null });
    }
    expect(recording.requests.length).toBe(before);
  });

  it("a malformed Authorization header (not Bearer): 400, nothing forwarded", async () => {
    const before = recording.requests.length;
    const response = await fetch(`${proxy.url}/runs/stream`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Basic ${BROWSER_TOKEN}` },
      body: JSON.stringify({ assistant_id: "echo" }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "unauthorized" });
    expect(recording.requests.length).toBe(before);
  });

  it("a stock client without the token gets runwire's AuthenticationError", async () => {
    const anonymous = browserClient(proxy.url, { defaultHeaders: {} });
    const error = await rejectionOf(collect(anonymous.runs.stream(null, "echo", { input: {} })));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).message).toContain(
      'missing "Authorization: Bearer <token>"',
    );
  });
});

describe.concurrent("toward the LangGraph server", () => {
  it("the proxy adds its own x-api-key and forwards neither the browser's token nor its headers", async () => {
    const created: unknown[] = [];
    const browser = browserClient(proxy.url, {
      defaultHeaders: { authorization: `Bearer ${BROWSER_TOKEN}`, "x-from-the-page": "1" },
    });
    const parts = await collect(
      browser.runs.stream(null, "echo", {
        input: { topic: "auth" },
        streamMode: ["values"],
        metadata: { marker: "auth-test" },
        onRunCreated: (run) => created.push(run),
      }),
    );
    const forwarded = recording.requests.find(
      (request: RecordedRequest) =>
        (request.body as { metadata?: { marker?: string } }).metadata?.marker === "auth-test",
    );
    expect(forwarded?.method).toBe("POST");
    expect(forwarded?.path).toBe("/runs/stream");
    expect(forwarded?.headers["x-api-key"]).toBe(UPSTREAM_KEY);
    expect(forwarded?.headers.authorization).toBeUndefined();
    expect(forwarded?.headers["x-from-the-page"]).toBeUndefined();
    expect(forwarded?.body).toMatchObject({
      assistant_id: "echo",
      input: { topic: "auth" },
      stream_mode: ["values"],
    });
    // What the upstream sent reached the browser unchanged, Content-Location included.
    expect(parts).toEqual(UPSTREAM_EVENTS);
    expect(created).toEqual([{ run_id: RUN_ID, thread_id: null }]);
  });
});

describe.concurrent("CORS, for a page on another origin", () => {
  it("a preflight from an allowed origin passes without a token; others get no grant", async () => {
    const preflight = (origin: string) =>
      fetch(`${proxy.url}/runs/stream`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, content-type",
        },
      });
    const allowed = await preflight(PAGE_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(PAGE_ORIGIN);
    expect(allowed.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    const other = await preflight("http://elsewhere.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers grant the origin and expose Content-Location to the page's script", async () => {
    const response = await fetch(`${proxy.url}/runs/stream`, {
      method: "POST",
      headers: {
        origin: PAGE_ORIGIN,
        authorization: `Bearer ${BROWSER_TOKEN}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ assistant_id: "echo" }),
    });
    await response.body?.cancel();
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(PAGE_ORIGIN);
    expect(response.headers.get("access-control-expose-headers")).toBe("Content-Location");
    expect(response.headers.get("content-location")).toBe(`/runs/${RUN_ID}`);
  });
});
