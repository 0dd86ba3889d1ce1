import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import { encodeEndpoint } from "../src";
// Not exported from the index yet: the lead wires the thread stream in with `client.threads`.
import { THREAD_STREAM_ENDPOINT } from "../src/threads/stream-endpoint";
import {
  THREAD_STREAM_MODES,
  type ThreadStreamMode,
  ThreadStreamModeSchema,
} from "../src/threads/stream-mode";
import {
  type ThreadsJoinStreamOptions,
  ThreadsJoinStreamOptionsSchema,
} from "../src/threads/stream-options";

// The thread stream's literal, options and descriptor (PLATFORM_SPEC §6.1, P25). The type
// assertions run under `tsc` (tsconfig.test.json), as in platform-option-types.test.ts.

describe("ThreadsJoinStreamOptions", () => {
  it("is exactly what its schema accepts and returns", () => {
    expectTypeOf<
      z.input<typeof ThreadsJoinStreamOptionsSchema>
    >().toEqualTypeOf<ThreadsJoinStreamOptions>();
    expectTypeOf<
      z.output<typeof ThreadsJoinStreamOptionsSchema>
    >().toEqualTypeOf<ThreadsJoinStreamOptions>();
    expectTypeOf<ThreadStreamMode>().toEqualTypeOf<"run_modes" | "lifecycle" | "state_update">();
  });

  it("accepts the three modes, alone or listed; refuses others and an empty list", () => {
    expect(THREAD_STREAM_MODES).toEqual(["run_modes", "lifecycle", "state_update"]);
    for (const mode of THREAD_STREAM_MODES) {
      expect(ThreadStreamModeSchema.safeParse(mode).success).toBe(true);
      expect(ThreadsJoinStreamOptionsSchema.safeParse({ streamMode: [mode] }).success).toBe(true);
    }
    expect(ThreadsJoinStreamOptionsSchema.safeParse({ streamMode: "values" }).success).toBe(false);
    expect(ThreadsJoinStreamOptionsSchema.safeParse({ streamMode: [] }).success).toBe(false);
    expect(ThreadsJoinStreamOptionsSchema.safeParse({ version: "v1" }).success).toBe(false);
    expect(ThreadsJoinStreamOptionsSchema.safeParse({ lastEventId: "-" }).success).toBe(true);
  });
});

describe("THREAD_STREAM_ENDPOINT", () => {
  it("sends stream_mode only when given, one key per mode, and Last-Event-ID when not empty", () => {
    const encode = (values: Record<string, unknown>) =>
      encodeEndpoint(THREAD_STREAM_ENDPOINT, { threadId: "t1", ...values });
    expect(encode({})).toMatchObject({ query: {}, headers: {}, body: undefined });
    expect(encode({ streamMode: "lifecycle" }).query).toEqual({ stream_mode: "lifecycle" });
    expect(encode({ streamMode: ["run_modes", "state_update"] }).query).toEqual({
      stream_mode: ["run_modes", "state_update"],
    });
    expect(encode({ lastEventId: "-" }).headers).toEqual({ "last-event-id": "-" });
    expect(encode({ lastEventId: "" }).headers).toEqual({});
    expect(THREAD_STREAM_ENDPOINT).toMatchObject({
      method: "GET",
      path: "/threads/{threadId}/stream",
      idempotent: true,
    });
  });
});
