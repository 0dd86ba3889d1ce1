import {
  CANCEL_ACTIONS,
  DISCONNECT_MODES,
  MULTITASK_STRATEGIES,
  ON_COMPLETION_BEHAVIORS,
  RUN_STATUSES,
  STREAM_MODES,
  STREAM_VERSIONS,
} from "@runwire/types";
import { describe, expect, it } from "vitest";
import { type Client, RunwireValidationError } from "../../src/index";
import { collect, rejection, setup } from "../support/client";
import { json, sse } from "../support/memory-transport";

/** A client whose server answers anything; tests assert it is never asked. */
function quietClient() {
  return setup((request) =>
    request.headers.get("accept") === "text/event-stream" ? sse("event: end\n\n") : json(null),
  );
}

/** The error a call throws, synchronously (stream, joinStream) or as a rejection. */
async function validationError(call: () => unknown): Promise<RunwireValidationError> {
  let error: unknown;
  try {
    const result = call();
    if (result instanceof Promise) error = await rejection(() => result);
    else throw new Error("expected the call to throw synchronously");
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(RunwireValidationError);
  return error as RunwireValidationError;
}

// `as never` passes values the types forbid, as a JavaScript caller could.
type Call = (client: Client, options: Record<string, unknown>) => unknown;

interface MethodCase {
  call: Call;
  /** A bad value for one option: the option, the value, and the allowed values if a literal. */
  bad: [field: string, value: unknown, allowed?: readonly string[]];
}

const methods: Record<string, MethodCase> = {
  stream: {
    call: (client, options) => client.runs.stream("t", "a", options as never),
    bad: ["onDisconnect", "stop", DISCONNECT_MODES],
  },
  create: {
    call: (client, options) => client.runs.create("t", "a", options as never),
    bad: ["multitaskStrategy", "queue", MULTITASK_STRATEGIES],
  },
  createBatch: {
    call: (client, options) => client.runs.createBatch([{ assistantId: "a" }], options as never),
    bad: ["signal", "not a signal"],
  },
  wait: {
    call: (client, options) => client.runs.wait("t", "a", options as never),
    bad: ["onCompletion", "drop", ON_COMPLETION_BEHAVIORS],
  },
  list: {
    call: (client, options) => client.runs.list("t", options as never),
    bad: ["status", "done", RUN_STATUSES],
  },
  get: {
    call: (client, options) => client.runs.get("t", "r", options as never),
    bad: ["headers", "x-team: a"],
  },
  cancel: {
    call: (client, options) => client.runs.cancel("t", "r", false, "interrupt", options as never),
    bad: ["params", 42],
  },
  cancelMany: {
    call: (client, options) => client.runs.cancelMany(options as never),
    bad: ["action", "stop", CANCEL_ACTIONS],
  },
  join: {
    call: (client, options) => client.runs.join("t", "r", options as never),
    bad: ["cancelOnDisconnect", "yes"],
  },
  joinStream: {
    call: (client, options) => client.runs.joinStream("t", "r", options as never),
    bad: ["version", "v3", STREAM_VERSIONS],
  },
  delete: {
    call: (client, options) => client.runs.delete("t", "r", options as never),
    bad: ["signal", {}],
  },
};

describe("every method checks its options before sending anything", () => {
  it("covers all 11 methods", () => {
    expect(Object.keys(methods)).toHaveLength(11);
  });

  for (const [name, { call, bad }] of Object.entries(methods)) {
    const [field, value, allowed] = bad;

    it(`${name}: a bad ${field} → RunwireValidationError naming it`, async () => {
      const { client, requests } = quietClient();
      const error = await validationError(() => call(client, { [field]: value }));
      expect(error.field).toBe(field);
      expect(error.received).toBe(value);
      expect(error.message).toContain(`runs.${name}`);
      expect(error.message).toContain(field);
      if (allowed) {
        expect(error.allowed).toEqual(allowed);
        for (const literal of allowed) expect(error.message).toContain(`"${literal}"`);
      } else {
        expect(error.allowed).toBeNull();
      }
      expect(requests).toHaveLength(0);
    });

    it(`${name}: an unknown option → RunwireValidationError naming it`, async () => {
      const { client, requests } = quietClient();
      const error = await validationError(() => call(client, { bogusOption: 1 }));
      expect(error.field).toBe("bogusOption");
      expect(error.message).toContain('unknown option "bogusOption"');
      expect(requests).toHaveLength(0);
    });
  }

  it("snake_case options get a camelCase hint", async () => {
    const { client, requests } = quietClient();
    const error = await validationError(() =>
      client.runs.stream("t", "a", { stream_mode: "values" } as never),
    );
    expect(error.field).toBe("stream_mode");
    expect(error.message).toContain('did you mean "streamMode"');
    expect(requests).toHaveLength(0);
  });

  it("a bad item in a list option names its index, and lists the allowed values", async () => {
    const { client, requests } = quietClient();
    const error = await validationError(() =>
      client.runs.stream("t", "a", { streamMode: ["values", "valuez"] } as never),
    );
    expect(error.field).toBe("streamMode[1]");
    expect(error.allowed).toEqual(STREAM_MODES);
    const limit = await validationError(() => client.runs.list("t", { limit: 0 }));
    expect(limit.field).toBe("limit");
    const offset = await validationError(() => client.runs.list("t", { offset: 1.5 }));
    expect(offset.field).toBe("offset");
    expect(requests).toHaveLength(0);
  });

  it("null options mean none, for every method", async () => {
    const { client, requests } = quietClient();
    await collect(client.runs.stream("t", "a", null as never));
    await client.runs.create("t", "a", null as never);
    await client.runs.list("t", null as never);
    await client.runs.get("t", "r", null as never);
    await client.runs.delete("t", "r", null as never);
    expect(requests).toHaveLength(5);
  });

  it("options that are not an object are refused", async () => {
    const { client, requests } = quietClient();
    const error = await validationError(() => client.runs.get("t", "r", "fast" as never));
    expect(error.field).toBe("");
    await validationError(() => client.runs.list("t", [] as never));
    expect(requests).toHaveLength(0);
  });
});

describe("ids are checked before sending anything", () => {
  const idCalls: Record<string, (client: Client, threadId: unknown, runId: unknown) => unknown> = {
    list: (client, threadId) => client.runs.list(threadId as never),
    get: (client, threadId, runId) => client.runs.get(threadId as never, runId as never),
    cancel: (client, threadId, runId) => client.runs.cancel(threadId as never, runId as never),
    join: (client, threadId, runId) => client.runs.join(threadId as never, runId as never),
    delete: (client, threadId, runId) => client.runs.delete(threadId as never, runId as never),
    joinStream: (client, threadId, runId) =>
      client.runs.joinStream(threadId as never, runId as never),
  };

  for (const [name, call] of Object.entries(idCalls)) {
    for (const bad of ["", ".", ".."]) {
      it(`${name}: threadId ${JSON.stringify(bad)} and runId ${JSON.stringify(bad)} are refused`, async () => {
        const { client, requests } = quietClient();
        const thread = await validationError(() => call(client, bad, "r"));
        expect(thread.field).toBe("threadId");
        expect(thread.received).toBe(bad);
        if (name !== "list") {
          const run = await validationError(() => call(client, "t", bad));
          expect(run.field).toBe("runId");
        }
        expect(requests).toHaveLength(0);
      });
    }
  }

  it("a missing or non-string required id is refused", async () => {
    const { client, requests } = quietClient();
    expect((await validationError(() => client.runs.get(undefined as never, "r"))).field).toBe(
      "threadId",
    );
    expect((await validationError(() => client.runs.get("t", null as never))).field).toBe("runId");
    expect((await validationError(() => client.runs.delete(42 as never, "r"))).field).toBe(
      "threadId",
    );
    expect((await validationError(() => client.runs.list(null as never))).field).toBe("threadId");
    expect(requests).toHaveLength(0);
  });

  it("stream, create, wait and joinStream refuse an empty thread id (docs/spec/runs.md Appendix B 5)", async () => {
    const { client, requests } = quietClient();
    const errors = [
      await validationError(() => client.runs.stream("", "a")),
      await validationError(() => client.runs.create("", "a")),
      await validationError(() => client.runs.wait("", "a")),
      await validationError(() => client.runs.joinStream("", "r")),
    ];
    for (const error of errors) {
      expect(error.field).toBe("threadId");
      expect(error.message).toContain("null for a stateless run");
    }
    expect(requests).toHaveLength(0);
  });

  it("stream, create and wait refuse an empty or missing assistant id", async () => {
    const { client, requests } = quietClient();
    for (const bad of ["", undefined, 7]) {
      expect((await validationError(() => client.runs.stream("t", bad as never))).field).toBe(
        "assistantId",
      );
      expect((await validationError(() => client.runs.create(null, bad as never))).field).toBe(
        "assistantId",
      );
      expect((await validationError(() => client.runs.wait(null, bad as never))).field).toBe(
        "assistantId",
      );
    }
    expect(requests).toHaveLength(0);
  });

  it("null and undefined thread ids mean a stateless run", async () => {
    const { client, requests } = quietClient();
    await collect(client.runs.stream(null, "a"));
    await collect(client.runs.stream(undefined, "a"));
    await client.runs.create(undefined, "a");
    await client.runs.wait(null, "a");
    expect(requests.map((request) => request.url.pathname)).toEqual([
      "/api/runs/stream",
      "/api/runs/stream",
      "/api/runs",
      "/api/runs/wait",
    ]);
  });
});

describe("method-specific arguments", () => {
  it("createBatch: an empty list or a non-list is refused", async () => {
    const { client, requests } = quietClient();
    for (const payloads of [[], null, { assistantId: "a" }]) {
      const error = await validationError(() => client.runs.createBatch(payloads as never));
      expect(error.field).toBe("payloads");
    }
    expect(requests).toHaveLength(0);
  });

  it("createBatch: a bad item names payloads[i].field", async () => {
    const { client, requests } = quietClient();
    const literal = await validationError(() =>
      client.runs.createBatch([
        { assistantId: "a" },
        { assistantId: "a", onCompletion: "drop" as never },
      ]),
    );
    expect(literal.field).toBe("payloads[1].onCompletion");
    expect(literal.allowed).toEqual(ON_COMPLETION_BEHAVIORS);

    const missing = await validationError(() =>
      client.runs.createBatch([{ assistantId: "a" }, {} as never]),
    );
    expect(missing.field).toBe("payloads[1].assistantId");

    const unknown = await validationError(() =>
      client.runs.createBatch([
        { assistantId: "a" },
        { assistantId: "a", assistant_id: "a" } as never,
      ]),
    );
    expect(unknown.field).toBe("payloads[1].assistant_id");

    const emptyThread = await validationError(() =>
      client.runs.createBatch([{ assistantId: "a", threadId: "" }]),
    );
    expect(emptyThread.field).toBe("payloads[0].threadId");
    expect(requests).toHaveLength(0);
  });

  it("cancel: a bad action names action and lists the allowed values", async () => {
    const { client, requests } = quietClient();
    for (const action of ["stop", "INTERRUPT", null, 1]) {
      const error = await validationError(() =>
        client.runs.cancel("t", "r", false, action as never),
      );
      expect(error.field).toBe("action");
      expect(error.allowed).toEqual(CANCEL_ACTIONS);
      expect(error.received).toBe(action);
    }
    expect(requests).toHaveLength(0);
  });

  it("cancel: a wait that is not a boolean is refused", async () => {
    const { client, requests } = quietClient();
    const error = await validationError(() => client.runs.cancel("t", "r", "yes" as never));
    expect(error.field).toBe("wait");
    expect(requests).toHaveLength(0);
  });

  it("stream and joinStream throw at call time, not at the first read", () => {
    const { client, requests } = quietClient();
    expect(() => client.runs.stream("t", "a", { streamMode: "valuez" as never })).toThrow(
      RunwireValidationError,
    );
    expect(() => client.runs.stream("", "a")).toThrow(RunwireValidationError);
    expect(() => client.runs.joinStream("t", "r", { version: "v9" as never })).toThrow(
      RunwireValidationError,
    );
    expect(() => client.runs.joinStream("t", ".")).toThrow(RunwireValidationError);
    expect(requests).toHaveLength(0);
  });

  it("per-call headers that are not valid HTTP are a validation error naming headers", async () => {
    const { client, requests } = quietClient();
    const name = await validationError(() =>
      client.runs.get("t", "r", { headers: { "bad name": "v" } }),
    );
    expect(name.field).toBe("headers");
    const value = await validationError(() =>
      client.runs.list("t", { headers: { authorization: "Bearer sk-secret\nx" } }),
    );
    expect(value.field).toBe("headers");
    expect(JSON.stringify(value)).not.toContain("sk-secret");
    expect(value.message).not.toContain("sk-secret");
    expect(requests).toHaveLength(0);
  });
});
