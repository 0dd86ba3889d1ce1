import { describe, expect, it } from "vitest";
import { RunwireValidationError } from "../../src/errors/index";
import { encodePathSegment, joinUrl, normalizeBaseUrl } from "../../src/http/index";

describe("joinUrl (§4.1)", () => {
  it("keeps the base path prefix for a path starting with /", () => {
    expect(joinUrl("https://h/api", "/threads/t/runs")).toBe("https://h/api/threads/t/runs");
    expect(joinUrl("https://h/api/", "/threads/t/runs")).toBe("https://h/api/threads/t/runs");
  });

  it("keeps the prefix for a relative Location (not the RFC 3986 result)", () => {
    expect(joinUrl("https://h/api", "/threads/t/runs/r/stream")).toBe(
      "https://h/api/threads/t/runs/r/stream",
    );
  });

  it("resolves literal dot segments", () => {
    expect(joinUrl("https://h/api", "../x")).toBe("https://h/x");
    expect(joinUrl("https://h/api", "./x")).toBe("https://h/api/x");
    expect(joinUrl("https://h/api", "a/../b")).toBe("https://h/api/b");
    expect(joinUrl("https://h/api", "../../../x")).toBe("https://h/x");
    expect(joinUrl("https://h/api", "a/..")).toBe("https://h/api/");
  });

  it("drops every leading slash of a scheme-less target, so //host is not an authority", () => {
    expect(joinUrl("https://h/api", "//evil.com/x")).toBe("https://h/api/evil.com/x");
    expect(joinUrl("https://h", "///r")).toBe("https://h/r");
  });

  it("uses an absolute URL as is", () => {
    expect(joinUrl("https://h/api", "https://EXAMPLE.com:443/r?x=1")).toBe(
      "https://EXAMPLE.com:443/r?x=1",
    );
  });

  it("keeps the target's query, drops its fragment, and ignores the base's", () => {
    expect(joinUrl("https://h/api", "/r?a=1&b=%2F")).toBe("https://h/api/r?a=1&b=%2F");
    expect(joinUrl("https://h/api", "?x")).toBe("https://h/api/?x");
    expect(joinUrl("https://h/api", "/r#frag")).toBe("https://h/api/r");
    expect(joinUrl("https://h/api?k=v#f", "/r")).toBe("https://h/api/r");
  });

  it("works on a base without a path, with a port, and with IPv6", () => {
    expect(joinUrl("https://example.com", "/runs")).toBe("https://example.com/runs");
    expect(joinUrl("http://localhost:8123", "runs/batch")).toBe("http://localhost:8123/runs/batch");
    expect(joinUrl("http://[::1]:8123/p", "/runs")).toBe("http://[::1]:8123/p/runs");
  });

  it("§6.A 9 at URL level: encoded dot segments reach the result unchanged", () => {
    const path = `/threads/${encodePathSegment("..")}/runs/${encodePathSegment("../runs/crons/cron-id")}`;
    const url = joinUrl("https://example.com", path);
    const rawPath = url.slice("https://example.com".length);
    expect(rawPath.split("/")).toEqual([
      "",
      "threads",
      "%2E%2E",
      "runs",
      "..%2Fruns%2Fcrons%2Fcron-id",
    ]);
    expect(rawPath).not.toContain("/runs/crons/");
  });

  it("§6.C 52: base /api/ + initial path and relative reconnect Location", () => {
    const base = "https://example.com/api/";
    expect(joinUrl(base, "/threads/t/runs/stream")).toBe(
      "https://example.com/api/threads/t/runs/stream",
    );
    expect(joinUrl(base, "/threads/t/runs/r/stream")).toBe(
      "https://example.com/api/threads/t/runs/r/stream",
    );
  });
});

describe("normalizeBaseUrl", () => {
  it.each([
    ["https://example.com/api/", "https://example.com/api"],
    ["https://example.com/", "https://example.com"],
    ["https://example.com", "https://example.com"],
    ["http://localhost:8123", "http://localhost:8123"],
    ["https://Example.COM:443/api//", "https://example.com/api"],
    ["  http://h/x  ", "http://h/x"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });

  it.each(["not a url", "/relative", "", "ftp://example.com", "ws://h", "file:///etc/passwd"])(
    "rejects %j naming apiUrl",
    (input) => {
      let caught: unknown;
      try {
        normalizeBaseUrl(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RunwireValidationError);
      expect((caught as RunwireValidationError).field).toBe("apiUrl");
      expect((caught as RunwireValidationError).message).toMatch(/^Invalid apiUrl/);
    },
  );

  it("rejects a query string or fragment", () => {
    expect(() => normalizeBaseUrl("https://h/api?x=1")).toThrow(RunwireValidationError);
    expect(() => normalizeBaseUrl("https://h/api#f")).toThrow(RunwireValidationError);
  });

  it("rejects credentials without echoing them", () => {
    let caught: unknown;
    try {
      normalizeBaseUrl("https://user:s3cret@h/api");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RunwireValidationError);
    const err = caught as RunwireValidationError;
    expect(err.field).toBe("apiUrl");
    expect(`${err.message} ${JSON.stringify(err)} ${String(err.received)}`).not.toContain("s3cret");
  });

  it("rejects a non-string from JavaScript callers", () => {
    expect(() => normalizeBaseUrl(42 as unknown as string)).toThrow(RunwireValidationError);
  });
});
