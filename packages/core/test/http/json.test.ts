import { describe, expect, it } from "vitest";
import { InvalidResponseError } from "../../src/errors/index";
import { decodeJsonBody, encodeJsonBody } from "../../src/http/index";

describe("§6.K encodeJsonBody", () => {
  it("116: a plain object round-trips", () => {
    const value = { key: "value", number: 42 };
    const encoded = encodeJsonBody(value);
    expect(encoded).toBe('{"key":"value","number":42}');
    expect(JSON.parse(encoded)).toEqual(value);
  });

  it("117: a model-like object is encoded as its model_dump(), top level and nested", () => {
    class Model {
      // An own field, so plain JSON.stringify would give a different result.
      readonly internal = "not sent";
      model_dump() {
        return { name: "model", size: 3 };
      }
    }
    expect(encodeJsonBody(new Model())).toBe('{"name":"model","size":3}');
    expect(encodeJsonBody({ data: new Model() })).toBe('{"data":{"name":"model","size":3}}');
  });

  it("118: a dataclass-like instance is encoded as its fields, top level and nested", () => {
    class Person {
      constructor(
        readonly name: string,
        readonly age: number,
      ) {}
    }
    expect(encodeJsonBody(new Person("test", 25))).toBe('{"name":"test","age":25}');
    expect(encodeJsonBody({ p: new Person("test", 25) })).toBe('{"p":{"name":"test","age":25}}');
  });

  it("119: a class nested in a payload → TypeError Type is not JSON serializable", () => {
    // biome-ignore lint/complexity/noStaticOnlyClass: the point is a class object with model_dump.
    class Model {
      static model_dump() {
        return {};
      }
    }
    expect(() => encodeJsonBody({ input: { model: Model } })).toThrow(TypeError);
    expect(() => encodeJsonBody({ input: { model: Model } })).toThrow(
      "Type is not JSON serializable: class Model",
    );
  });

  it("120: uuid-like → string, Set → array, tuple → array, Date → ISO, Map keys → strings", () => {
    const uuid = { toJSON: () => "550e8400-e29b-41d4-a716-446655440000" };
    expect(encodeJsonBody(uuid)).toBe('"550e8400-e29b-41d4-a716-446655440000"');
    expect(encodeJsonBody(new Set([1]))).toBe("[1]");
    expect(encodeJsonBody([1, 2] as const)).toBe("[1,2]");
    expect(encodeJsonBody(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))).toBe(
      '"2024-01-02T03:04:05.000Z"',
    );
    expect(
      encodeJsonBody(
        new Map<unknown, string>([
          [1, "one"],
          [null, "none"],
        ]),
      ),
    ).toBe('{"1":"one","null":"none"}');
  });

  it("converts Map keys of every scalar kind, and Date keys via toJSON", () => {
    const map = new Map<unknown, number>([
      ["s", 1],
      [true, 2],
      [10n, 3],
      [undefined, 4],
      [new Date(Date.UTC(2024, 0, 1)), 5],
    ]);
    // Integer-like keys come first: plain JS objects order them so (Python keeps insertion order).
    expect(encodeJsonBody({ m: map })).toBe(
      '{"m":{"10":3,"s":1,"true":2,"null":4,"2024-01-01T00:00:00.000Z":5}}',
    );
  });

  it("refuses object and symbol Map keys", () => {
    expect(() => encodeJsonBody(new Map([[{}, 1]]))).toThrow("Type is not JSON serializable");
    expect(() => encodeJsonBody(new Map([[Symbol("k"), 1]]))).toThrow(TypeError);
  });

  it("converts nested Sets and Maps, and what model_dump returns", () => {
    const model = { model_dump: () => new Map([["tags", new Set(["a", "b"])]]) };
    expect(encodeJsonBody({ x: [new Set([new Map([["k", 1]])])], model })).toBe(
      '{"x":[[{"k":1}]],"model":{"tags":["a","b"]}}',
    );
  });

  it("applies toJSON to what model_dump returns", () => {
    const model = { model_dump: () => new Date(Date.UTC(2024, 0, 1)) };
    expect(encodeJsonBody({ at: model })).toBe('{"at":"2024-01-01T00:00:00.000Z"}');
  });

  it("toJSON wins over model_dump, as JSON.stringify calls it first", () => {
    const both = { toJSON: () => "json", model_dump: () => "dump" };
    expect(encodeJsonBody(both)).toBe('"json"');
  });

  it.each([
    ["an anonymous function", () => 1, "anonymous function"],
    ["a named function", function named() {}, "function named"],
    ["a symbol", Symbol("s"), "Symbol(s)"],
    ["a BigInt", 10n, "BigInt"],
    ["bytes", new Uint8Array([1]), "Uint8Array"],
    ["an ArrayBuffer", new ArrayBuffer(1), "ArrayBuffer"],
  ])("refuses %s, nested in an object and in an array", (_label, value, described) => {
    for (const payload of [{ a: value }, [value], value]) {
      expect(() => encodeJsonBody(payload)).toThrow(TypeError);
      expect(() => encodeJsonBody(payload)).toThrow(`Type is not JSON serializable: ${described}`);
    }
  });

  it("leaves undefined members out and turns NaN/±Infinity into null", () => {
    expect(encodeJsonBody({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(encodeJsonBody([Number.NaN, Number.POSITIVE_INFINITY, -Infinity])).toBe(
      "[null,null,null]",
    );
  });

  it("a top-level undefined or null gives null", () => {
    expect(encodeJsonBody(undefined)).toBe("null");
    expect(encodeJsonBody(null)).toBe("null");
  });

  it("is compact and does not escape non-ASCII", () => {
    expect(encodeJsonBody({ a: [1, { b: "é😀" }] })).toBe('{"a":[1,{"b":"é😀"}]}');
  });

  it("keeps falsy values", () => {
    expect(encodeJsonBody({ f: false, z: 0, s: "", l: [], o: {}, n: null })).toBe(
      '{"f":false,"z":0,"s":"","l":[],"o":{},"n":null}',
    );
  });

  it("a cycle is a TypeError", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => encodeJsonBody(cyclic)).toThrow(TypeError);
  });
});

describe("decodeJsonBody (§4.3)", () => {
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
