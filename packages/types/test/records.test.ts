import { describe, expect, it } from "vitest";
import {
  CommandSchema,
  ConfigSchema,
  InputSchema,
  RunCreateMetadataSchema,
  RunCreateSchema,
  RunSchema,
  type RunStatus,
} from "../src";

const serverRun = {
  run_id: "01a20f17-918a-7768-ac64-8f33818d9697",
  thread_id: "01a20f17-9153-731d-9b6e-7c11d0adc2c7",
  assistant_id: "cad1b5ad-d177-59d1-ab39-5e327188ed3a",
  metadata: { created_by: "system", graph_id: "slow" },
  status: "pending",
  kwargs: { input: { delay: 200 } },
  multitask_strategy: "reject",
  created_at: "2026-11-24T19:45:28.000Z",
  updated_at: "2026-11-24T19:45:28.000Z",
};

describe("Run (server record, lenient)", () => {
  it("parses the server's record and keeps dates as strings", () => {
    const run = RunSchema.parse(serverRun);
    expect(run).toEqual(serverRun);
    expect(typeof run.created_at).toBe("string");
  });

  it("keeps fields a newer server adds", () => {
    expect(RunSchema.parse({ ...serverRun, cancel_reason: "taken:x" })).toHaveProperty(
      "cancel_reason",
      "taken:x",
    );
  });

  it("accepts a status this version does not know, and types the known ones", () => {
    const run = RunSchema.parse({ ...serverRun, status: "paused" });
    expect(run.status).toBe("paused");
    const known: RunStatus = "success";
    expect(RunSchema.parse({ ...serverRun, status: known }).status).toBe("success");
  });

  it("still rejects a record missing its id", () => {
    const { run_id: _dropped, ...withoutId } = serverRun;
    expect(RunSchema.safeParse(withoutId).success).toBe(false);
  });
});

describe("caller records (strict)", () => {
  it("Command rejects an unknown key and accepts every documented shape", () => {
    expect(CommandSchema.safeParse({ resum: 1 }).success).toBe(false);
    expect(
      CommandSchema.safeParse({
        goto: [{ node: "n", input: null }, "m"],
        update: [["k", 1]],
        resume: { answer: 1 },
      }).success,
    ).toBe(true);
    expect(CommandSchema.safeParse({ update: { k: 1 }, goto: "n" }).success).toBe(true);
    expect(CommandSchema.safeParse({ goto: { node: "n", input: null } }).success).toBe(true);
    // A Send names its input explicitly, even when it is null (docs/spec/runs.md §2.6).
    expect(CommandSchema.safeParse({ goto: { node: "n" } }).success).toBe(false);
    expect(CommandSchema.safeParse({ goto: 5 }).success).toBe(false);
  });

  it("Config passes unknown keys through and checks the known ones", () => {
    expect(ConfigSchema.parse({ recursion_limit: 3, run_name: "x" })).toEqual({
      recursion_limit: 3,
      run_name: "x",
    });
    expect(ConfigSchema.safeParse({ recursion_limit: "3" }).success).toBe(false);
    expect(ConfigSchema.safeParse({ tags: "t" }).success).toBe(false);
  });

  it("Input takes any JSON value but refuses functions and symbols", () => {
    for (const value of [{ a: 1 }, [1], "text", 3, false]) {
      expect(InputSchema.safeParse(value).success).toBe(true);
    }
    expect(InputSchema.safeParse(() => 1).success).toBe(false);
    expect(InputSchema.safeParse(Symbol("s")).success).toBe(false);
  });

  it("RunCreate and RunCreateMetadata match the wire shapes", () => {
    expect(RunCreateSchema.safeParse({ assistant_id: "a", thread_id: null }).success).toBe(true);
    expect(RunCreateSchema.safeParse({ thread_id: "t" }).success).toBe(false);
    expect(RunCreateMetadataSchema.parse({ run_id: "r", thread_id: null })).toEqual({
      run_id: "r",
      thread_id: null,
    });
  });
});
