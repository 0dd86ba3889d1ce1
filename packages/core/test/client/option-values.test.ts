// Every value of a literal option (multitaskStrategy, streamMode, status, …) is accepted by the
// client and reaches the wire as the server spells it, under the right key. This replaces a test
// that restated the literal lists and checked zod's `enum` against them; values outside a list
// are refused before sending in arguments.test.ts.

import {
  ALL_VALUES,
  BULK_CANCEL_RUNS_STATUSES,
  CANCEL_ACTIONS,
  DISCONNECT_MODES,
  DURABILITIES,
  IF_NOT_EXISTS_VALUES,
  MULTITASK_STRATEGIES,
  ON_COMPLETION_BEHAVIORS,
  RUN_SELECT_FIELDS,
  RUN_STATUSES,
  STREAM_MODES,
} from "@runwire/types";
import { describe, expect, it } from "vitest";
import type { Client } from "../../src/index";
import { setup } from "../support/client";
import { json, type RecordedRequest } from "../support/memory-transport";

interface OptionCase {
  readonly values: readonly string[];
  /** Makes the call with `value` for the option. */
  readonly call: (client: Client, value: string) => Promise<unknown>;
  /** Where the value is on the wire. */
  readonly sent: (request: RecordedRequest) => unknown;
  /** What `sent` reads when `value` was given. */
  readonly expected?: (value: string) => unknown;
}

const body = (request: RecordedRequest) => JSON.parse(request.body ?? "null");
const query = (key: string) => (request: RecordedRequest) => request.url.searchParams.getAll(key);

const options: Record<string, OptionCase> = {
  "create multitaskStrategy": {
    values: MULTITASK_STRATEGIES,
    call: (client, value) => client.runs.create("t", "a", { multitaskStrategy: value as never }),
    sent: (request) => body(request).multitask_strategy,
  },
  "create ifNotExists": {
    values: IF_NOT_EXISTS_VALUES,
    call: (client, value) => client.runs.create("t", "a", { ifNotExists: value as never }),
    sent: (request) => body(request).if_not_exists,
  },
  "create durability": {
    values: DURABILITIES,
    call: (client, value) => client.runs.create("t", "a", { durability: value as never }),
    sent: (request) => body(request).durability,
  },
  "create streamMode": {
    values: STREAM_MODES,
    call: (client, value) => client.runs.create("t", "a", { streamMode: value as never }),
    sent: (request) => body(request).stream_mode,
  },
  "create interruptBefore": {
    values: ALL_VALUES,
    call: (client, value) => client.runs.create("t", "a", { interruptBefore: value as never }),
    sent: (request) => body(request).interrupt_before,
  },
  "wait onDisconnect": {
    values: DISCONNECT_MODES,
    call: (client, value) => client.runs.wait("t", "a", { onDisconnect: value as never }),
    sent: (request) => body(request).on_disconnect,
  },
  "wait onCompletion": {
    values: ON_COMPLETION_BEHAVIORS,
    call: (client, value) => client.runs.wait(null, "a", { onCompletion: value as never }),
    sent: (request) => body(request).on_completion,
  },
  "list status": {
    values: RUN_STATUSES,
    call: (client, value) => client.runs.list("t", { status: value as never }),
    sent: query("status"),
    expected: (value) => [value],
  },
  "list select": {
    values: RUN_SELECT_FIELDS,
    call: (client, value) => client.runs.list("t", { select: [value as never] }),
    sent: query("select"),
    expected: (value) => [value],
  },
  "cancel action": {
    values: CANCEL_ACTIONS,
    call: (client, value) => client.runs.cancel("t", "r", false, value as never),
    sent: query("action"),
    expected: (value) => [value],
  },
  "cancelMany status": {
    values: BULK_CANCEL_RUNS_STATUSES,
    call: (client, value) => client.runs.cancelMany({ threadId: "t", status: value as never }),
    sent: (request) => body(request).status,
  },
};

describe.each(Object.entries(options))("%s", (_name, option) => {
  it("sends each allowed value as is", async () => {
    expect(option.values.length).toBeGreaterThan(0);
    for (const value of option.values) {
      const { client, requests } = setup((request) =>
        json(request.method === "GET" ? [] : { run_id: "r", thread_id: "t", status: "pending" }),
      );
      await option.call(client, value);
      expect(requests).toHaveLength(1);
      expect(option.sent(requests[0] as RecordedRequest)).toEqual(
        option.expected ? option.expected(value) : value,
      );
    }
  });
});
