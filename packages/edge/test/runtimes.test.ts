// The runtime smoke test (runtime-smoke/smoke.ts: create, stream, join, cancel, every verb) run by
// Bun and Deno, from the npm packages `bun` and `deno`, against the real LangGraph server; every
// verb's call also goes to a recording server of the test's own, which checks the wire.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  EXPECTED_ROUND_TRIP,
  expectEveryVerb,
  type ListeningVerbsRecorder,
  listenVerbsRecorder,
} from "@runwire/runtime-smoke/verbs-recorder";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import {
  bunBinary,
  bundleSmoke,
  denoBinary,
  runRuntime,
  type SmokeBundles,
  type SmokeRun,
} from "./runtime-smoke/runtimes";
import { CHAT_SENTENCE } from "./runtime-smoke/smoke";

let outDir: string;
let bundles: SmokeBundles;
// A recorder per test: each run's calls are checked on their own.
let recorder: ListeningVerbsRecorder;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "runwire-runtime-smoke-"));
  bundles = await bundleSmoke(outDir);
});

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  recorder = await listenVerbsRecorder();
});

afterEach(async () => {
  await recorder?.close();
});

function expectSmokePassed(run: SmokeRun, runtime: RegExp, client: string) {
  expect(run.code, `the runtime failed:\n${run.output}`).toBe(0);
  const report = run.report;
  expect(report, `no RUNWIRE_SMOKE line in:\n${run.output}`).toBeDefined();
  expect(report?.runtime).toMatch(runtime);
  expect(report?.runtime).toContain(client);
  expect(report?.created).toEqual({
    status: "pending",
    joinedMessages: ["hi", "echo: hi", "steps so far: 1"],
  });
  expect(report?.streamed.text).toBe(CHAT_SENTENCE);
  expect(report?.streamed.tokens).toBe(CHAT_SENTENCE.length);
  // The thread now holds both runs' messages: hi, two echoes, the question and the answer.
  expect(report?.streamed.finalMessages).toBe(5);
  expect(report?.cancelled).toEqual({ status: "pending", statusAfterCancel: "interrupted" });
  // PATCH, PUT, DELETE with a body: each one's body arrived whole, or the answers would differ.
  expect(report?.verbs).toEqual(EXPECTED_ROUND_TRIP);
  // The same calls' wire, as the recording server received them, and what each resolved to.
  expectEveryVerb(report?.verbsToRecorder ?? [], recorder.received);
  expect(report?.closed).toEqual({ readAfterClose: "ClientClosedError" });
}

describe("Bun (npm package bun)", () => {
  it("runs the smoke test with @runwire/edge", async () => {
    const run = await runRuntime(bunBinary(), [
      bundles.edge,
      inject("langgraphUrl"),
      recorder.apiUrl,
    ]);
    expectSmokePassed(run, /^bun 1\./, "@runwire/edge");
  });

  it("runs the smoke test with @runwire/node (undici)", async () => {
    const run = await runRuntime(bunBinary(), [
      bundles.node,
      inject("langgraphUrl"),
      recorder.apiUrl,
    ]);
    expectSmokePassed(run, /^bun 1\./, "@runwire/node");
  });
});

describe("Deno (npm package deno)", () => {
  it("runs the smoke test with @runwire/edge, allowed to reach 127.0.0.1 only", async () => {
    const run = await runRuntime(denoBinary(), [
      "run",
      "--no-remote",
      "--no-config",
      "--allow-net=127.0.0.1",
      bundles.edge,
      inject("langgraphUrl"),
      recorder.apiUrl,
    ]);
    expectSmokePassed(run, /^deno 2\./, "@runwire/edge");
  });
});
