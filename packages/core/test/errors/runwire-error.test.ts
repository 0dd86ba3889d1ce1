import { describe, expect, it, vi } from "vitest";
import {
  APIConnectionError,
  APIError,
  APIStatusError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ClientClosedError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RunError,
  RunwireError,
  RunwireValidationError,
  UnprocessableEntityError,
} from "../../src/errors/index";

const KINDS = Symbol.for("runwire.error.kinds");

const notFound = () => new NotFoundError("gone", { status: 404 });

describe("RunwireError class chain", () => {
  it("matches plain instanceof up the chain and nowhere else", () => {
    const err = notFound();
    expect(err instanceof NotFoundError).toBe(true);
    expect(err instanceof APIStatusError).toBe(true);
    expect(err instanceof APIError).toBe(true);
    expect(err instanceof RunwireError).toBe(true);
    expect(err instanceof Error).toBe(true);
    expect(err instanceof ConflictError).toBe(false);
    expect(err instanceof APIConnectionError).toBe(false);
    expect(err instanceof InvalidResponseError).toBe(false);
    expect(err instanceof RunError).toBe(false);
  });

  it("records the kinds of the whole chain under the shared symbol", () => {
    const kinds: unknown = (notFound() as unknown as Record<symbol, unknown>)[KINDS];
    expect(kinds).toEqual(["NotFoundError", "APIStatusError", "APIError", "RunwireError"]);
    expect(Object.isFrozen(kinds)).toBe(true);
  });

  it.each([
    [new RunwireError("m"), "RunwireError"],
    [new APIError("m"), "APIError"],
    [new APIStatusError("m", { status: 402 }), "APIStatusError"],
    [new BadRequestError("m", { status: 400 }), "BadRequestError"],
    [new AuthenticationError("m", { status: 401 }), "AuthenticationError"],
    [new PermissionDeniedError("m", { status: 403 }), "PermissionDeniedError"],
    [new NotFoundError("m", { status: 404 }), "NotFoundError"],
    [new ConflictError("m", { status: 409 }), "ConflictError"],
    [new UnprocessableEntityError("m", { status: 422 }), "UnprocessableEntityError"],
    [new RateLimitError("m", { status: 429 }), "RateLimitError"],
    [new InternalServerError("m", { status: 500 }), "InternalServerError"],
    [new APIConnectionError(), "APIConnectionError"],
    [new APITimeoutError(), "APITimeoutError"],
    [new InvalidResponseError("m"), "InvalidResponseError"],
    [new RunError({ error: "E", message: "m" }), "RunError"],
    [new RunwireValidationError("m", { field: "f" }), "RunwireValidationError"],
    [new ClientClosedError(), "ClientClosedError"],
  ] as const)("%s has name %s, equal to its static kind", (err, kind) => {
    expect(err.name).toBe(kind);
    expect((err.constructor as typeof RunwireError).kind).toBe(kind);
    expect(err.stack?.startsWith(`${kind}: `)).toBe(true);
  });

  it("rejects values that are not runwire errors", () => {
    for (const value of [null, undefined, "NotFoundError", 404, {}, new Error("x"), () => 1]) {
      expect(value instanceof RunwireError).toBe(false);
      expect(NotFoundError.isInstance(value)).toBe(false);
    }
    // A kinds list that is not an array is ignored.
    expect({ [KINDS]: "NotFoundError" } instanceof NotFoundError).toBe(false);
  });

  it("isInstance narrows like instanceof, for the class it is called on", () => {
    const err: unknown = notFound();
    expect(NotFoundError.isInstance(err)).toBe(true);
    expect(APIError.isInstance(err)).toBe(true);
    expect(ConflictError.isInstance(err)).toBe(false);
    if (APIStatusError.isInstance(err)) expect(err.status).toBe(404);
    else expect.unreachable("APIStatusError.isInstance should accept a NotFoundError");
  });

  it("narrows types through instanceof", () => {
    const err: unknown = APIStatusError.from({ status: 429, headers: { "retry-after": "1" } });
    if (err instanceof RateLimitError) {
      const wait: number | null = err.retryAfterMs;
      expect(wait).toBe(1000);
    } else {
      expect.unreachable("a 429 should be a RateLimitError");
    }
  });

  it("uses the explicit kind, not the (mangleable) constructor name", () => {
    const Renamed = class X extends APIError {
      static override readonly kind: string = "CustomAPIError";
    };
    const err = new Renamed("m");
    expect(err.name).toBe("CustomAPIError");
    expect(err instanceof Renamed).toBe(true);
    expect(err instanceof APIError).toBe(true);
    expect((err as unknown as Record<symbol, unknown>)[KINDS]).toEqual([
      "CustomAPIError",
      "APIError",
      "RunwireError",
    ]);
  });

  it("does not repeat an inherited kind for a subclass without its own", () => {
    class Quiet extends ConflictError {}
    const err = new Quiet("m", { status: 409 });
    expect((err as unknown as Record<symbol, unknown>)[KINDS]).toEqual([
      "ConflictError",
      "APIStatusError",
      "APIError",
      "RunwireError",
    ]);
    expect(err.name).toBe("ConflictError");
    expect(err instanceof ConflictError).toBe(true);
  });

  it("String(err) is `Name: message`, the JS convention", () => {
    const err = new UnprocessableEntityError("Validation failed", { status: 422 });
    expect(String(err)).toBe("UnprocessableEntityError: Validation failed");
    expect(`${err}`).toBe("UnprocessableEntityError: Validation failed");
  });

  it("keeps name, stack, cause and the kinds out of JSON", () => {
    const cause = new Error("inner");
    const err = new APIError("m", { body: { a: 1 }, cause });
    expect(err.cause).toBe(cause);
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      body: { a: 1 },
      code: null,
      param: null,
      type: null,
      requestId: null,
    });
    expect(Object.keys(err)).not.toContain("name");
    expect("cause" in new APIError("m")).toBe(false);
  });
});

/**
 * A second, independently written hierarchy that follows the same protocol, standing in for the
 * other build (CJS next to ESM) of runwire.
 */
describe("instanceof across two copies of the package", () => {
  class ForeignBase extends Error {
    static readonly kind: string = "RunwireError";
    constructor(message: string) {
      super(message);
      const kinds: string[] = [];
      for (let c: unknown = new.target; typeof c === "function"; c = Object.getPrototypeOf(c)) {
        if (Object.hasOwn(c, "kind")) kinds.push((c as unknown as { kind: string }).kind);
      }
      Object.defineProperty(this, KINDS, { value: kinds });
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      const kinds = (value as Record<symbol, unknown> | null)?.[KINDS];
      // biome-ignore lint/complexity/noThisInStatic: `this` is the class right of `instanceof`.
      return Array.isArray(kinds) && kinds.includes(this.kind);
    }
  }
  class ForeignAPIError extends ForeignBase {
    static override readonly kind: string = "APIError";
  }
  class ForeignStatusError extends ForeignAPIError {
    static override readonly kind: string = "APIStatusError";
  }
  class ForeignNotFound extends ForeignStatusError {
    static override readonly kind: string = "NotFoundError";
  }

  it("recognises the other copy's errors", () => {
    const foreign = new ForeignNotFound("gone");
    expect(foreign instanceof NotFoundError).toBe(true);
    expect(foreign instanceof APIStatusError).toBe(true);
    expect(foreign instanceof RunwireError).toBe(true);
    expect(foreign instanceof ConflictError).toBe(false);
    expect(NotFoundError.isInstance(foreign)).toBe(true);
  });

  it("is recognised by the other copy's classes", () => {
    const local = notFound();
    expect(local instanceof ForeignNotFound).toBe(true);
    expect(local instanceof ForeignBase).toBe(true);
    expect(new ConflictError("x", { status: 409 }) instanceof ForeignNotFound).toBe(false);
  });

  it("works with a second evaluation of the real module", async () => {
    vi.resetModules();
    const copy = await import("../../src/errors/index");
    expect(copy.NotFoundError).not.toBe(NotFoundError);
    const fromCopy = copy.APIStatusError.from({ status: 404, body: "nope" });
    expect(fromCopy instanceof NotFoundError).toBe(true);
    expect(fromCopy instanceof APIError).toBe(true);
    expect(notFound() instanceof copy.NotFoundError).toBe(true);
    expect(notFound() instanceof copy.RateLimitError).toBe(false);
    expect(RunwireError.isInstance(new copy.RunError({ error: "E", message: "m" }))).toBe(true);
  });
});
