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
import type { ClientConfig } from "../../src/index";
import { rejection, setup } from "../support/client";
import type { Handler } from "../support/memory-transport";

const SECRET = "sk-secret";

/** Every place an error's text can surface. */
function renderings(err: RunwireError): string[] {
  return [String(err), err.message, err.stack ?? "", JSON.stringify(err), inspect(err)];
}

describe("errors never carry the API key or request headers", () => {
  // Each error below comes from a request that really carried the key through the client (the
  // in-memory server checks it arrived), so a header copied into an error would show.
  const keyed = (handler: Handler, config: ClientConfig = {}) =>
    setup(
      (request, index) => {
        expect(request.headers.get("x-api-key")).toBe(SECRET);
        return handler(request, index);
      },
      { apiKey: SECRET, maxRetries: 0, ...config },
    );

  it("a status error answering a request sent with x-api-key", async () => {
    const { client, requests } = keyed(() => ({
      status: 401,
      headers: { "content-type": "application/json", "x-request-id": "req-1" },
      body: '{"detail":"Invalid API key"}',
    }));
    const err = await rejection(() => client.runs.get("t", "r"));
    expect(requests).toHaveLength(1);
    expect(err).toBeInstanceOf(APIStatusError);
    const status = err as APIStatusError;
    expect(status.message).toBe("Invalid API key");
    expect(status.headers.get("x-request-id")).toBe("req-1");
    expect(status.headers.has("x-api-key")).toBe(false);
    for (const text of renderings(status)) expect(text).not.toContain(SECRET);
  });

  it("connection, timeout and invalid-response errors of requests sent with x-api-key", async () => {
    const failed = keyed(() => {
      throw new TypeError("fetch failed");
    });
    const stalled = keyed(() => ({ body: [{ waitFor: new Promise(() => {}) }] }), {
      timeoutMs: 1,
    });
    const garbled = keyed(() => ({ status: 200, body: "not json" }));
    const errors = [
      await rejection(() => failed.client.runs.get("t", "r")),
      await rejection(() => stalled.client.runs.get("t", "r")),
      await rejection(() => garbled.client.runs.get("t", "r")),
    ];
    expect(errors[0]).toBeInstanceOf(APIConnectionError);
    expect(errors[1]).toBeInstanceOf(APITimeoutError);
    expect(errors[2]).toBeInstanceOf(InvalidResponseError);
    for (const err of errors) {
      for (const text of renderings(err as RunwireError)) expect(text).not.toContain(SECRET);
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
