import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  APITimeoutError,
  AuthenticationError,
  type ClientConfig,
  createClient,
  InternalServerError,
  InvalidResponseError,
  RateLimitError,
  RunwireError,
  RunwireValidationError,
} from "../../src/index";
import { rejection, setup } from "../support/client";
import { json, memoryTransport, reset } from "../support/memory-transport";

const KEY_VARS = ["LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"] as const;
let savedEnv: NodeJS.ProcessEnv;

beforeEach(() => {
  savedEnv = { ...process.env };
  for (const name of KEY_VARS) delete process.env[name];
});

afterEach(() => {
  process.env = savedEnv;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The `x-api-key` a client built with `config` sends (null when none). */
async function sentApiKey(config: ClientConfig): Promise<string | null> {
  const { client, requests } = setup(() => json([]), config);
  await client.runs.list("t");
  return requests[0]?.headers.get("x-api-key") ?? null;
}

/** The validation error `createClient(config)` throws. */
function constructionError(config: unknown): RunwireValidationError {
  const { transport } = memoryTransport(() => json(null));
  try {
    createClient({ transport, ...(config as ClientConfig) });
  } catch (error) {
    expect(error).toBeInstanceOf(RunwireValidationError);
    return error as RunwireValidationError;
  }
  throw new Error("expected createClient to throw");
}

describe("API key (6.J 110-113)", () => {
  it("110: LANGGRAPH_API_KEY is used when apiKey is left out", async () => {
    process.env.LANGGRAPH_API_KEY = "test-key-from-env";
    expect(await sentApiKey({ apiKey: undefined })).toBe("test-key-from-env");
    const { transport, requests } = memoryTransport(() => json([]));
    await createClient({ apiUrl: "https://example.com", transport }).runs.list("t");
    expect(requests[0]?.headers.get("x-api-key")).toBe("test-key-from-env");
  });

  it("111: apiKey null never reads the environment", async () => {
    process.env.LANGGRAPH_API_KEY = "test-key-from-env";
    expect(await sentApiKey({ apiKey: null })).toBeNull();
  });

  it("112: a string apiKey overrides the environment", async () => {
    process.env.LANGGRAPH_API_KEY = "test-key-from-env";
    expect(await sentApiKey({ apiKey: "explicit-key" })).toBe("explicit-key");
  });

  it("113: quotes and whitespace are stripped; empty variables are skipped; '' means no key", async () => {
    process.env.LANGSMITH_API_KEY = '  "quoted-key"  ';
    expect(await sentApiKey({ apiKey: undefined })).toBe("quoted-key");

    process.env.LANGGRAPH_API_KEY = "";
    expect(await sentApiKey({ apiKey: undefined })).toBe("quoted-key");

    process.env.LANGGRAPH_API_KEY = "'k1'\n";
    expect(await sentApiKey({ apiKey: undefined })).toBe("k1");

    expect(await sentApiKey({ apiKey: "" })).toBeNull();
  });

  it("113: the order is LANGGRAPH, LANGSMITH, LANGCHAIN; a value empty once stripped is skipped", async () => {
    process.env.LANGCHAIN_API_KEY = "chain";
    expect(await sentApiKey({ apiKey: undefined })).toBe("chain");
    process.env.LANGSMITH_API_KEY = " \"''\" ";
    expect(await sentApiKey({ apiKey: undefined })).toBe("chain");
    process.env.LANGSMITH_API_KEY = "smith";
    expect(await sentApiKey({ apiKey: undefined })).toBe("smith");
  });

  it("an explicit key is sent as is, never trimmed", async () => {
    expect(await sentApiKey({ apiKey: "k" })).toBe("k");
  });

  it.each([
    ["a line break", "sk-secret\n"],
    ["a character past U+00FF", "sk-secret-ключ"],
    ["a lone surrogate", "sk-secret-\uD83D"],
    ["leading whitespace", " sk-secret"],
  ])("an apiKey with %s is refused at createClient, not at the first call", (_label, apiKey) => {
    const error = constructionError({ apiKey });
    expect(error.field).toBe("apiKey");
    expect(JSON.stringify(error) + error.message).not.toContain("sk-secret");
  });

  it("a key from the environment that HTTP cannot carry is refused, naming the variables", () => {
    process.env.LANGGRAPH_API_KEY = "sk-secret-ключ";
    const error = constructionError({});
    expect(error.field).toBe("apiKey");
    expect(error.message).toContain("LANGGRAPH_API_KEY");
    expect(error.message).not.toContain("sk-secret");
  });

  it("an apiKey that is not a string or null is refused, without echoing it", () => {
    process.env.LANGGRAPH_API_KEY = "test-key-from-env";
    for (const apiKey of [42, ["sk-secret"], { key: "sk-secret" }, true]) {
      const error = constructionError({ apiKey });
      expect(error.field).toBe("apiKey");
      expect(JSON.stringify(error)).not.toContain("sk-secret");
    }
  });
});

describe("default headers", () => {
  it("x-api-key in client headers is refused in any case and any form", () => {
    const forms: unknown[] = [
      { "x-api-key": "k" },
      { "X-Api-Key": "k" },
      { "X-API-KEY": "k" },
      new Headers({ "X-Api-Key": "k" }),
      [["x-API-key", "k"]],
    ];
    for (const defaultHeaders of forms) {
      const error = constructionError({ defaultHeaders });
      expect(error.message).toBe(
        'createClient: invalid option "defaultHeaders": x-api-key cannot be set or removed through headers; pass apiKey instead',
      );
      expect(error.field).toBe("defaultHeaders");
    }
  });

  it("core sends no User-Agent of its own (the Node transport does); the caller's is sent", async () => {
    const plain = setup(() => json([]));
    await plain.client.runs.list("t");
    expect(plain.requests[0]?.headers.get("user-agent")).toBeNull();

    const custom = setup(() => json([]), { defaultHeaders: { "User-Agent": "x" } });
    await custom.client.runs.list("t");
    await custom.client.runs.list("t", { headers: { "user-agent": "y" } });
    expect(custom.requests.map((r) => r.headers.get("user-agent"))).toEqual(["x", "y"]);
  });

  it("client headers go under method and per-call headers, case-insensitively (docs/spec/runs.md Appendix B 15)", async () => {
    const { client, requests } = setup(() => json({}), {
      apiKey: "k",
      defaultHeaders: [
        ["X-Team", "a"],
        ["Content-Type", "text/plain"],
      ],
    });
    await client.runs.create("t", "a", { headers: { "x-TEAM": "b" } });
    const headers = requests[0]?.headers;
    expect(headers?.get("x-team")).toBe("b");
    expect(headers?.get("content-type")).toBe("application/json");
    expect(headers?.get("x-api-key")).toBe("k");
  });

  it.each([
    ["a null value (was sent as the string null)", { "x-team": null }, '"x-team" must be a string'],
    ["a number value", { "x-team": 5 }, '"x-team" must be a string'],
    ["an invalid name", { "bad name": "v" }, '"bad name" is not a valid header name'],
    ["a value with a line break", { "x-team": "a\r\nx-evil: 1" }, "a line break"],
    ["a value past U+00FF", { "x-team": "команда" }, "past U+00FF"],
    ["a pair that is not a pair", [["x-team"]], "entry 0 is not a [name, value] pair"],
    ["a pair with a null value", [["x-team", null]], '"x-team" must be a string'],
  ])(
    "a defaultHeaders entry with %s is refused at createClient, naming it",
    (_label, defaultHeaders, message) => {
      const error = constructionError({ defaultHeaders });
      expect(error.field).toBe("defaultHeaders");
      expect(error.message).toContain(message);
    },
  );

  it("a defaultHeaders that is not a headers object is refused", () => {
    for (const defaultHeaders of ["x-team: a", 5]) {
      expect(constructionError({ defaultHeaders }).field).toBe("defaultHeaders");
    }
  });

  it("an invalid header name or value is a validation error that does not quote the value", () => {
    expect(constructionError({ defaultHeaders: { "bad name": "v" } }).field).toBe("defaultHeaders");
    const error = constructionError({ defaultHeaders: { authorization: "Bearer sk-secret\nx" } });
    expect(error.field).toBe("defaultHeaders");
    expect(JSON.stringify(error)).not.toContain("sk-secret");
    expect(error.message).not.toContain("sk-secret");
  });
});

describe("createClient options are checked, naming the field", () => {
  const cases: Array<[string, unknown, string]> = [
    ["unknown option", { apiurl: "https://example.com" }, "apiurl"],
    ["apiUrl not a URL", { apiUrl: "example.com" }, "apiUrl"],
    ["apiUrl ftp", { apiUrl: "ftp://example.com" }, "apiUrl"],
    ["apiUrl with a query", { apiUrl: "https://example.com/?x=1" }, "apiUrl"],
    ["apiUrl not a string", { apiUrl: 8123 }, "apiUrl"],
    ["negative timeoutMs", { timeoutMs: -1 }, "timeoutMs"],
    ["zero timeoutMs", { timeoutMs: 0 }, "timeoutMs"],
    ["timeoutMs a string", { timeoutMs: "30" }, "timeoutMs"],
    ["non-integer maxRetries", { maxRetries: 1.5 }, "maxRetries"],
    ["negative maxRetries", { maxRetries: -1 }, "maxRetries"],
    [
      "bad callerOptions.maxRetries",
      { callerOptions: { maxRetries: 0.5 } },
      "callerOptions.maxRetries",
    ],
    ["non-function transport", { transport: "fetch" }, "transport"],
    ["non-function onRequest", { onRequest: {} }, "onRequest"],
    ["negative retry.initialDelayMs", { retry: { initialDelayMs: -5 } }, "retry.initialDelayMs"],
    ["NaN retry.maxDelayMs", { retry: { maxDelayMs: Number.NaN } }, "retry.maxDelayMs"],
    ["retry.maxRetries (belongs at the top)", { retry: { maxRetries: 5 } }, "retry.maxRetries"],
    [
      "unknown callerOptions key",
      { callerOptions: { maxConcurrency: 2 } },
      "callerOptions.maxConcurrency",
    ],
    [
      "non-integer streamResume.maxAttempts",
      { streamResume: { maxAttempts: 2.5 } },
      "streamResume.maxAttempts",
    ],
    ["retry not an object", { retry: 3 }, "retry"],
    ["validateResponses not a boolean", { validateResponses: "yes" }, "validateResponses"],
  ];
  for (const [name, config, field] of cases) {
    it(`${name} → RunwireValidationError naming ${field}`, () => {
      const error = constructionError(config);
      expect(error.field).toBe(field);
      expect(error.message).toContain(field.split(".").at(-1));
    });
  }

  it("the apiUrl scheme error lists the allowed schemes", () => {
    expect(constructionError({ apiUrl: "ftp://example.com" }).allowed).toEqual(["http:", "https:"]);
  });

  it("a config that is not an object is refused; a URL string gets the { apiUrl } hint", () => {
    const thrown = (config: unknown) => {
      try {
        createClient(config as ClientConfig);
      } catch (error) {
        expect(error).toBeInstanceOf(RunwireValidationError);
        return error as RunwireValidationError;
      }
      throw new Error("expected createClient to throw");
    };
    const url = thrown("http://localhost:2024");
    expect(url.field).toBe("config");
    expect(url.message).toBe(
      'createClient: expected an options object, got a string: to set the server, pass { apiUrl: "http://localhost:2024" }',
    );
    expect(thrown(null).message).toBe(
      "createClient: expected an options object, got null: leave it out, or pass {}, for the defaults",
    );
    expect(thrown([]).field).toBe("config");
    expect(thrown(42).field).toBe("config");
  });

  it.each([0, -1, 1.5, Number.NaN, "64"])(
    "maxEventBytes %j is refused (an integer >= 1)",
    (value) => {
      const error = constructionError({ maxEventBytes: value });
      expect(error.field).toBe("maxEventBytes");
      expect(error.message).toContain(">= 1");
    },
  );

  it("maxEventBytes 1 is accepted", () => {
    expect(() => setup(() => json([]), { maxEventBytes: 1 })).not.toThrow();
  });

  it("valid edge values are accepted: maxRetries 0, timeoutMs null, apiUrl with a path and trailing slash", async () => {
    const { client, requests } = setup(() => json([]), {
      apiUrl: "http://localhost:2024/prefix/",
      maxRetries: 0,
      timeoutMs: null,
    });
    await client.runs.list("t");
    expect(requests[0]?.rawUrl).toBe(
      "http://localhost:2024/prefix/threads/t/runs?limit=10&offset=0",
    );
  });

  it("the default apiUrl is http://localhost:8123", async () => {
    const { transport, requests } = memoryTransport(() => json([]));
    await createClient({ apiKey: null, transport }).runs.list("t");
    expect(requests[0]?.url.origin).toBe("http://localhost:8123");
  });
});

describe("onRequest", () => {
  it("sees every request, retries and reconnects included", async () => {
    const seen: string[] = [];
    const { client } = setup(
      (request, index) => {
        if (request.url.pathname.endsWith("/wait")) {
          return { status: 200, headers: { location: "/threads/t/runs/r/join" }, body: [reset()] };
        }
        return index < 3 ? json(null, 503) : json({ done: 1 });
      },
      {
        onRequest: (url, init) => {
          seen.push(`${init.method} ${url.pathname}`);
        },
      },
    );
    expect(await client.runs.wait("t", "a")).toEqual({ done: 1 });
    expect(seen).toEqual([
      "POST /api/threads/t/runs/wait",
      "GET /api/threads/t/runs/r/join",
      "GET /api/threads/t/runs/r/join",
      "GET /api/threads/t/runs/r/join",
    ]);
  });

  it("may add a header to the init it is given", async () => {
    const { client, requests } = setup(() => json([]), {
      onRequest: (_url, init) => {
        init.headers.set("authorization", "Bearer t");
      },
    });
    await client.runs.list("t");
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer t");
  });

  it("may return a new init, sync or async, which is what is sent", async () => {
    const { client, requests } = setup(() => json({}), {
      onRequest: async (url, init) => ({
        ...init,
        headers: new Headers({ "x-signed": url.pathname }),
        body: init.body === undefined ? undefined : `${init.body} `,
      }),
    });
    await client.runs.create("t", "a");
    expect(requests[0]?.headers.get("x-signed")).toBe("/api/threads/t/runs");
    expect(requests[0]?.headers.has("user-agent")).toBe(false);
    expect(requests[0]?.body?.endsWith(" ")).toBe(true);
  });

  it("an error thrown by the hook reaches the caller as is: not a connection error, not retried", async () => {
    const failure = new Error("hook failed");
    const hook = vi.fn(() => {
      throw failure;
    });
    const { client, requests } = setup(() => json([]), { onRequest: hook });
    expect(await rejection(() => client.runs.list("t"))).toBe(failure);
    expect(hook).toHaveBeenCalledTimes(1);
    expect(requests).toHaveLength(0);
  });

  it.each(["HEAD", "TRACE", "options", "CONNECT", "QUERY", ""])(
    "a hook returning the method %j is a validation error naming onRequest; nothing is sent",
    async (method) => {
      const { client, requests } = setup(() => json([]), {
        onRequest: (_url, init) => ({ ...init, method }),
      });
      const error = await rejection(() => client.runs.get("t", "r"));
      expect(error).toBeInstanceOf(RunwireValidationError);
      expect((error as RunwireValidationError).field).toBe("onRequest");
      expect((error as RunwireValidationError).received).toBe(method);
      expect((error as Error).message).toBe(
        `onRequest returned an unsupported method: ${method} (expected GET, POST, PUT, PATCH or DELETE)`,
      );
      expect(requests).toHaveLength(0);
    },
  );

  it.each([
    ["set a key the client has none of", null, (h: Headers) => h.set("x-api-key", "other")],
    ["replace the client's key", "k", (h: Headers) => h.set("X-Api-Key", "other")],
    ["remove the client's key", "k", (h: Headers) => h.delete("x-api-key")],
  ])(
    "a hook may not %s: refused before sending, naming onRequest",
    async (_label, apiKey, change) => {
      const { client, requests } = setup(() => json([]), {
        apiKey,
        onRequest: (_url, init) => {
          change(init.headers);
        },
      });
      const error = await rejection(() => client.runs.list("t"));
      expect(error).toBeInstanceOf(RunwireValidationError);
      expect((error as RunwireValidationError).field).toBe("onRequest");
      expect((error as Error).message).toContain("may not set, replace or remove x-api-key");
      expect(requests).toHaveLength(0);
    },
  );

  it("a hook that returns new headers keeping the key is fine", async () => {
    const { client, requests } = setup(() => json([]), {
      apiKey: "k",
      onRequest: (_url, init) => ({ ...init, headers: new Headers(init.headers) }),
    });
    await client.runs.list("t");
    expect(requests[0]?.headers.get("x-api-key")).toBe("k");
  });
});

describe("the API key never appears in an error", () => {
  const SECRET = "sk-secret";

  function expectNoSecret(error: unknown): void {
    expect(error).toBeInstanceOf(Error);
    const err = error as Error;
    for (const text of [String(err), err.message, err.stack ?? "", JSON.stringify(err)]) {
      expect(text).not.toContain(SECRET);
    }
    expect(inspect(err, { depth: 0 })).not.toContain(SECRET);
  }

  it("status errors", async () => {
    const responses = [
      json({ detail: "Invalid API key" }, 401, { "x-request-id": "req-1" }),
      json(null, 429, { "retry-after": "600" }),
      json({ message: "boom" }, 500),
    ];
    const { client, requests } = setup((_, index) => responses[index] ?? json(null, 500), {
      apiKey: SECRET,
      maxRetries: 0,
    });
    const errors = [
      await rejection(() => client.runs.get("t", "r")),
      await rejection(() => client.runs.list("t")),
      await rejection(() => client.runs.wait("t", "a")),
    ];
    expect(requests[0]?.headers.get("x-api-key")).toBe(SECRET);
    expect(errors[0]).toBeInstanceOf(AuthenticationError);
    expect(errors[1]).toBeInstanceOf(RateLimitError);
    expect(errors[2]).toBeInstanceOf(InternalServerError);
    for (const error of errors) expectNoSecret(error);
  });

  it("connection, timeout and invalid-response errors", async () => {
    const { client } = setup(
      (request) => {
        if (request.url.pathname.endsWith("/runs")) throw new TypeError("fetch failed");
        if (request.url.pathname.endsWith("/runs/r")) return new Promise(() => {});
        return json({ x: 1 }, 200, { location: "https://evil.com/x" });
      },
      { apiKey: SECRET, timeoutMs: 20, maxRetries: 0 },
    );
    const errors = [
      await rejection(() => client.runs.list("t")),
      await rejection(() => client.runs.get("t", "r")),
      await rejection(() => client.runs.wait("t", "a")),
    ];
    expect(errors[0]).toBeInstanceOf(APIConnectionError);
    expect(errors[1]).toBeInstanceOf(APITimeoutError);
    expect(errors[2]).toBeInstanceOf(InvalidResponseError);
    for (const error of errors) expectNoSecret(error);
  });

  it("validation errors, from createClient and from the methods", async () => {
    const { client } = setup(() => json([]), { apiKey: SECRET });
    const errors: unknown[] = [
      await rejection(() => client.runs.list("t", { status: "done" as never })),
      await rejection(() => client.runs.get("", "r")),
    ];
    const attempts: unknown[] = [
      { apiKey: SECRET, timeoutMs: -1 },
      { apiKey: SECRET, defaultHeaders: { "X-Api-Key": SECRET } },
      { apiKey: SECRET, apiUrl: `https://user:${SECRET}@example.com` },
      // A misspelt option may well hold the key itself.
      { apikey: SECRET },
      { api_key: SECRET },
    ];
    for (const config of attempts) errors.push(constructionError(config));
    for (const error of errors) {
      expect(error).toBeInstanceOf(RunwireError);
      expectNoSecret(error);
    }
  });
});
