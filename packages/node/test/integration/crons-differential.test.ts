import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunwireValidationError } from "../../src/index";
import { rejectionOf, UNKNOWN_ID } from "./helpers";
import { recordedClients, type Sent } from "./recorded-clients";
import { newThread } from "./support";

// The same crons calls through the official JS SDK (1.15) and through runwire against the one
// real server, which implements no crons (PLATFORM_SPEC §7.7): both clients must send the same
// requests and get the same status back. Where runwire differs on purpose (Appendix B: P4 null
// is "not given", P27 `schedule` required), the test asserts the difference.

const { official, officialWire, runwire, runwireWire, close } = recordedClients();
afterAll(close);

let threadId: string;
beforeAll(async () => {
  threadId = await newThread();
});

/** Calls both clients, each expected to fail; returns both statuses and what each sent. */
async function bothFail(
  viaOfficial: () => Promise<unknown>,
  viaRunwire: () => Promise<unknown>,
): Promise<{ statuses: [unknown, unknown]; officialSent: Sent[]; runwireSent: Sent[] }> {
  const officialStart = officialWire.length;
  const officialError = await rejectionOf(viaOfficial());
  const runwireStart = runwireWire.length;
  const runwireError = await rejectionOf(viaRunwire());
  return {
    statuses: [
      (officialError as { status?: unknown }).status,
      (runwireError as { status?: unknown }).status,
    ],
    officialSent: officialWire.slice(officialStart),
    runwireSent: runwireWire.slice(runwireStart),
  };
}

describe("crons: the same requests and the same statuses as the official SDK", () => {
  it("create and createForThread with a full payload (400 from the stub)", async () => {
    const payload = {
      schedule: "0 9 * * *",
      input: { i: 1 },
      config: { tags: ["t"] },
      metadata: { m: 1 },
      interruptBefore: "*" as const,
      interruptAfter: ["n"],
      webhook: "https://example.com/hook",
      onRunCompleted: "keep" as const,
      multitaskStrategy: "enqueue" as const,
      endTime: "2030-01-01T00:00:00Z",
      enabled: false,
      timezone: "Europe/Paris",
      streamMode: ["values" as const, "updates" as const],
      streamSubgraphs: false,
      streamResumable: true,
      durability: "exit" as const,
    };
    const stateless = await bothFail(
      () => official.crons.create("echo", payload),
      () => runwire.crons.create("echo", payload),
    );
    expect(stateless.statuses).toEqual([400, 400]);
    expect(stateless.runwireSent).toEqual(stateless.officialSent);
    const threaded = await bothFail(
      () => official.crons.createForThread(threadId, "echo", payload),
      () => runwire.crons.createForThread(threadId, "echo", payload),
    );
    expect(threaded.statuses).toEqual([400, 400]);
    expect(threaded.runwireSent).toEqual(threaded.officialSent);
  });

  it("update, search, count and delete", async () => {
    const update = await bothFail(
      () => official.crons.update(UNKNOWN_ID, { schedule: "0 1 * * *", endTime: null }),
      () => runwire.crons.update(UNKNOWN_ID, { schedule: "0 1 * * *", endTime: null }),
    );
    expect(update.statuses).toEqual([404, 404]);
    expect(update.runwireSent).toEqual(update.officialSent);
    expect(update.runwireSent[0]?.body).toEqual({ schedule: "0 1 * * *", end_time: null });

    const query = {
      enabled: true,
      limit: 5,
      offset: 1,
      sortBy: "next_run_date" as const,
      sortOrder: "asc" as const,
      select: ["cron_id" as const],
      metadata: { a: 1 },
    };
    for (const options of [undefined, query]) {
      const search = await bothFail(
        () => official.crons.search(options),
        () => runwire.crons.search(options),
      );
      expect(search.statuses).toEqual([500, 500]);
      expect(search.runwireSent).toEqual(search.officialSent);
    }

    const count = await bothFail(
      () => official.crons.count({ metadata: { a: 1 } }),
      () => runwire.crons.count({ metadata: { a: 1 } }),
    );
    expect(count.statuses).toEqual([404, 404]);
    expect(count.runwireSent).toEqual(count.officialSent);

    const removed = await bothFail(
      () => official.crons.delete("cron_123"),
      () => runwire.crons.delete("cron_123"),
    );
    expect(removed.statuses).toEqual([400, 400]);
    expect(removed.runwireSent).toEqual(removed.officialSent);
  });

  it("differs on purpose: null options are not sent (P4), a schedule is required (P27)", async () => {
    const nulls = await bothFail(
      () => official.crons.create("echo", { schedule: "x", timezone: null as never }),
      () => runwire.crons.create("echo", { schedule: "x", timezone: null }),
    );
    expect(nulls.officialSent[0]?.body).toEqual({
      schedule: "x",
      assistant_id: "echo",
      timezone: null,
    });
    expect(nulls.runwireSent[0]?.body).toEqual({ schedule: "x", assistant_id: "echo" });

    const start = runwireWire.length;
    const officialError = await rejectionOf(official.crons.create("echo"));
    expect(officialError).toMatchObject({ status: 400 });
    expect(officialWire.at(-1)?.body).toEqual({ assistant_id: "echo" });
    const refused = await rejectionOf(runwire.crons.create("echo"));
    expect(refused).toBeInstanceOf(RunwireValidationError);
    expect(refused).toMatchObject({ field: "schedule" });
    expect(runwireWire.length).toBe(start);
  });
});
