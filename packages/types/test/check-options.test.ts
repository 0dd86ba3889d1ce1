import { describe, expect, it } from "vitest";
import {
  checkOptions,
  RunsCancelManyOptionsSchema,
  RunsCreateBatchItemSchema,
  RunsJoinStreamOptionsSchema,
  RunsListOptionsSchema,
  RunsStreamOptionsSchema,
  RunsWaitOptionsSchema,
  STREAM_MODES,
} from "../src";

const failure = (result: ReturnType<typeof checkOptions>) => {
  if (result.success) throw new Error("expected the options to be refused");
  return result.issue;
};

describe("checkOptions: strict caller input with messages that name the field", () => {
  it("names the option, lists the allowed values and shows what was given", () => {
    const issue = failure(
      checkOptions(RunsStreamOptionsSchema, { streamMode: "valuez" }, "runs.stream"),
    );
    expect(issue.field).toBe("streamMode");
    expect(issue.allowed).toEqual([...STREAM_MODES]);
    expect(issue.received).toBe("valuez");
    expect(issue.message).toBe(
      `runs.stream: invalid option "streamMode": expected one of ${STREAM_MODES.map((m: string) => `"${m}"`).join(", ")}, or expected an array, got "valuez"`,
    );
  });

  it("points into a list at the bad element", () => {
    const issue = failure(
      checkOptions(RunsStreamOptionsSchema, { streamMode: ["values", "tokens"] }, "runs.stream"),
    );
    expect(issue.field).toBe("streamMode[1]");
    expect(issue.allowed).toEqual([...STREAM_MODES]);
    expect(issue.received).toBe("tokens");
  });

  it("refuses an unknown option, hinting at the camelCase name", () => {
    const issue = failure(
      checkOptions(RunsStreamOptionsSchema, { stream_mode: "values" }, "runs.stream"),
    );
    expect(issue.field).toBe("stream_mode");
    expect(issue.message).toBe(
      'runs.stream: unknown option "stream_mode" (options are camelCase: did you mean "streamMode"?)',
    );
    const plain = failure(checkOptions(RunsStreamOptionsSchema, { bogus: 1 }, "runs.stream"));
    expect(plain.message).toBe('runs.stream: unknown option "bogus"');
  });

  it.each([
    [
      RunsStreamOptionsSchema,
      { multitaskStrategy: "bogus" },
      "multitaskStrategy",
      '"reject", "interrupt", "rollback", "enqueue"',
    ],
    [RunsStreamOptionsSchema, { onDisconnect: "stop" }, "onDisconnect", '"cancel", "continue"'],
    [
      RunsStreamOptionsSchema,
      { durability: "eventually" },
      "durability",
      '"sync", "async", "exit"',
    ],
    [RunsStreamOptionsSchema, { ifNotExists: "make" }, "ifNotExists", '"create", "reject"'],
    [RunsStreamOptionsSchema, { onCompletion: "complete" }, "onCompletion", '"delete", "keep"'],
    [RunsStreamOptionsSchema, { version: "v3" }, "version", '"v1", "v2"'],
    [RunsListOptionsSchema, { status: "done" }, "status", '"pending", "running", "error"'],
    [RunsCancelManyOptionsSchema, { status: "error" }, "status", '"pending", "running", "all"'],
    [RunsCancelManyOptionsSchema, { action: "stop" }, "action", '"interrupt", "rollback"'],
    [RunsJoinStreamOptionsSchema, { streamMode: "all" }, "streamMode", '"values", "messages"'],
  ] as const)("refuses a bad literal (%#: %s)", (schema, options, field, allowedText) => {
    const issue = failure(checkOptions(schema, options, "runs.x"));
    expect(issue.field).toBe(field);
    expect(issue.message).toContain(`"${field}"`);
    expect(issue.message).toContain(allowedText);
  });

  it("describes type, range and nested problems", () => {
    expect(
      failure(checkOptions(RunsStreamOptionsSchema, { afterSeconds: -1 }, "runs.stream")).message,
    ).toBe('runs.stream: invalid option "afterSeconds": expected a number >= 0, got -1');
    expect(failure(checkOptions(RunsListOptionsSchema, { limit: 2.5 }, "runs.list")).message).toBe(
      'runs.list: invalid option "limit": expected an integer, got 2.5',
    );
    expect(failure(checkOptions(RunsListOptionsSchema, { limit: 0 }, "runs.list")).field).toBe(
      "limit",
    );
    const nested = failure(
      checkOptions(RunsStreamOptionsSchema, { config: { recursion_limit: "5" } }, "runs.stream"),
    );
    expect(nested.field).toBe("config.recursion_limit");
    expect(nested.message).toBe(
      'runs.stream: invalid option "config.recursion_limit": expected a number, got "5"',
    );
    const send = failure(
      checkOptions(RunsStreamOptionsSchema, { command: { goto: [{ node: 1 }] } }, "runs.stream"),
    );
    expect(send.field).toBe("command.goto[0].node");
  });

  it("uses the custom expectation of non-zod shapes", () => {
    const issue = failure(checkOptions(RunsWaitOptionsSchema, { signal: {} }, "runs.wait"));
    expect(issue.message).toBe(
      'runs.wait: invalid option "signal": expected an AbortSignal, got an object',
    );
    const fn = failure(checkOptions(RunsWaitOptionsSchema, { input: () => 1 }, "runs.wait"));
    expect(fn.message).toContain("got a function");
  });

  it("can prefix the field with where the options came from", () => {
    const issue = failure(
      checkOptions(
        RunsCreateBatchItemSchema,
        { assistantId: "" },
        "runs.createBatch",
        "payloads[2]",
      ),
    );
    expect(issue.field).toBe("payloads[2].assistantId");
    expect(issue.message).toContain("expected at least 1 character(s)");
  });

  it("refuses options that are not an object", () => {
    const issue = failure(checkOptions(RunsStreamOptionsSchema, "values", "runs.stream"));
    expect(issue.field).toBe("");
    expect(issue.message).toBe('runs.stream: invalid options: expected an object, got "values"');
  });

  it("returns the parsed options when they are fine, null meaning not given", () => {
    const result = checkOptions(
      RunsStreamOptionsSchema,
      { streamMode: ["values"], input: null, signal: new AbortController().signal },
      "runs.stream",
    );
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.streamMode).toEqual(["values"]);
  });
});
