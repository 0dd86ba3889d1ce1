import { describe, expect, it } from "vitest";
import { encodePathSegment } from "../../src/http/index";

describe("§6.A encodePathSegment", () => {
  it("1-2: ids made of unreserved characters are unchanged", () => {
    for (const id of ["550e8400-e29b-41d4-a716-446655440000", "thread_123", "asst_abc"]) {
      expect(encodePathSegment(id)).toBe(id);
    }
  });

  it("3: / is encoded", () => {
    expect(encodePathSegment("foo/bar")).toBe("foo%2Fbar");
  });

  it.each([
    [".", "%2E"],
    ["..", "%2E%2E"],
    ["...", "%2E%2E%2E"],
    ["agent.v1", "agent.v1"],
    ["../bar", "..%2Fbar"],
  ])("4: %j → %j", (input, expected) => {
    expect(encodePathSegment(input)).toBe(expected);
  });

  it("5: no / is left", () => {
    const encoded = encodePathSegment("../assistants/abc-123");
    expect(encoded).toBe("..%2Fassistants%2Fabc-123");
    expect(encoded).not.toContain("/");
  });

  it("6: objects by their string form, numbers as decimal", () => {
    const uuid = { toString: () => "550e8400-e29b-41d4-a716-446655440000" };
    expect(encodePathSegment(uuid)).toBe("550e8400-e29b-41d4-a716-446655440000");
    expect(encodePathSegment(42)).toBe("42");
    expect(encodePathSegment(1.5)).toBe("1.5");
  });

  it("7: null and undefined → TypeError in JavaScript's words", () => {
    for (const value of [null, undefined]) {
      expect(() => encodePathSegment(value as unknown as string)).toThrow(TypeError);
      expect(() => encodePathSegment(value as unknown as string)).toThrow(
        "path parameter must not be null or undefined",
      );
    }
  });

  it("8: byte arrays → TypeError: pass a string", () => {
    const bytes = new TextEncoder().encode("bytes");
    for (const value of [bytes, bytes.buffer, new DataView(bytes.buffer), new Uint16Array(2)]) {
      expect(() => encodePathSegment(value)).toThrow(TypeError);
      expect(() => encodePathSegment(value)).toThrow(
        "path parameter must not be binary data; pass a string",
      );
    }
  });

  it.each([
    ["a b", "a%20b"],
    ["!*'()", "%21%2A%27%28%29"],
    ["~-_.", "~-_."],
    ["é", "%C3%A9"],
    ["😀", "%F0%9F%98%80"],
    ["a+b", "a%2Bb"],
    ["a?b#c", "a%3Fb%23c"],
    ["a%b", "a%25b"],
    ["./", ".%2F"],
    ["", ""],
  ])("10: %j → %j", (input, expected) => {
    expect(encodePathSegment(input)).toBe(expected);
  });

  it("encodes every printable ASCII character outside the unreserved set", () => {
    const unreserved = /[A-Za-z0-9\-_.~]/;
    for (let code = 0x20; code < 0x7f; code++) {
      // Wrapped in letters so that "." alone (a dot-only segment) is not special-cased.
      const char = String.fromCharCode(code);
      const expected = unreserved.test(char)
        ? char
        : `%${code.toString(16).toUpperCase().padStart(2, "0")}`;
      expect(encodePathSegment(`a${char}z`)).toBe(`a${expected}z`);
    }
  });

  it("uses String() for booleans (not Python's True/False)", () => {
    expect(encodePathSegment(true)).toBe("true");
  });

  it("rejects a lone surrogate with a TypeError", () => {
    expect(() => encodePathSegment("a\uD800b")).toThrow(TypeError);
  });
});
