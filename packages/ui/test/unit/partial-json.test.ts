import { describe, expect, it } from "vitest";
import { parsePartialJson } from "../../src/partial-json";

describe("parsePartialJson", () => {
  it("reads complete JSON as JSON.parse does", () => {
    expect(parsePartialJson('{"a":[1,2,{"b":null}]}')).toEqual({ a: [1, 2, { b: null }] });
  });

  it.each([
    ['{"city": "Par', { city: "Par" }],
    ['{"city": "Paris", "da', { city: "Paris" }],
    ['{"city": "Paris", "days": ', { city: "Paris" }],
    ['{"list": [1, 2', { list: [1, 2] }],
    ['{"list": [1, 2, ', { list: [1, 2] }],
    ['{"nested": {"a": "x\\"y', { nested: { a: 'x"y' } }],
    ["{", {}],
    ['{"a": tr', {}],
  ])("reads the cut text %j as far as it has come", (text, expected) => {
    expect(parsePartialJson(text)).toEqual(expected);
  });

  it("reads text cut right after a backslash in a string up to before it", () => {
    expect(parsePartialJson('{"a": "x\\')).toEqual({ a: "x" });
  });

  it("gives undefined for text that is not JSON at all", () => {
    expect(parsePartialJson("not json")).toBeUndefined();
    expect(parsePartialJson("")).toBeUndefined();
  });

  it("reads every prefix of a JSON text without throwing, each a value the full one extends", () => {
    const full = { city: "Paris", days: [1, 2, 3], unit: { name: "C", exact: true } };
    const text = JSON.stringify(full);
    for (let cut = 1; cut <= text.length; cut++) {
      const value = parsePartialJson(text.slice(0, cut));
      if (value === undefined) continue;
      expect(typeof value).toBe("object");
    }
    expect(parsePartialJson(text)).toEqual(full);
  });
});
