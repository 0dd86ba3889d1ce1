// Bodies the proxy refuses: each answered with a 400 (or 403) naming the field by its wire name,
// and nothing forwarded. Sent raw, since a runwire client would refuse to send most of them.

import { NotFoundError } from "@runwire/edge";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALLOWED_ASSISTANTS,
  BROWSER_TOKEN,
  browserClient,
  directClient,
  langgraphUrl,
  upstreamClient,
} from "./support/clients";
import { type RunningProxy, startProxy } from "./support/proxy-server";
import { rejectionOf } from "./support/streams";

const MAX_BODY_BYTES = 16 * 1024;
const upstream = upstreamClient();
let proxy: RunningProxy;
/** A real thread on the LangGraph server, to prove no run was ever created on it. */
let threadId: string;

beforeAll(async () => {
  proxy = await startProxy({
    upstream: upstream.client,
    browserToken: BROWSER_TOKEN,
    allowedAssistants: ALLOWED_ASSISTANTS,
    maxBodyBytes: MAX_BODY_BYTES,
  });
  // runwire covers the runs API only, so the thread is made with a plain request.
  const response = await fetch(`${langgraphUrl}/threads`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  threadId = ((await response.json()) as { thread_id: string }).thread_id;
});

afterAll(async () => {
  await proxy?.close();
  await upstream.client.close();
});

/** Sends `body` (JSON-encoded unless a string) to the proxy with the browser's token. */
async function send(path: string, body: unknown, method = "POST") {
  const response = await fetch(`${proxy.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${BROWSER_TOKEN}`, "content-type": "application/json" },
    ...(method === "GET" ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const echo = { assistant_id: "echo" };

/** A body the proxy must refuse, and how (status 400 unless said). */
interface BadBody {
  readonly what: string;
  readonly body: unknown;
  readonly error: string;
  readonly field: string | null;
  /** A piece of the message. */
  readonly says: string;
  readonly status?: number;
}

const BAD_BODIES: BadBody[] = [
  {
    what: "an unknown field",
    body: { ...echo, stream_modes: ["values"] },
    error: "unknown_field",
    field: "stream_modes",
    says: 'unknown field "stream_modes"',
  },
  {
    what: "a camelCase option",
    body: { ...echo, streamMode: "values" },
    error: "unknown_field",
    field: "streamMode",
    says: 'did you mean "stream_mode"?',
  },
  {
    what: "a client-side option",
    body: { ...echo, version: "v2" },
    error: "unknown_field",
    field: "version",
    says: 'unknown field "version"',
  },
  {
    what: "a wrong type for stream_mode",
    body: { ...echo, stream_mode: 42 },
    error: "invalid_body",
    field: "stream_mode",
    says: 'invalid option "stream_mode"',
  },
  {
    what: "a mode outside the set",
    body: { ...echo, stream_mode: ["values", "valuez"] },
    error: "invalid_body",
    field: "stream_mode[1]",
    says: '"valuez"',
  },
  {
    what: "a nested wrong type",
    body: { ...echo, config: { tags: "x" } },
    error: "invalid_body",
    field: "config.tags",
    says: '"config.tags"',
  },
  {
    what: "a missing assistant_id",
    body: { input: {} },
    error: "invalid_body",
    field: "assistant_id",
    says: 'missing required field "assistant_id"',
  },
  {
    what: "an empty assistant_id",
    body: { assistant_id: "" },
    error: "invalid_body",
    field: "assistant_id",
    says: "expected a non-empty string",
  },
  {
    what: "a webhook",
    body: { ...echo, webhook: "http://10.0.0.1/" },
    error: "field_not_allowed",
    field: "webhook",
    says: 'field "webhook" is not accepted',
  },
  {
    what: "an assistant outside the allow-list",
    body: { assistant_id: "chat" },
    status: 403,
    error: "assistant_not_allowed",
    field: "assistant_id",
    says: 'assistant "chat" is not served',
  },
  {
    what: "a body that is no object",
    body: [echo],
    error: "invalid_body",
    field: null,
    says: "the body must be a JSON object",
  },
  {
    what: "a body that is no JSON",
    body: "{assistant_id: echo",
    error: "invalid_json",
    field: null,
    says: "the body is not valid JSON",
  },
];

describe.concurrent("bad bodies are refused before anything is forwarded", () => {
  for (const { what, body, error, field, says, status = 400 } of BAD_BODIES) {
    it(`POST /threads/{id}/runs/stream with ${what}: ${status}, field ${field}`, async () => {
      const answer = await send(`/threads/${threadId}/runs/stream`, body);
      expect(answer.status).toBe(status);
      expect(answer.body).toMatchObject({ error, field });
      expect(answer.body.message).toContain(says);
    });
  }

  it("POST /runs/stream refuses the same way, with the route in its message", async () => {
    const answer = await send("/runs/stream", { ...echo, stream_mode: 42 });
    expect(answer).toEqual({
      status: 400,
      body: {
        error: "invalid_body",
        field: "stream_mode",
        message: expect.stringMatching(/^POST \/runs\/stream: invalid option "stream_mode": /),
        allowed: expect.arrayContaining(["values", "updates", "messages-tuple"]),
      },
    });
  });

  it("each method has its own fields: stream_mode is no field of POST /runs/wait", async () => {
    const answer = await send("/runs/wait", { ...echo, stream_mode: "values" });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: "unknown_field", field: "stream_mode" });
  });

  it("a literal outside its set lists what is allowed", async () => {
    const answer = await send("/runs/wait", { ...echo, multitask_strategy: "later" });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ field: "multitask_strategy" });
    expect(answer.body.allowed).toEqual(
      expect.arrayContaining(["reject", "interrupt", "rollback", "enqueue"]),
    );
  });

  it("a join stream's query is checked too", async () => {
    const path = `/threads/${threadId}/runs/${crypto.randomUUID()}/stream`;
    const unknown = await send(`${path}?stream_modes=values`, undefined, "GET");
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: "unknown_field", field: "stream_modes" });
    const badMode = await send(`${path}?stream_mode=valuez`, undefined, "GET");
    expect(badMode.status).toBe(400);
    expect(badMode.body).toMatchObject({ error: "invalid_body", field: "stream_mode[0]" });
  });
});

describe.concurrent("requests the proxy does not take", () => {
  it("a body over the limit: 413, unread", async () => {
    const answer = await send("/runs/stream", {
      ...echo,
      input: { text: "x".repeat(MAX_BODY_BYTES) },
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ error: "body_too_large", field: null });
  });

  it("a route it does not serve: 404 naming it (here a stock client's runs.create)", async () => {
    const error = await rejectionOf(
      browserClient(proxy.url).runs.create(null, "echo", { input: {} }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe("POST /runs is not served by this proxy");
  });
});

describe("after all of them", () => {
  it("the LangGraph server saw no request, and the thread has no run", async () => {
    expect(upstream.requests).toEqual([]);
    expect(await directClient().runs.list(threadId)).toEqual([]);
  });
});
