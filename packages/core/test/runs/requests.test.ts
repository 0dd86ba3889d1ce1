import { afterEach, describe, expect, it, vi } from "vitest";
import { RunError, RunwireValidationError } from "../../src/index";
import { collect, rejection, setup } from "../support/client";
import { json, sse } from "../support/memory-transport";

const okWithLocation = (location: string) =>
  json({ ok: true }, 200, { "content-location": location });

afterEach(() => {
  vi.restoreAllMocks();
});

// docs/spec/runs.md §6.F: the request every method sends (base https://example.com/api).
describe("request construction per method", () => {
  it("stream: POST with SSE headers, stripped command and defaults; onRunCreated once (78)", async () => {
    const { client, requests } = setup((request) =>
      request.method === "GET"
        ? json({ run_id: "r1", status: "success" })
        : sse('event: metadata\ndata: {"run_id":"r1"}\n\n', {
            "content-location": "/threads/t1/runs/r1",
          }),
    );
    const onRunCreated = vi.fn();
    const stream = client.runs.stream("t1", "a1", {
      input: { x: 1 },
      command: { resume: null, goto: "n", update: null },
      onRunCreated,
    });
    expect(requests).toHaveLength(0); // lazy: nothing is sent before the first read
    const parts = await collect(stream);
    expect(parts).toEqual([{ event: "metadata", data: { run_id: "r1" } }]);
    const [request] = requests;
    // The body ended on a block boundary and the run keeps no events (no streamResumable): no
    // resume is possible, so no status check either (docs/reliability.md).
    expect(requests).toHaveLength(1);
    expect(request?.method).toBe("POST");
    expect(request?.url.pathname).toBe("/api/threads/t1/runs/stream");
    expect(request?.headers.get("content-type")).toBe("application/json");
    expect(request?.headers.get("accept")).toBe("text/event-stream");
    expect(request?.headers.get("cache-control")).toBe("no-store");
    expect(JSON.parse(request?.body ?? "")).toEqual(
      JSON.parse(
        '{"input":{"x":1},"command":{"goto":"n"},"stream_mode":"values","stream_subgraphs":false,"stream_resumable":false,"assistant_id":"a1"}',
      ),
    );
    expect(onRunCreated).toHaveBeenCalledTimes(1);
    expect(onRunCreated).toHaveBeenCalledWith({ run_id: "r1", thread_id: "t1" });
  });

  it("stream: stateless v2 with tracing (79)", async () => {
    const { client, requests } = setup(() =>
      sse(
        'event: metadata\ndata: {"run_id":"r1"}\n\nevent: values\ndata: {"a":1,"__interrupt__":[{"value":1,"id":"i"}]}\n\nevent: end\n\n',
      ),
    );
    const parts = await collect(
      client.runs.stream(null, "a1", {
        version: "v2",
        streamMode: ["values", "updates"],
        langsmithTracing: { project_name: "p" },
      }),
    );
    expect(requests[0]?.url.pathname).toBe("/api/runs/stream");
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual(
      JSON.parse(
        '{"stream_mode":["values","updates"],"stream_subgraphs":false,"stream_resumable":false,"assistant_id":"a1","langsmith_tracer":{"project_name":"p"}}',
      ),
    );
    expect(parts).toEqual([
      { type: "metadata", ns: [], data: { run_id: "r1" }, interrupts: [] },
      {
        type: "values",
        ns: [],
        data: { a: 1 },
        interrupts: [{ value: 1, id: "i" }],
        interrupted: true,
      },
    ]);
  });

  it("create: POST …/runs with defaults; onRunCreated from Content-Location (80)", async () => {
    const { client, requests } = setup(() => okWithLocation("/runs/r9"));
    const onRunCreated = vi.fn();
    const run = await client.runs.create("t1", "a1", { onRunCreated });
    expect(run).toEqual({ ok: true });
    expect(requests[0]?.method).toBe("POST");
    expect(requests[0]?.url.pathname).toBe("/api/threads/t1/runs");
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual(
      JSON.parse(
        '{"stream_mode":"values","stream_subgraphs":false,"stream_resumable":false,"assistant_id":"a1"}',
      ),
    );
    expect(onRunCreated).toHaveBeenCalledWith({ run_id: "r9", thread_id: null });
  });

  it("create with null thread: POST /runs; falsy values kept; deprecation warned (82, 96)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { client, requests } = setup(() => json({ ok: true }));
    await client.runs.create(null, "a1", {
      onCompletion: "keep",
      afterSeconds: 0,
      checkpointDuring: false,
    });
    expect(requests[0]?.url.pathname).toBe("/api/runs");
    expect(JSON.parse(requests[0]?.body ?? "")).toMatchObject({
      assistant_id: "a1",
      checkpoint_during: false,
      on_completion: "keep",
      after_seconds: 0,
    });
    expect(warn).toHaveBeenCalledWith(
      "`checkpointDuring` is deprecated and will be removed in a future version. Use `durability` instead.",
    );
  });

  it("createBatch: POST /runs/batch with snake_case items and no nulls (83)", async () => {
    const { client, requests } = setup(() => json([]));
    await client.runs.createBatch([{ assistantId: "a1", input: null, threadId: null }]);
    expect(requests[0]?.url.pathname).toBe("/api/runs/batch");
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual(JSON.parse('[{"assistant_id":"a1"}]'));
  });

  it("wait: POST …/runs/wait with only the run fields (84)", async () => {
    const { client, requests } = setup(() => json({ done: true }));
    expect(await client.runs.wait("t1", "a1")).toEqual({ done: true });
    expect(requests[0]?.url.pathname).toBe("/api/threads/t1/runs/wait");
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual(JSON.parse('{"assistant_id":"a1"}'));
    await client.runs.wait(null, "a1", { raiseError: false });
    expect(requests[1]?.url.pathname).toBe("/api/runs/wait");
    expect(JSON.parse(requests[1]?.body ?? "")).toEqual(JSON.parse('{"assistant_id":"a1"}'));
  });

  it("wait: command stripping (85)", async () => {
    const { client, requests } = setup(() => json(null));
    await client.runs.wait("t1", "a1", { command: { resume: null } });
    await client.runs.wait("t1", "a1", { command: {} });
    expect(JSON.parse(requests[0]?.body ?? "").command).toEqual({});
    expect(JSON.parse(requests[1]?.body ?? "")).not.toHaveProperty("command");
  });

  it("list: limit and offset always, then status, repeated select, then params (86)", async () => {
    const { client, requests } = setup(() => json([]));
    await client.runs.list("t1");
    await client.runs.list("t1", {
      limit: 5,
      offset: 2,
      status: "running",
      select: ["run_id", "status"],
      params: { extra: true },
    });
    await client.runs.list("t1", { params: { limit: 3 } });
    expect(requests[0]?.rawUrl).toBe("https://example.com/api/threads/t1/runs?limit=10&offset=0");
    expect(requests[1]?.rawUrl).toBe(
      "https://example.com/api/threads/t1/runs?limit=5&offset=2&status=running&select=run_id&select=status&extra=true",
    );
    expect(requests[2]?.rawUrl).toBe("https://example.com/api/threads/t1/runs?limit=3&offset=0");
  });

  it("list: an empty select is refused before sending (the server would return every field)", async () => {
    const { client, requests } = setup(() => json([]));
    const error = await client.runs.list("t1", { select: [] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RunwireValidationError);
    expect(error).toMatchObject({ field: "select", received: [] });
    expect(requests).toHaveLength(0);
  });

  it("get: GET the run, no body (87)", async () => {
    const { client, requests } = setup(() => json({ run_id: "r1" }));
    expect(await client.runs.get("t1", "r1")).toEqual({ run_id: "r1" });
    expect(requests[0]?.method).toBe("GET");
    expect(requests[0]?.rawUrl).toBe("https://example.com/api/threads/t1/runs/r1");
    expect(requests[0]?.body).toBeUndefined();
  });

  it("cancel: POST …/cancel without wait, empty body, no content-type; 204 → undefined (88)", async () => {
    const { client, requests } = setup(() => ({ status: 204 }));
    expect(await client.runs.cancel("t1", "r1")).toBeUndefined();
    expect(requests[0]?.method).toBe("POST");
    // `wait=0` is left out: the JS server coerces it to true (see @runwire/types toRunsCancelQuery).
    expect(requests[0]?.rawUrl).toBe(
      "https://example.com/api/threads/t1/runs/r1/cancel?action=interrupt",
    );
    expect(requests[0]?.body).toBeUndefined();
    expect(requests[0]?.headers.has("content-type")).toBe(false);
  });

  it("cancel with wait and rollback: wait=1, no body (89)", async () => {
    const { client, requests } = setup(() => ({ status: 204 }));
    await client.runs.cancel("t1", "r1", true, "rollback");
    expect(requests[0]?.rawUrl).toBe(
      "https://example.com/api/threads/t1/runs/r1/cancel?wait=1&action=rollback",
    );
    expect(requests[0]?.body).toBeUndefined();
  });

  it("cancelMany: POST /runs/cancel with the filters, action in the query (90)", async () => {
    const { client, requests } = setup(() => json(null));
    await client.runs.cancelMany({ threadId: "t1", runIds: ["a", "b"], status: "all" });
    await client.runs.cancelMany({});
    expect(requests[0]?.rawUrl).toBe("https://example.com/api/runs/cancel?action=interrupt");
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual(
      JSON.parse('{"thread_id":"t1","run_ids":["a","b"],"status":"all"}'),
    );
    expect(JSON.parse(requests[1]?.body ?? "")).toEqual({});
  });

  it("cancelMany with runIds: [] selects nothing: no request, resolves", async () => {
    const { client, requests } = setup(() => json(null));
    await expect(client.runs.cancelMany({ threadId: "t1", runIds: [] })).resolves.toBeUndefined();
    await expect(
      client.runs.cancelMany({ runIds: [], status: "all", action: "rollback" }),
    ).resolves.toBeUndefined();
    expect(requests).toHaveLength(0);
    // A bad option is still refused, before the empty selection short-cuts.
    await expect(client.runs.cancelMany({ threadId: "t1", runIds: [1] as never })).rejects.toThrow(
      RunwireValidationError,
    );
    expect(requests).toHaveLength(0);
  });

  it("cancelMany with runIds: [] returns before the call's headers are looked at; ids are still checked", async () => {
    const { client, requests } = setup(() => json(null));
    const headers = { "x-api-key": "k" };
    await expect(client.runs.cancelMany({ runIds: [], headers })).resolves.toBeUndefined();
    expect(requests).toHaveLength(0);
    // The same headers on a call that sends are refused (the key comes only from `apiKey`): the
    // empty selection above resolved because it never got that far.
    const sending = await rejection(() => client.runs.cancelMany({ runIds: ["r1"], headers }));
    expect(sending).toBeInstanceOf(RunwireValidationError);
    expect((sending as RunwireValidationError).field).toBe("headers");
    // An empty thread id is refused even when nothing is selected.
    const emptyThread = await rejection(() => client.runs.cancelMany({ runIds: [], threadId: "" }));
    expect(emptyThread).toBeInstanceOf(RunwireValidationError);
    expect((emptyThread as RunwireValidationError).field).toBe("threadId");
    expect(requests).toHaveLength(0);
  });

  it.each([
    [{ threadId: "", status: "pending" }, "threadId"],
    [{ threadId: "", runIds: ["r1"] }, "threadId"],
    [{ threadId: ".." }, "threadId"],
    [{ threadId: "t1", runIds: ["r1", ""] }, "runIds[1]"],
    [{ runIds: ["\uD800"] }, "runIds[0]"],
  ] as const)(
    "cancelMany refuses an id that would be dropped or mangled: %j names %s",
    async (options, field) => {
      // Dropped from the body, an empty thread id would widen the selection to every thread's runs.
      const { client, requests } = setup(() => json(null));
      const error = await rejection(() => client.runs.cancelMany(options));
      expect(error).toBeInstanceOf(RunwireValidationError);
      expect((error as RunwireValidationError).field).toBe(field);
      expect(requests).toHaveLength(0);
    },
  );

  it("join: GET …/join, no body (91)", async () => {
    const { client, requests } = setup(() => json({ state: 1 }));
    expect(await client.runs.join("t1", "r1")).toEqual({ state: 1 });
    expect(requests[0]?.method).toBe("GET");
    expect(requests[0]?.rawUrl).toBe("https://example.com/api/threads/t1/runs/r1/join");
    expect(requests[0]?.body).toBeUndefined();
  });

  it("joinStream: GET …/stream with SSE headers and no stream_mode by default (92)", async () => {
    const { client, requests } = setup(() => sse("event: end\n\n"));
    await collect(client.runs.joinStream("t1", "r1"));
    expect(requests[0]?.rawUrl).toBe("https://example.com/api/threads/t1/runs/r1/stream");
    expect(requests[0]?.headers.get("accept")).toBe("text/event-stream");
    expect(requests[0]?.headers.get("cache-control")).toBe("no-store");
    expect(requests[0]?.body).toBeUndefined();
  });

  it("joinStream: modes, cancel_on_disconnect and Last-Event-ID (93)", async () => {
    const { client, requests } = setup(() => sse("event: end\n\n"));
    await collect(
      client.runs.joinStream("t1", "r1", {
        streamMode: ["values", "debug"],
        cancelOnDisconnect: true,
        lastEventId: "5",
      }),
    );
    await collect(client.runs.joinStream("t1", "r1", { streamMode: "values" }));
    expect(requests[0]?.url.search).toBe(
      "?cancel_on_disconnect=true&stream_mode=values&stream_mode=debug",
    );
    expect(requests[0]?.headers.get("last-event-id")).toBe("5");
    expect(requests[1]?.url.search).toBe("?stream_mode=values");
  });

  it("joinStream: a stateless run joins at /runs/{id}/stream, and a bare AbortSignal works", async () => {
    const { client, requests } = setup(() => sse("event: end\n\n"));
    await collect(client.runs.joinStream(null, "r1", new AbortController().signal));
    expect(requests[0]?.rawUrl).toBe("https://example.com/api/runs/r1/stream");
  });

  it("delete: DELETE the run, body not read (94)", async () => {
    const { client, requests } = setup(() => ({ status: 204 }));
    expect(await client.runs.delete("t1", "r1")).toBeUndefined();
    expect(requests[0]?.method).toBe("DELETE");
    expect(requests[0]?.rawUrl).toBe("https://example.com/api/threads/t1/runs/r1");
  });

  it("wait: a failed run throws a RunError unless raiseError is false (95)", async () => {
    const failed = { __error__: { error: "ValueError", message: "boom" } };
    const { client } = setup(() => json(failed));
    const error = await client.runs.wait("t1", "a1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunError);
    expect((error as RunError).message).toBe("ValueError: boom");
    expect(await client.runs.wait("t1", "a1", { raiseError: false })).toEqual(failed);
  });

  it("wait: decodes the JS server's twice-encoded error and its keep-alive newlines", async () => {
    const { client } = setup(() => ({
      status: 200,
      headers: { "content-type": "text/plain; charset=UTF-8" },
      body: [
        "\n",
        "\n",
        '{"__error__":{"error":"Error","message":"{\\"error\\":\\"CustomError\\",\\"message\\":\\"Boo!\\"}"}}',
      ],
    }));
    const error = (await client.runs.wait(null, "a1").catch((e: unknown) => e)) as RunError;
    expect(error).toBeInstanceOf(RunError);
    expect(error.error).toBe("CustomError");
    expect(error.message).toBe("CustomError: Boo!");
  });

  it("join: a failed run throws a RunError", async () => {
    const { client } = setup(() => json({ __error__: { error: "Error", message: "x" } }));
    await expect(client.runs.join("t1", "r1")).rejects.toBeInstanceOf(RunError);
  });

  it("path segments are encoded so an id cannot change the route (6.A 9)", async () => {
    const { client, requests } = setup(() => ({ status: 204 }));
    await client.runs.delete("t/..", "../runs/crons/cron-id");
    const path = new URL(requests[0]?.rawUrl ?? "").pathname;
    expect(path.split("/")).toEqual([
      "",
      "api",
      "threads",
      "t%2F..",
      "runs",
      "..%2Fruns%2Fcrons%2Fcron-id",
    ]);
    expect(requests[0]?.rawUrl).not.toContain("/runs/crons/");
  });

  it("refuses . and .. as ids before sending: URL parsing would turn them into dot segments", async () => {
    // Deliberate departure from docs/spec/runs.md §6.A 9, which sends `%2E%2E`: WHATWG URL (fetch,
    // undici) resolves `%2E%2E` like `..`, so that request would reach another route.
    const { client, requests } = setup(() => ({ status: 204 }));
    await expect(client.runs.delete("..", "r1")).rejects.toThrow(
      'runs.delete: invalid threadId: expected an id other than . or .., got ".."',
    );
    await expect(client.runs.get("t1", ".")).rejects.toThrow("invalid runId");
    expect(new URL("https://h/api/threads/%2E%2E/runs/x").pathname).toBe("/api/runs/x");
    expect(requests).toHaveLength(0);
  });

  it("per-call headers merge case-insensitively over the method's, the caller winning", async () => {
    const { client, requests } = setup(() => sse("event: end\n\n"), {
      defaultHeaders: { "X-Team": "a", "X-Default": "d" },
    });
    await collect(
      client.runs.stream("t1", "a1", {
        headers: { Accept: "text/event-stream; q=1", "x-team": "b" },
      }),
    );
    const headers = requests[0]?.headers;
    expect(headers?.get("accept")).toBe("text/event-stream; q=1");
    expect(headers?.get("x-team")).toBe("b");
    expect(headers?.get("x-default")).toBe("d");
  });

  it("sends the API key as x-api-key", async () => {
    const { client, requests } = setup(() => json([]), { apiKey: "sk-secret" });
    await client.runs.list("t1");
    expect(requests[0]?.headers.get("x-api-key")).toBe("sk-secret");
  });
});

describe("runs.list with select and validateResponses", () => {
  it("checks the selected keys of each run without requiring the others", async () => {
    const { client } = setup(
      (request) =>
        request.url.searchParams.getAll("select").includes("created_at")
          ? json([{ run_id: "r1", created_at: 5 }])
          : json([{ run_id: "r1", status: "success" }]),
      { validateResponses: true },
    );
    expect(await client.runs.list("t1", { select: ["run_id", "status"] })).toEqual([
      { run_id: "r1", status: "success" },
    ]);
    // A selected key of the wrong type still fails.
    expect(
      await rejection(() => client.runs.list("t1", { select: ["run_id", "created_at"] })),
    ).toMatchObject({ name: "InvalidResponseError" });
    // Without a select, a run missing its identity keys fails.
    expect(await rejection(() => client.runs.list("t1"))).toMatchObject({
      name: "InvalidResponseError",
    });
  });
});
