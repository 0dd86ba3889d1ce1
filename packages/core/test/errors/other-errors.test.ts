import { describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  InvalidResponseError,
  RunwireError,
  RunwireValidationError,
} from "../../src/errors/index";

describe("APIConnectionError / APITimeoutError", () => {
  it("has the default message, a null body and the cause", () => {
    const cause = new TypeError("fetch failed");
    const err = new APIConnectionError({ cause });
    expect(err.message).toBe("Connection error.");
    expect(err.body).toBeNull();
    expect(err.cause).toBe(cause);
    expect(err).toBeInstanceOf(APIError);
  });

  it("takes a custom message", () => {
    expect(new APIConnectionError({ message: "DNS lookup failed" }).message).toBe(
      "DNS lookup failed",
    );
  });

  it("timeout is a connection error with its own message", () => {
    const cause = new DOMException("The operation timed out.", "TimeoutError");
    const err = new APITimeoutError({ cause });
    expect(err.message).toBe("Request timed out.");
    expect(err.cause).toBe(cause);
    expect(err).toBeInstanceOf(APIConnectionError);
    expect(new APIConnectionError() instanceof APITimeoutError).toBe(false);
  });
});

describe("InvalidResponseError", () => {
  it("carries status, event and body", () => {
    const err = new InvalidResponseError("bad", { status: 200, event: "values", body: "x" });
    expect([err.status, err.event, err.body]).toEqual([200, "values", "x"]);
    expect(err).toBeInstanceOf(APIError);
  });

  it("defaults to nulls", () => {
    const err = new InvalidResponseError("bad");
    expect([err.status, err.event, err.body, err.requestId]).toEqual([null, null, null, null]);
  });

  it("forSseEvent names the event and id and gives the parse error", () => {
    let cause: unknown;
    try {
      JSON.parse("{oops");
    } catch (error) {
      cause = error;
    }
    const err = InvalidResponseError.forSseEvent({
      event: "values",
      id: "5",
      data: "{oops",
      status: 200,
      cause,
    });
    expect(err.message).toBe(
      `Invalid JSON in SSE event "values" (id 5): ${(cause as Error).message}`,
    );
    expect(err.event).toBe("values");
    expect(err.status).toBe(200);
    expect(err.body).toBe("{oops");
    expect(err.cause).toBe(cause);
  });

  it("forSseEvent without an id leaves the id out", () => {
    const err = InvalidResponseError.forSseEvent({ event: "", cause: "bad token" });
    expect(err.message).toBe('Invalid JSON in SSE event "": bad token');
    expect(err.event).toBe("");
    expect(err.status).toBeNull();
  });
});

describe("RunwireValidationError", () => {
  it("carries field, allowed and received", () => {
    const err = new RunwireValidationError("Invalid payload.command.goto", {
      field: "payload.command.goto",
      received: 5,
    });
    expect(err.field).toBe("payload.command.goto");
    expect(err.allowed).toBeNull();
    expect(err.received).toBe(5);
    expect(err).toBeInstanceOf(RunwireError);
    expect(err).not.toBeInstanceOf(APIError);
  });

  it("notAllowed lists the accepted values", () => {
    const err = RunwireValidationError.notAllowed("streamMode", ["values", "updates"], "bogus");
    expect(err.message).toBe('Invalid streamMode: "bogus" is not one of "values", "updates"');
    expect(err.allowed).toEqual(["values", "updates"]);
    expect(err.received).toBe("bogus");
  });

  it.each([
    [5, "5"],
    [null, "null"],
    [undefined, "undefined"],
    [10n, "10n"],
    [["a"], "an array"],
    [{ a: 1 }, "an object"],
    [() => 1, "a function"],
  ])("notAllowed previews %o as %s", (received, preview) => {
    expect(RunwireValidationError.notAllowed("f", ["a"], received).message).toBe(
      `Invalid f: ${preview} is not one of "a"`,
    );
  });
});
