import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RunwireValidationError } from "../../src/errors/index";
import { assertNoApiKeyHeader, checkApiKeyValue, resolveApiKey } from "../../src/http/index";

const ENV_VARS = ["LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"] as const;
let saved: Record<string, string | undefined>;

beforeEach(() => {
  saved = Object.fromEntries(ENV_VARS.map((name) => [name, process.env[name]]));
  for (const name of ENV_VARS) delete process.env[name];
});

afterEach(() => {
  for (const name of ENV_VARS) {
    const value = saved[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/**
 * Runs `body` with `globalThis.process` replaced, restoring it before returning. Synchronous on
 * purpose: vitest itself needs `process` as soon as control returns to the event loop.
 */
function withProcess<T>(replacement: unknown, body: () => T): T {
  const original = Object.getOwnPropertyDescriptor(globalThis, "process");
  Object.defineProperty(globalThis, "process", {
    value: replacement,
    configurable: true,
    writable: true,
  });
  try {
    return body();
  } finally {
    if (original) Object.defineProperty(globalThis, "process", original);
  }
}

describe("resolveApiKey", () => {
  it("110: not given → read from LANGGRAPH_API_KEY", () => {
    process.env.LANGGRAPH_API_KEY = "test-key-from-env";
    expect(resolveApiKey(undefined)).toBe("test-key-from-env");
  });

  it("111: explicitly null → no key, env not read", () => {
    process.env.LANGGRAPH_API_KEY = "test-key-from-env";
    expect(resolveApiKey(null)).toBeUndefined();
  });

  it("112: an explicit string wins over the environment", () => {
    process.env.LANGGRAPH_API_KEY = "test-key-from-env";
    expect(resolveApiKey("explicit-key")).toBe("explicit-key");
  });

  it("113: LANGSMITH_API_KEY with whitespace and quotes → quoted-key", () => {
    process.env.LANGSMITH_API_KEY = '  "quoted-key"  ';
    expect(resolveApiKey(undefined)).toBe("quoted-key");
  });

  it("113: an empty LANGGRAPH_API_KEY is skipped for the next variable", () => {
    process.env.LANGGRAPH_API_KEY = "";
    process.env.LANGSMITH_API_KEY = "smith";
    expect(resolveApiKey(undefined)).toBe("smith");
  });

  it("113: single quotes and a trailing newline are stripped", () => {
    process.env.LANGGRAPH_API_KEY = "'k1'\n";
    expect(resolveApiKey(undefined)).toBe("k1");
  });

  it("113: an explicit empty string means no key", () => {
    process.env.LANGGRAPH_API_KEY = "test-key-from-env";
    expect(resolveApiKey("")).toBeUndefined();
  });

  it("follows the order LANGGRAPH, LANGSMITH, LANGCHAIN", () => {
    process.env.LANGCHAIN_API_KEY = "chain";
    expect(resolveApiKey(undefined)).toBe("chain");
    process.env.LANGSMITH_API_KEY = "smith";
    expect(resolveApiKey(undefined)).toBe("smith");
    process.env.LANGGRAPH_API_KEY = "graph";
    expect(resolveApiKey(undefined)).toBe("graph");
  });

  it("strips whitespace, then every \", then every ' — in that order only", () => {
    process.env.LANGGRAPH_API_KEY = ` ""'k'"" `;
    expect(resolveApiKey(undefined)).toBe("k");
    // A quote inside the other kind is kept: `"` is stripped before `'`.
    process.env.LANGGRAPH_API_KEY = `'"k"'`;
    expect(resolveApiKey(undefined)).toBe(`"k"`);
  });

  it("skips a variable that is empty once stripped", () => {
    process.env.LANGGRAPH_API_KEY = ` "" `;
    process.env.LANGSMITH_API_KEY = "smith";
    expect(resolveApiKey(undefined)).toBe("smith");
  });

  it("uses an explicit key as is, without stripping", () => {
    expect(resolveApiKey(' "k" ')).toBe(' "k" ');
  });

  it("returns undefined when nothing is set", () => {
    expect(resolveApiKey(undefined)).toBeUndefined();
  });

  it("works where there is no process (browsers)", () => {
    process.env.LANGGRAPH_API_KEY = "from-env";
    expect(withProcess(undefined, () => resolveApiKey(undefined))).toBeUndefined();
    expect(withProcess(undefined, () => resolveApiKey("k"))).toBe("k");
    expect(withProcess({}, () => resolveApiKey(undefined))).toBeUndefined();
    // The swap really happened and was undone.
    expect(resolveApiKey(undefined)).toBe("from-env");
  });

  it("works where reading the environment throws (Deno without --allow-env)", () => {
    const env = new Proxy(
      {},
      {
        get() {
          throw new Error("PermissionDenied: Requires env access");
        },
      },
    );
    expect(withProcess({ env }, () => resolveApiKey(undefined))).toBeUndefined();
  });
});

describe("assertNoApiKeyHeader: the key comes only from apiKey", () => {
  function refusal(headers: Parameters<typeof assertNoApiKeyHeader>[0]): RunwireValidationError {
    try {
      assertNoApiKeyHeader(headers, "headers", "runs.get");
    } catch (error) {
      expect(error).toBeInstanceOf(RunwireValidationError);
      return error as RunwireValidationError;
    }
    throw new Error("expected a refusal");
  }

  it("refuses x-api-key in any case and every header form, naming the field, not the value", () => {
    for (const headers of [
      { "x-api-key": "sk-secret" },
      { "X-Api-Key": "sk-secret" },
      [["X-API-KEY", "sk-secret"]] as [string, string][],
      new Headers({ "x-api-key": "sk-secret" }),
    ]) {
      const error = refusal(headers);
      expect(error.field).toBe("headers");
      expect(error.message).toContain("pass apiKey instead");
      expect(JSON.stringify(error) + error.message).not.toContain("sk-secret");
    }
  });

  it("refuses removing the key too (an undefined entry)", () => {
    expect(refusal({ "x-api-key": undefined }).field).toBe("headers");
  });

  it("allows other headers and none at all", () => {
    expect(() =>
      assertNoApiKeyHeader({ "User-Agent": "x", "x-api-key-2": "y" }, "headers", "m"),
    ).not.toThrow();
    expect(() => assertNoApiKeyHeader(undefined, "headers", "m")).not.toThrow();
    expect(() => assertNoApiKeyHeader(null, "headers", "m")).not.toThrow();
  });
});

describe("checkApiKeyValue", () => {
  it.each([
    ["a line break", "sk-1\r\nx-evil: 1"],
    ["a NUL", "sk\u0000"],
    ["a control character", "sk\u0007"],
    ["a character past U+00FF", "ключ"],
    ["a lone surrogate", "sk-\uD800"],
    ["surrounding whitespace, which HTTP drops", " sk-1"],
  ])("refuses a key with %s, never echoing it", (_label, key) => {
    let caught: unknown;
    try {
      checkApiKeyValue(key, "apiKey", "createClient");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RunwireValidationError);
    const error = caught as RunwireValidationError;
    expect(error.field).toBe("apiKey");
    expect(error.received).toBeUndefined();
    expect(error.message).not.toContain(key);
  });

  it("accepts a key HTTP carries as it is, Latin-1 included", () => {
    expect(checkApiKeyValue("lsv2_sk_0123-abc.def~é", "apiKey", "m")).toBe(
      "lsv2_sk_0123-abc.def~é",
    );
  });
});
