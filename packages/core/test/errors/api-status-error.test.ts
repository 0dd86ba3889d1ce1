import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type APIError,
  APIStatusError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  isErrorStatus,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../../src/errors/index";

const encoder = new TextEncoder();

describe("§6.E 66: class by status, status kept", () => {
  const body = '{"message":"boom","code":"abc","param":"p","type":"t"}';
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
  ] as const)("%i → %o", (status, ErrorClass) => {
    const err = APIStatusError.from({ status, body });
    expect(err).toBeInstanceOf(ErrorClass);
    expect(err.constructor).toBe(ErrorClass);
    expect(err.status).toBe(status);
    expect(err.message).toBe("boom");
    expect([err.code, err.param, err.type]).toEqual(["abc", "p", "t"]);
  });

  it("418 → the APIStatusError base class itself", () => {
    const err = APIStatusError.from({ status: 418, body });
    expect(err.constructor).toBe(APIStatusError);
    expect(err.status).toBe(418);
    expect(err.message).toBe("boom");
  });
});

describe("§6.E 67-71", () => {
  it("67: 404 with x-request-id → NotFoundError with requestId", () => {
    const err = APIStatusError.from({
      status: 404,
      headers: { "x-request-id": "req-123" },
      body: '{"detail":"missing"}',
    });
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.requestId).toBe("req-123");
    expect(err.message).toBe("missing");
  });

  it("67: no x-request-id → requestId null", () => {
    expect(APIStatusError.from({ status: 404, body: null }).requestId).toBeNull();
  });

  it("68: 429 text body → RateLimitError, body the string, message the text", () => {
    // Departure from the spec (message "429 Too Many Requests"): the core issue asks for the
    // message from plain-text bodies, which is all the LangGraph JS server ever sends on errors.
    const err = APIStatusError.from({ status: 429, body: encoder.encode("Too many requests") });
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.status).toBe(429);
    expect(err.body).toBe("Too many requests");
    expect(err.message).toBe("Too many requests");
  });

  it("a plain-text message is the text; an HTML page, a long text or a JSON string is not", () => {
    expect(APIStatusError.from({ status: 404, body: "Run not found\n" }).message).toBe(
      "Run not found",
    );
    const page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    expect(APIStatusError.from({ status: 502, body: page }).message).toBe("502");
    expect(APIStatusError.from({ status: 500, body: "x".repeat(501) }).message).toBe("500");
    expect(APIStatusError.from({ status: 500, body: encoder.encode('"quoted"') }).message).toBe(
      "500",
    );
  });

  it("69: code/param/type from the body", () => {
    const err = APIStatusError.from({
      status: 400,
      body: '{"message":"Invalid parameter","code":"invalid_param","param":"limit","type":"invalid_request_error"}',
    });
    expect(err.code).toBe("invalid_param");
    expect(err.param).toBe("limit");
    expect(err.type).toBe("invalid_request_error");
    expect(err.message).toBe("Invalid parameter");
  });

  it("70: String(err) is `Name: message`, the JS convention", () => {
    const err = APIStatusError.from({ status: 422, body: '{"message":"Validation failed"}' });
    expect(String(err)).toBe("UnprocessableEntityError: Validation failed");
    expect(err.message).toBe("Validation failed");
  });

  it.each([400, 401, 403, 404, 409, 422, 429, 500])("71: status %i → String(err)", (status) => {
    const err = APIStatusError.from({ status, body: '{"message":"test error message"}' });
    expect(String(err)).toBe(`${err.name}: test error message`);
  });
});

describe("§6.E 72: message precedence", () => {
  it.each([
    [400, '{"message":"m","detail":"d","error":"e"}', "m"],
    [400, '{"message":"","detail":"d"}', "d"],
    [400, '{"error":"e"}', "e"],
    [400, '{"error":{"message":"nested"}}', "nested"],
    [400, '{"error":{"detail":"nd"}}', "nd"],
    [400, '{"detail":[{"loc":1}]}', "400"],
    [400, '{"error":{"message":"","detail":"nd2"}}', "nd2"],
    [400, '{"message":null,"detail":"d"}', "d"],
  ])("%i %s → %s", (status, body, message) => {
    expect(APIStatusError.from({ status, body }).message).toBe(message);
  });

  it("404 `not json` → the text (departure from the spec, see case 68), body the string", () => {
    const err = APIStatusError.from({ status: 404, body: "not json" });
    expect(err.message).toBe("not json");
    expect(err.body).toBe("not json");
  });

  it("404 empty → the status and the response's own reason phrase, body null", () => {
    for (const body of ["", new Uint8Array(0), new ArrayBuffer(0), null, undefined]) {
      const err = APIStatusError.from({ status: 404, statusText: "Not Found", body });
      expect(err.message).toBe("404 Not Found");
      expect(err.body).toBeNull();
    }
  });

  it("the reason phrase is the server's, not a table's: any text, or none", () => {
    expect(APIStatusError.from({ status: 404, statusText: "Nope", body: "" }).message).toBe(
      "404 Nope",
    );
    // HTTP/2 has no reason phrase: fetch gives "", and the message is the code alone.
    expect(APIStatusError.from({ status: 404, statusText: "", body: "" }).message).toBe("404");
    expect(APIStatusError.from({ status: 404, body: "" }).message).toBe("404");
  });

  it("418 [1,2] → APIStatusError, message the status line", () => {
    const err = APIStatusError.from({ status: 418, statusText: "I'm a teapot", body: "[1,2]" });
    expect(err.constructor).toBe(APIStatusError);
    expect(err.message).toBe("418 I'm a teapot");
    expect(err.body).toEqual([1, 2]);
  });

  it('499 "str" → APIStatusError 499, body the decoded string', () => {
    const err = APIStatusError.from({ status: 499, body: '"str"' });
    expect(err.constructor).toBe(APIStatusError);
    expect(err.message).toBe("499");
    expect(err.body).toBe("str");
  });

  it('502 {"message":5} → InternalServerError 502 Bad Gateway', () => {
    const err = APIStatusError.from({
      status: 502,
      statusText: "Bad Gateway",
      body: '{"message":5}',
    });
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.message).toBe("502 Bad Gateway");
  });

  it("600 {} → InternalServerError 600", () => {
    const err = APIStatusError.from({ status: 600, body: "{}" });
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.status).toBe(600);
    expect(err.message).toBe("600");
  });

  it("422 with a non-string code → code null, param and type kept", () => {
    const err = APIStatusError.from({
      status: 422,
      body: '{"message":"v","code":5,"param":"p","type":"t"}',
    });
    expect(err.message).toBe("v");
    expect(err.code).toBeNull();
    expect(err.param).toBe("p");
    expect(err.type).toBe("t");
  });

  it("code/param/type are null for non-object bodies", () => {
    for (const body of ['["code"]', '"code"', "code", null]) {
      const err = APIStatusError.from({ status: 400, body });
      expect([err.code, err.param, err.type]).toEqual([null, null, null]);
    }
  });
});

describe("§6.E 73: statuses that pass the typed check", () => {
  it.each([200, 204, 301, 399])("%i is not an error status", (status) => {
    expect(isErrorStatus(status)).toBe(false);
  });
  it.each([400, 404, 418, 499, 500, 600])("%i is an error status", (status) => {
    expect(isErrorStatus(status)).toBe(true);
  });

  it("from() still builds an error for a 3xx (for the reconnecting request)", () => {
    const err = APIStatusError.from({ status: 302, headers: { location: "/elsewhere" } });
    expect(err.constructor).toBe(APIStatusError);
    expect(err.message).toBe("302");
    expect(err.headers.get("location")).toBe("/elsewhere");
  });
});

describe("body decoding", () => {
  it("decodes UTF-8 bytes, JSON first", () => {
    const err = APIStatusError.from({ status: 400, body: encoder.encode('{"detail":"é"}') });
    expect(err.body).toEqual({ detail: "é" });
    expect(err.message).toBe("é");
  });

  it("accepts an ArrayBuffer", () => {
    const err = APIStatusError.from({ status: 404, body: encoder.encode("Run not found").buffer });
    expect(err.body).toBe("Run not found");
  });

  it("bytes that are not UTF-8 give a null body", () => {
    const err = APIStatusError.from({ status: 500, body: new Uint8Array([0xff, 0xfe, 0x80]) });
    expect(err.body).toBeNull();
    expect(err.message).toBe("500");
  });

  it("takes the real server's plain-text message as the message, and keeps it on body", () => {
    const err = APIStatusError.from({
      status: 422,
      headers: { "content-type": "text/plain;charset=UTF-8" },
      body: "Thread is already running a task.",
    });
    expect(err).toBeInstanceOf(UnprocessableEntityError);
    expect(err.body).toBe("Thread is already running a task.");
    expect(err.message).toBe("Thread is already running a task.");
  });

  it("whitespace-only text is kept as text, not null", () => {
    expect(APIStatusError.from({ status: 500, body: "\n\n" }).body).toBe("\n\n");
  });

  it("JSON null and numbers decode as such", () => {
    expect(APIStatusError.from({ status: 500, body: "null" }).body).toBeNull();
    expect(APIStatusError.from({ status: 500, body: "5" }).body).toBe(5);
  });

  it("copies headers into a Headers instance", () => {
    const source = new Headers({ "x-request-id": "r" });
    const err = APIStatusError.from({ status: 400, headers: source });
    expect(err.headers).toBeInstanceOf(Headers);
    expect(err.headers).not.toBe(source);
    expect(err.headers.get("x-request-id")).toBe("r");
    expect(err.requestId).toBe("r");
  });
});

describe("zod error bodies from the LangGraph JS server", () => {
  it("lists issue paths and messages", () => {
    const body =
      '{"success":false,"error":{"issues":[{"received":"nuke","code":"invalid_enum_value","options":["interrupt","rollback"],"path":["action"],"message":"Invalid enum value. Expected \'interrupt\' | \'rollback\', received \'nuke\'"}],"name":"ZodError"}}';
    const err = APIStatusError.from({ status: 400, body });
    expect(err).toBeInstanceOf(BadRequestError);
    expect(err.message).toBe(
      "Validation failed: action: Invalid enum value. Expected 'interrupt' | 'rollback', received 'nuke'",
    );
    expect(err.body).toMatchObject({ success: false, error: { name: "ZodError" } });
  });

  it("names an empty path (root) and joins nested paths with dots", () => {
    const body = JSON.stringify({
      success: false,
      error: {
        issues: [
          { code: "too_small", message: "Array must contain at least 1 element(s)", path: [] },
          { code: "invalid_type", message: "Required", path: ["input", "messages", 0] },
        ],
        name: "ZodError",
      },
    });
    expect(APIStatusError.from({ status: 400, body }).message).toBe(
      "Validation failed: (root): Array must contain at least 1 element(s); input.messages.0: Required",
    );
  });

  it("replaces a union issue by its branches' issues, without duplicates", () => {
    const branch = (path: (string | number)[], message: string) => ({
      issues: [{ code: "x", path, message }],
      name: "ZodError",
    });
    const body = JSON.stringify({
      success: false,
      error: {
        issues: [
          {
            code: "invalid_union",
            unionErrors: [
              branch(["stream_mode", 0], "Invalid enum value"),
              branch(["stream_mode"], "Expected string, received array"),
              branch(["stream_mode", 0], "Invalid enum value"),
            ],
            path: ["stream_mode"],
            message: "Invalid input",
          },
        ],
        name: "ZodError",
      },
    });
    expect(APIStatusError.from({ status: 400, body }).message).toBe(
      "Validation failed: stream_mode.0: Invalid enum value; stream_mode: Expected string, received array",
    );
  });

  it("caps the list at five issues", () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: [`f${i}`], message: "Required" }));
    const body = JSON.stringify({ success: false, error: { issues, name: "ZodError" } });
    expect(APIStatusError.from({ status: 400, body }).message).toBe(
      "Validation failed: f0: Required; f1: Required; f2: Required; f3: Required; f4: Required; and 2 more",
    );
  });

  it("falls back to the status line when the issues say nothing", () => {
    for (const issues of [[], [{ path: ["a"] }], "nope"]) {
      const body = JSON.stringify({ error: { issues } });
      expect(APIStatusError.from({ status: 400, body }).message).toBe("400");
    }
  });

  it("an explicit error.message still wins over the issues", () => {
    const body = JSON.stringify({
      error: { message: "explicit", issues: [{ path: [], message: "x" }] },
    });
    expect(APIStatusError.from({ status: 400, body }).message).toBe("explicit");
  });
});

describe("RateLimitError.retryAfterMs", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reads delay-seconds", () => {
    const err = APIStatusError.from({ status: 429, headers: { "retry-after": "3" } });
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).retryAfterMs).toBe(3000);
  });

  it("reads an HTTP date relative to now", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2024-01-02T03:04:05Z"));
    const err = new RateLimitError("slow down", {
      status: 429,
      headers: { "Retry-After": "Tue, 02 Jan 2024 03:04:15 GMT" },
    });
    expect(err.retryAfterMs).toBe(10_000);
  });

  it("is null without the header", () => {
    expect(new RateLimitError("m", { status: 429 }).retryAfterMs).toBeNull();
  });

  it("other classes do not have it", () => {
    const err: APIError = APIStatusError.from({ status: 503, headers: { "retry-after": "3" } });
    expect("retryAfterMs" in err).toBe(false);
  });
});
