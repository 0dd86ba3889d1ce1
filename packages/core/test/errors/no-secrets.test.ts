import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIStatusError,
  APITimeoutError,
  InvalidResponseError,
  type RunwireError,
} from "../../src/errors/index";
import { assertNoApiKeyHeader } from "../../src/http/index";

const SECRET = "sk-secret";

/** Every place an error's text can surface. */
function renderings(err: RunwireError): string[] {
  return [String(err), err.message, err.stack ?? "", JSON.stringify(err), inspect(err)];
}

describe("errors never carry the API key or request headers", () => {
  it("a status error built from a response to a request with x-api-key", async () => {
    const request = new Request("https://example.com/threads/t/runs", {
      method: "POST",
      headers: { "x-api-key": SECRET, "content-type": "application/json" },
      body: "{}",
    });
    // A stand-in server: answers 401 and sends back ordinary response headers.
    const respond = async (req: Request) => {
      expect(req.headers.get("x-api-key")).toBe(SECRET);
      return new Response('{"detail":"Invalid API key"}', {
        status: 401,
        headers: { "content-type": "application/json", "x-request-id": "req-1" },
      });
    };
    const response = await respond(request);
    const err = APIStatusError.from({
      status: response.status,
      headers: response.headers,
      body: new Uint8Array(await response.arrayBuffer()),
    });

    expect(err.message).toBe("Invalid API key");
    expect(err.headers.get("x-request-id")).toBe("req-1");
    expect(err.headers.has("x-api-key")).toBe(false);
    for (const text of renderings(err)) expect(text).not.toContain(SECRET);
  });

  it("connection, timeout and invalid-response errors built around a failed request", () => {
    const cause = new TypeError("fetch failed");
    const errors = [
      new APIConnectionError({ cause }),
      new APITimeoutError({ cause }),
      new InvalidResponseError("Invalid JSON in response body (status 200): x", { status: 200 }),
    ];
    for (const err of errors) {
      for (const text of renderings(err)) expect(text).not.toContain(SECRET);
    }
  });

  it("the reserved-header error names the header, not its value", () => {
    let caught: unknown;
    try {
      assertNoApiKeyHeader({ "X-API-KEY": SECRET }, "headers", "runs.get");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    for (const text of renderings(caught as RunwireError)) expect(text).not.toContain(SECRET);
  });
});
