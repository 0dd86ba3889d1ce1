import * as core from "@runwire/core";
import { describe, expect, it } from "vitest";
import * as runwire from "../src/index";

// @runwire/edge exports the values of @runwire/core's root (whose list core's own exports test
// pins): its own Client, createClient and one-resource clients in place of core's, and core's
// error classes and RunStream themselves. Everything else it exports is a type.
const OWN = [
  "Client",
  "createAssistantsClient",
  "createClient",
  "createCronsClient",
  "createRunsClient",
  "createStoreClient",
  "createThreadsClient",
];

describe("@runwire/edge exports", () => {
  it("exports core's values: its own client and factories, core's errors and RunStream", () => {
    expect(Object.keys(runwire).sort()).toEqual(Object.keys(core).sort());
    const own = runwire as Record<string, unknown>;
    const shared = core as Record<string, unknown>;
    for (const name of Object.keys(core)) {
      if (OWN.includes(name)) expect(own[name], name).not.toBe(shared[name]);
      else expect(own[name], name).toBe(shared[name]);
    }
  });

  it("gives its own createClient and Client, and core's errors", () => {
    const client = runwire.createClient({ apiUrl: "http://127.0.0.1:1", apiKey: null });
    expect(client).toBeInstanceOf(runwire.Client);
    expect(typeof client.runs.stream).toBe("function");
    expect(new runwire.NotFoundError("x", { status: 404 })).toBeInstanceOf(runwire.APIStatusError);
  });

  it("gives one-resource clients on its fetch, refusing `transport` as createClient does", async () => {
    const sent: string[] = [];
    const fetch: runwire.EdgeFetch = async (url) => {
      sent.push(url);
      return new Response('{"namespace":["users"],"key":"prefs","value":{}}', {
        headers: { "content-type": "application/json" },
      });
    };
    const config = { apiUrl: "https://example.com", apiKey: null, fetch };
    const store = runwire.createStoreClient(config);
    expect(Object.keys(store)).toEqual(["store"]);
    expect(await store.store.getItem(["users"], "prefs")).toMatchObject({ key: "prefs" });
    expect(Object.keys(runwire.createRunsClient(config))).toEqual(["runs"]);
    await runwire.createAssistantsClient(config).assistants.get("a1");
    const threads = runwire.createThreadsClient(config);
    expect(Object.keys(threads)).toEqual(["threads"]);
    await threads.threads.get("t1");
    const crons = runwire.createCronsClient(config);
    expect(Object.keys(crons)).toEqual(["crons"]);
    await crons.crons.delete("c1");
    expect(sent).toEqual([
      "https://example.com/store/items?namespace=users&key=prefs",
      "https://example.com/assistants/a1",
      "https://example.com/threads/t1",
      "https://example.com/runs/crons/c1",
    ]);
    const factories: ((config: runwire.EdgeClientConfig) => unknown)[] = [
      runwire.createRunsClient,
      runwire.createAssistantsClient,
      runwire.createCronsClient,
      runwire.createStoreClient,
      runwire.createThreadsClient,
    ];
    for (const create of factories) {
      const transport = async () => new Response(null);
      expect(() => create({ transport } as runwire.EdgeClientConfig)).toThrow(
        expect.objectContaining({ name: "RunwireValidationError", field: "transport" }),
      );
    }
  });
});
