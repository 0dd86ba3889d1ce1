import { describe, expect, it } from "vitest";
import { InvalidResponseError, RunwireValidationError } from "../../src/errors/index";
import { checkReconnectLocation } from "../../src/http/index";

function verdict(location: string, base: string): "OK" | "rejected" | "invalid" {
  try {
    checkReconnectLocation(location, base);
    return "OK";
  } catch (error) {
    if (!(error instanceof InvalidResponseError)) throw error;
    return error.message.startsWith("Refusing to follow cross-origin") ? "rejected" : "invalid";
  }
}

describe("base https://example.com", () => {
  const base = "https://example.com";
  it.each([
    ["/r", "OK"],
    ["r", "OK"],
    ["?x", "OK"],
    ["//example.com/r", "rejected"],
    ["https://example.com/r", "OK"],
    ["https://EXAMPLE.com:443/r", "OK"],
    ["http://example.com/r", "rejected"],
    ["https://example.com:8443/r", "rejected"],
    ["http://example.com:80/r", "rejected"],
    ["mailto:x@example.com", "rejected"],
    ["https://user:pw@example.com/r", "OK"],
    // Port 0 is a port of its own to WHATWG URL, not the default (the Python client's quirk).
    ["https://example.com:0/r", "rejected"],
    ["ftp://example.com/r", "rejected"],
    ["http:/r", "rejected"],
    ["http:r", "rejected"],
    ["https://example.com:abc/", "invalid"],
  ])("%s → %s", (location, expected) => {
    expect(verdict(location, base)).toBe(expected);
  });
});

describe("base http://example.com:8123/api", () => {
  const base = "http://example.com:8123/api";
  it.each([
    ["http://example.com:8123/r", "OK"],
    ["HTTP://example.com:8123/r", "OK"],
    ["http://example.com/r", "rejected"],
    ["https://example.com/r", "rejected"],
  ])("%s → %s", (location, expected) => {
    expect(verdict(location, base)).toBe(expected);
  });
});

describe("base https://Example.COM:443", () => {
  const base = "https://Example.COM:443";
  it.each([
    ["https://example.com/r", "OK"],
    ["https://EXAMPLE.com:443/r", "OK"],
  ])("%s → %s", (location, expected) => {
    expect(verdict(location, base)).toBe(expected);
  });
});

describe("messages and edge cases", () => {
  it("names both origins, as WHATWG URL writes them", () => {
    expect(() => checkReconnectLocation("http://example.com/r", "https://example.com")).toThrow(
      "Refusing to follow cross-origin reconnect Location: 'http://example.com/r' (origin http://example.com) is not the client's origin https://example.com",
    );
  });

  it("reads a scheme without slashes as the transport will: http:r is host r", () => {
    expect(() => checkReconnectLocation("http:r", "http://example.com")).toThrow(
      "(origin http://r) is not the client's origin http://example.com",
    );
  });

  it("refuses a protocol-relative Location, which names a host without a scheme", () => {
    expect(() => checkReconnectLocation("//example.com/r", "https://example.com")).toThrow(
      "'//example.com/r' names a host without a scheme",
    );
  });

  it("records the status passed in", () => {
    try {
      checkReconnectLocation("https://evil.com/x", "https://example.com", { status: 200 });
      expect.unreachable("should refuse");
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).status).toBe(200);
    }
  });

  it.each([
    ["https://example.com:65536/r", "invalid"],
    ["https://example.com:-1/r", "invalid"],
    ["https://example.com:+443/r", "invalid"],
    ["https://example.com:443:1/r", "invalid"],
    ["https://[::1/r", "invalid"],
    ["https://example.com:/r", "OK"],
    ["https://example.com:00443/r", "OK"],
    ["https://example.com#x", "OK"],
    ["#frag", "OK"],
    ["", "OK"],
    ["1http://evil.com/r", "OK"],
    ["https://evil.com@example.com/r", "OK"],
    ["https://example.com@evil.com/r", "rejected"],
    ["https://example.com.evil.com/r", "rejected"],
    ["https:///r", "rejected"],
  ])("%s → %s", (location, expected) => {
    expect(verdict(location, "https://example.com")).toBe(expected);
  });

  it("an unparsable Location is named in the error", () => {
    expect(() => checkReconnectLocation("https://example.com:abc/", "https://example.com")).toThrow(
      "Invalid reconnect Location: 'https://example.com:abc/' is not a URL the client can follow",
    );
  });

  it("compares IPv6 hosts and explicit default ports as origins", () => {
    expect(verdict("http://[::1]:8123/r", "http://[::1]:8123")).toBe("OK");
    expect(verdict("http://[::2]:8123/r", "http://[::1]:8123")).toBe("rejected");
    expect(verdict("http://h:80/r", "http://h")).toBe("OK");
  });

  it("a base URL with a bad port is the caller's error, not the server's", () => {
    expect(() => checkReconnectLocation("http://h/r", "http://h:x")).toThrow(
      RunwireValidationError,
    );
  });
});
