// Streams through the proxy against the real LangGraph server: a stock runwire client pointed at
// the proxy sees what it would see pointed at the server itself.
import { UnprocessableEntityError } from "@runwire/edge";
import { describe, expect, it } from "vitest";
import { browserClient, directClient } from "./support/clients";
import { useProxy } from "./support/proxy-server";
import { collect, rejectionOf, runIdOf, withoutIds } from "./support/streams";

const proxy = useProxy();

const input = { messages: [{ type: "human", content: "tides" }] };
const streamMode = ["values", "updates", "custom"] as const;

describe.concurrent("runs.stream through the proxy", () => {
  it("stateless: the same events as the same run streamed directly, and its Content-Location", async () => {
    const created: unknown[] = [];
    const [proxied, direct] = await Promise.all([
      collect(
        browserClient(proxy.url).runs.stream(null, "echo", {
          input,
          streamMode: [...streamMode],
          onRunCreated: (run) => created.push(run),
        }),
      ),
      collect(directClient().runs.stream(null, "echo", { input, streamMode: [...streamMode] })),
    ]);

    expect(proxied.map((part) => part.event)).toEqual([
      "metadata",
      "values",
      "custom",
      "updates",
      "values",
      "custom",
      "updates",
      "values",
    ]);
    expect(withoutIds(proxied)).toEqual(withoutIds(direct));
    // Stateless streams carry no event ids, through the proxy neither.
    expect(proxied.every((part) => part.id === undefined)).toBe(true);
    expect(created).toEqual([{ run_id: runIdOf(proxied), thread_id: null }]);
  });

  it("threaded: the same events and ids as the same run streamed directly, and its Content-Location", async () => {
    const created: unknown[] = [];
    const [proxyThread, directThread] = [crypto.randomUUID(), crypto.randomUUID()];
    const browser = browserClient(proxy.url);
    const [proxied, direct] = await Promise.all([
      collect(
        browser.runs.stream(proxyThread, "echo", {
          input,
          streamMode: [...streamMode],
          ifNotExists: "create",
          onRunCreated: (run) => created.push(run),
        }),
      ),
      collect(
        directClient().runs.stream(directThread, "echo", {
          input,
          streamMode: [...streamMode],
          ifNotExists: "create",
        }),
      ),
    ]);

    expect(proxied.map((part) => [part.id, part.event])).toEqual([
      ["0", "metadata"],
      ["1", "values"],
      ["2", "custom"],
      ["3", "updates"],
      ["4", "values"],
      ["5", "custom"],
      ["6", "updates"],
      ["7", "values"],
    ]);
    expect(withoutIds(proxied)).toEqual(withoutIds(direct));
    const runId = runIdOf(proxied);
    expect(created).toEqual([{ run_id: runId, thread_id: proxyThread }]);
    // The client asked the proxy whether the run was over (the server sends no end event).
    expect((await browser.runs.get(proxyThread, runId)).status).toBe("success");
  });

  it("a graph error reaches the browser as the server's own error event", async () => {
    const [proxied, direct] = await Promise.all([
      collect(
        browserClient(proxy.url).runs.stream(null, "error", { input: {}, streamMode: ["updates"] }),
      ),
      collect(directClient().runs.stream(null, "error", { input: {}, streamMode: ["updates"] })),
    ]);
    expect(proxied.at(-1)).toEqual({
      event: "error",
      data: { error: "CustomError", message: "Boo!" },
    });
    expect(withoutIds(proxied)).toEqual(withoutIds(direct));
  });

  it("a run that cannot start is answered with the server's status and error, as directly", async () => {
    // No such thread, and the default if_not_exists (reject): the server answers 422 at once.
    const thread = crypto.randomUUID();
    const [proxied, direct] = await Promise.all([
      rejectionOf(collect(browserClient(proxy.url).runs.stream(thread, "echo", { input }))),
      rejectionOf(collect(directClient().runs.stream(thread, "echo", { input }))),
    ]);
    expect(proxied).toBeInstanceOf(UnprocessableEntityError);
    expect(direct).toBeInstanceOf(UnprocessableEntityError);
    const [viaProxy, straight] = [proxied, direct] as UnprocessableEntityError[];
    expect(viaProxy?.status).toBe(422);
    expect(viaProxy?.message).toBe(straight?.message);
    expect(viaProxy?.body).toEqual({
      error: "UnprocessableEntityError",
      message: straight?.message,
    });
  });

  it("a resumable run is joined through the proxy: a full replay, then the events after an id", async () => {
    const thread = crypto.randomUUID();
    const browser = browserClient(proxy.url);
    const live = await collect(
      browser.runs.stream(thread, "slow", {
        input: { delay: 10 },
        streamMode: ["updates"],
        streamResumable: true,
        ifNotExists: "create",
      }),
    );
    const runId = runIdOf(live);
    expect(live.map((part) => part.id)).toEqual(["0", "1", "2", "3", "4", "5"]);

    const replay = await collect(browser.runs.joinStream(thread, runId, { lastEventId: "-1" }));
    expect(replay).toEqual(live);
    const after3 = await collect(browser.runs.joinStream(thread, runId, { lastEventId: "3" }));
    expect(after3).toEqual(live.slice(4));
  });
});
