import { describe, expect, it } from "vitest";
import { InvalidResponseError, RunwireValidationError } from "../../src/errors/index";
import { decodeJsonBody, encodeJsonBody } from "../../src/http/index";

/** The validation error `encodeJsonBody(value)` throws. */
function refusal(value: unknown, options?: Parameters<typeof encodeJsonBody>[1]) {
  try {
    encodeJsonBody(value, options);
  } catch (error) {
    expect(error).toBeInstanceOf(RunwireValidationError);
    return error as RunwireValidationError;
  }
  throw new Error("expected encodeJsonBody to refuse");
}

describe("encodeJsonBody: what is encoded", () => {
  it("plain objects, arrays, strings, finite numbers, booleans and null, as JSON.stringify", () => {
    const value = { s: "é😀", n: -1.5e-7, b: false, z: null, l: [1, "a", [], {}], o: { e: "" } };
    expect(encodeJsonBody(value)).toBe(JSON.stringify(value));
  });

  it("objects with toJSON as toJSON gives them (Date → ISO string), top level and nested", () => {
    const at = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(encodeJsonBody(at)).toBe('"2024-01-02T03:04:05.000Z"');
    const id = { toJSON: (key: string) => `id-for-${key}` };
    expect(encodeJsonBody({ at, list: [id], id })).toBe(
      '{"at":"2024-01-02T03:04:05.000Z","list":["id-for-0"],"id":"id-for-id"}',
    );
  });

  it("class instances as their own enumerable properties, as JSON.stringify does", () => {
    class Person {
      constructor(
        readonly name: string,
        readonly age: number,
      ) {}
      greet() {
        return this.name;
      }
    }
    expect(encodeJsonBody({ p: new Person("test", 25) })).toBe('{"p":{"name":"test","age":25}}');
  });

  it("undefined object members are left out, and a null-prototype object is plain", () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1, b: undefined });
    expect(encodeJsonBody({ a: undefined, b: 1, bare })).toBe('{"b":1,"bare":{"a":1}}');
  });

  it("a value shared by two members (not a cycle) is encoded twice", () => {
    const shared = { x: 1 };
    expect(encodeJsonBody({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });
});

describe("encodeJsonBody: what JSON cannot carry is refused, with its path", () => {
  const cyclic: Record<string, unknown> = { name: "loop" };
  cyclic.self = cyclic;
  it.each([
    ["a BigInt (JSON.stringify throws a bare TypeError)", 10n, "BigInt"],
    ["a function (JSON.stringify drops it)", () => 1, "function"],
    ["a symbol (JSON.stringify drops it)", Symbol("s"), "symbol"],
    ["NaN (JSON.stringify sends null)", Number.NaN, "NaN, which JSON would send as null"],
    ["Infinity", Number.POSITIVE_INFINITY, "Infinity"],
    ["-Infinity", Number.NEGATIVE_INFINITY, "-Infinity"],
    ["a Map (JSON.stringify sends {})", new Map([["k", 1]]), "Object.fromEntries"],
    ["a Set (JSON.stringify sends {})", new Set([1]), "[...set]"],
    ["a Uint8Array", new Uint8Array([1]), "binary data (Uint8Array)"],
    ["a Node Buffer (its toJSON is not a wire format)", Buffer.from("x"), "binary data"],
    ["an ArrayBuffer", new ArrayBuffer(1), "binary data (ArrayBuffer)"],
    ["a DataView", new DataView(new ArrayBuffer(1)), "binary data (DataView)"],
    ["a RegExp", /x/, "RegExp"],
    ["an Error", new Error("boom"), "send its message"],
    ["a Promise", Promise.resolve(1), "await it"],
    ["a WeakMap", new WeakMap(), "WeakMap"],
    ["a cycle (JSON.stringify throws a bare TypeError)", cyclic, "circular reference"],
  ])("%s", (_label, bad, reason) => {
    const body = { input: { messages: [{ content: "hi" }, { content: bad }] } };
    const error = refusal(body);
    const path =
      bad === cyclic ? "body.input.messages[1].content.self" : "body.input.messages[1].content";
    expect(error.field).toBe(path);
    expect(error.message).toContain(`"${path}"`);
    expect(error.message).toContain(reason);
  });

  it("undefined in an array (JSON.stringify sends null)", () => {
    expect(refusal({ list: [1, undefined] }).field).toBe("body.list[1]");
  });

  it("a problem in what toJSON returns is named at the object's path", () => {
    expect(refusal({ at: { toJSON: () => ({ n: 1n }) } }).field).toBe("body.at.n");
  });

  it("keys that are not identifiers are quoted in the path", () => {
    expect(refusal({ "a b": { "x-y": [Number.NaN] } }).field).toBe('body["a b"]["x-y"][0]');
  });

  it("a top-level value JSON cannot carry is named as the body", () => {
    expect(refusal(undefined).field).toBe("body");
    expect(refusal(1n).field).toBe("body");
  });

  it("label and fieldAt shape the error for the caller's option names", () => {
    const error = refusal(
      { stream_mode: ["values"], config: { configurable: { n: 1n } } },
      { label: "runs.stream", fieldAt: (path) => path.join("/") },
    );
    expect(error.field).toBe("config/configurable/n");
    expect(error.message).toMatch(
      /^runs\.stream: invalid option "config\/configurable\/n": a BigInt/,
    );
  });

  it("a structure nested deeper than 1000 levels is refused, not a stack overflow", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 2_000; i += 1) deep = [deep];
    expect(refusal(deep).message).toContain("nested more than 1000 levels deep");
  });

  it("an enumerable key added to Object.prototype does not make a clean body fail", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = () => 1;
    try {
      expect(encodeJsonBody({ a: 1 })).toBe('{"a":1}');
    } finally {
      delete proto.polluted;
    }
  });
});

describe("decodeJsonBody", () => {
  it("empty → null", () => {
    expect(decodeJsonBody("")).toBeNull();
  });

  it("the /wait keep-alive newlines alone → null", () => {
    expect(decodeJsonBody("\n\n")).toBeNull();
    expect(decodeJsonBody(" \t\r\n")).toBeNull();
  });

  it("leading keep-alive newlines before the JSON are fine", () => {
    expect(decodeJsonBody('\n\n{"log":["s1","s2"],"delay":300}')).toEqual({
      log: ["s1", "s2"],
      delay: 300,
    });
  });

  it("decodes any JSON value", () => {
    expect(decodeJsonBody("[1]")).toEqual([1]);
    expect(decodeJsonBody('"s"')).toBe("s");
    expect(decodeJsonBody("null")).toBeNull();
    expect(decodeJsonBody("false")).toBe(false);
  });

  it("invalid JSON → InvalidResponseError with status, body and cause", () => {
    let caught: unknown;
    try {
      decodeJsonBody("not json", { status: 200 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidResponseError);
    const err = caught as InvalidResponseError;
    expect(err.status).toBe(200);
    expect(err.body).toBe("not json");
    expect(err.cause).toBeInstanceOf(SyntaxError);
    expect(err.message).toMatch(/^Invalid JSON in response body \(status 200\): \S/);
  });

  it("without a status the message leaves it out", () => {
    expect(() => decodeJsonBody("{")).toThrow(/^Invalid JSON in response body: /);
  });

  it("other Unicode whitespace is not JSON whitespace", () => {
    expect(() => decodeJsonBody("\u00a0")).toThrow(InvalidResponseError);
  });
});
