import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../../src/errors/index";

const NOW = Date.parse("2024-01-02T03:04:05Z");

describe("parseRetryAfter", () => {
  it.each([
    ["0", 0],
    ["3", 3000],
    [" 120 ", 120_000],
    ["1.5", 1500],
    ["Tue, 02 Jan 2024 03:04:15 GMT", 10_000],
    ["Tue, 02 Jan 2024 03:00:00 GMT", 0],
  ])("%j → %j ms", (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it.each([null, undefined, "", "-1", "soon", "1e3", "12abc"])("%j → null", (value) => {
    expect(parseRetryAfter(value, NOW)).toBeNull();
  });
});
