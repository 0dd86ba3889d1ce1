import { describe, expect, it } from "vitest";
import { RunError, RunwireError } from "../../src/errors/index";

describe("RunError", () => {
  it("formats the message as <error>: <message>", () => {
    const err = new RunError({ error: "ValueError", message: "bad input" });
    expect(err.message).toBe("ValueError: bad input");
    expect(err.error).toBe("ValueError");
    expect(err.runMessage).toBe("bad input");
    expect(err).toBeInstanceOf(RunwireError);
    expect(String(err)).toBe("RunError: ValueError: bad input");
  });

  it("uses the message alone when the error name is empty", () => {
    expect(new RunError({ error: "", message: "m" }).message).toBe("m");
  });
});

describe("RunError.fromResult", () => {
  it("reads a plain __error__", () => {
    const err = RunError.fromResult({ __error__: { error: "ValueError", message: "boom" } });
    expect(err?.message).toBe("ValueError: boom");
    expect(err?.error).toBe("ValueError");
    expect(err?.runMessage).toBe("boom");
  });

  it("undoes one level of JSON-string encoding", () => {
    const err = RunError.fromResult({ __error__: { error: "Error", message: '"boom"' } });
    expect(err?.message).toBe("Error: boom");
    expect(err?.runMessage).toBe("boom");
  });

  it("only one level: a doubly encoded string stays encoded once", () => {
    const err = RunError.fromResult({ __error__: { error: "Error", message: '"\\"boom\\""' } });
    expect(err?.runMessage).toBe('"boom"');
  });

  it("takes the inner error's name and message (what the JS server sends)", () => {
    // Verbatim from the LangGraph JS server's /runs/wait on a graph error.
    const result: unknown = JSON.parse(
      '{"__error__":{"error":"Error","message":"{\\"error\\":\\"CustomError\\",\\"message\\":\\"Boo!\\"}"}}',
    );
    const err = RunError.fromResult(result);
    expect(err?.error).toBe("CustomError");
    expect(err?.runMessage).toBe("Boo!");
    expect(err?.message).toBe("CustomError: Boo!");
  });

  it("keeps the outer name when the inner object has none", () => {
    const err = RunError.fromResult({
      __error__: { error: "Error", message: JSON.stringify({ message: "inner" }) },
    });
    expect(err?.message).toBe("Error: inner");
  });

  it("keeps a message that is JSON but not a string or an object with a message", () => {
    for (const message of ["42", "[1]", '{"detail":"x"}', "not json", ""]) {
      expect(RunError.fromResult({ __error__: { error: "E", message } })?.runMessage).toBe(message);
    }
  });

  it("defaults the name to Error and renders a non-string message", () => {
    expect(RunError.fromResult({ __error__: {} })?.message).toBe("Error: ");
    expect(RunError.fromResult({ __error__: { message: { a: 1 } } })?.runMessage).toBe('{"a":1}');
  });

  it("returns null for results that are not errors", () => {
    for (const value of [
      null,
      undefined,
      "x",
      [],
      { values: 1 },
      { __error__: "boom" },
      { __error__: null },
      { __error__: ["x"] },
      [{ __error__: { error: "E", message: "m" } }],
      { __interrupt__: [] },
    ]) {
      expect(RunError.fromResult(value)).toBeNull();
    }
  });
});
