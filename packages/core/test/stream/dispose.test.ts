/**
 * `RunStream[Symbol.asyncDispose]`: `await using` closes the stream like `return()`, and the key
 * falls back to `Symbol.for("Symbol.asyncDispose")` where the runtime has no Symbol.asyncDispose.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { collect, setup } from "../support/client";
import { json, sse } from "../support/memory-transport";
import { never } from "./helpers";

const RUN = { "content-location": "/threads/t1/runs/r1" };
const metadata = 'event: metadata\ndata: {"run_id":"r1","attempt":1}\nid: 0\n\n';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A resumable run whose connection stalls after its first event. */
function stallingRun() {
  return setup((request) =>
    request.method === "POST"
      ? sse([metadata, { waitFor: never() }], RUN)
      : json({ run_id: "r1", status: "running" }),
  );
}

describe("RunStream[Symbol.asyncDispose]", () => {
  it("await using closes the connection when the block is left", async () => {
    const { client, requests, openBodies } = stallingRun();
    {
      await using stream = client.runs.stream("t1", "a1", { streamResumable: true });
      expect(await stream.next()).toMatchObject({ done: false, value: { event: "metadata" } });
      expect(openBodies()).toBe(1);
    }
    expect(openBodies()).toBe(0);
    expect(requests).toHaveLength(1);
  });

  it("after disposal the stream is done, like after return()", async () => {
    const { client, openBodies } = stallingRun();
    const stream = client.runs.stream("t1", "a1", { streamResumable: true });
    await stream.next();
    await stream[Symbol.asyncDispose]();
    expect(openBodies()).toBe(0);
    expect(await collect(stream)).toEqual([]);
  });

  it("on runtimes without Symbol.asyncDispose, Client and RunStream dispose under Symbol.for's key", async () => {
    // The runtime's Symbol, but for the missing asyncDispose; the modules are loaded afresh.
    vi.resetModules();
    const RealSymbol = Symbol;
    const withoutAsyncDispose = (description?: string) => RealSymbol(description);
    for (const name of Object.getOwnPropertyNames(RealSymbol)) {
      if (name === "asyncDispose" || name === "length" || name === "name" || name === "prototype") {
        continue;
      }
      Object.defineProperty(withoutAsyncDispose, name, {
        value: (RealSymbol as unknown as Record<string, unknown>)[name],
      });
    }
    vi.stubGlobal("Symbol", withoutAsyncDispose);
    try {
      const { RunStream } = await import("../../src/stream/run-stream");
      const { ClientBase } = await import("../../src/client-base");
      const { Client } = await import("../../src/client");
      const { RunsOnlyClient } = await import("../../src/runs-only-client");
      const fallback = RealSymbol.for("Symbol.asyncDispose");
      expect(typeof Object.getOwnPropertyDescriptor(RunStream.prototype, fallback)?.value).toBe(
        "function",
      );
      // Every client inherits it from ClientBase, the one class that defines it.
      expect(typeof Object.getOwnPropertyDescriptor(ClientBase.prototype, fallback)?.value).toBe(
        "function",
      );
      for (const client of [Client, RunsOnlyClient]) {
        expect(typeof (client.prototype as unknown as Record<symbol, unknown>)[fallback]).toBe(
          "function",
        );
      }
      // Not a method named "undefined", which a `[Symbol.asyncDispose]()` method would become.
      expect(Object.getOwnPropertyNames(RunStream.prototype)).not.toContain("undefined");
      expect(Object.getOwnPropertyNames(ClientBase.prototype)).not.toContain("undefined");
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });
});
