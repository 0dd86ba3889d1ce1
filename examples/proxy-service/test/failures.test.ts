// What the browser sees when something goes wrong on either side of the proxy, and that parts are
// passed on as they arrive.
import type { ServerResponse } from "node:http";
import { InternalServerError } from "@runwire/edge";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALLOWED_ASSISTANTS,
  BROWSER_TOKEN,
  browserClient,
  directClient,
  upstreamClient,
} from "./support/clients";
import { type RunningProxy, startProxy } from "./support/proxy-server";
import { startRecordingUpstream, writeEvent } from "./support/recording-upstream";
import { collect, rejectionOf, runIdOf } from "./support/streams";

const closers: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

/** A proxy in front of `apiUrl` (default: the real LangGraph server). */
async function proxyFor(apiUrl?: string): Promise<RunningProxy> {
  const upstream = upstreamClient(apiUrl === undefined ? {} : { apiUrl });
  const proxy = await startProxy({
    upstream: upstream.client,
    browserToken: BROWSER_TOKEN,
    allowedAssistants: ALLOWED_ASSISTANTS,
  });
  closers.push(
    () => upstream.client.close(),
    () => proxy.close(),
  );
  return proxy;
}

/** A recording upstream that answers each stream with `respond`. */
async function upstreamThat(respond: (response: ServerResponse) => void | Promise<void>) {
  const recording = await startRecordingUpstream((response) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    return respond(response);
  });
  closers.push(() => recording.close());
  return recording;
}

let realProxy: RunningProxy;
beforeAll(async () => {
  realProxy = await proxyFor();
});

describe.concurrent("failures", () => {
  it("a browser that goes away mid-stream closes the proxy's stream to the LangGraph server", async () => {
    // on_disconnect "cancel": the LangGraph server cancels the run when ITS client (the proxy)
    // disconnects, so the run's status shows whether the proxy passed the disconnect on.
    const thread = crypto.randomUUID();
    const stream = browserClient(realProxy.url).runs.stream(thread, "slow", {
      input: { delay: 300 },
      streamMode: ["updates"],
      onDisconnect: "cancel",
      ifNotExists: "create",
    });
    const seen: { event: string; data: unknown }[] = [];
    for await (const part of stream) {
      seen.push(part);
      if (part.event === "updates") break; // the first node is done; four are left
    }
    const runId = runIdOf(seen);
    const direct = directClient();
    // join waits for the run to end either way: cancelled ("interrupted"), or all five nodes run
    // ("success", what a proxy that kept reading would leave).
    await direct.runs.join(thread, runId);
    expect((await direct.runs.get(thread, runId)).status).toBe("interrupted");
  });

  it("parts are passed on as they arrive, not when the upstream stream ends", async () => {
    let browserSawMetadata: () => void = () => {};
    const seen = new Promise<void>((resolve) => {
      browserSawMetadata = resolve;
    });
    const recording = await upstreamThat(async (response) => {
      await writeEvent(response, "metadata", { run_id: "r-live", attempt: 1 });
      // Nothing more until the browser has the first event: with a buffering proxy it never does.
      await seen;
      await writeEvent(response, "values", { step: 1 });
      response.end();
    });
    const proxy = await proxyFor(recording.url);
    const parts: string[] = [];
    for await (const part of browserClient(proxy.url).runs.stream(null, "echo", { input: {} })) {
      parts.push(part.event);
      if (part.event === "metadata") browserSawMetadata();
    }
    expect(parts).toEqual(["metadata", "values"]);
  });

  it("an upstream stream cut after its first event ends in an error event for the browser", async () => {
    const recording = await upstreamThat(async (response) => {
      await writeEvent(response, "metadata", { run_id: "r-cut", attempt: 1 });
      // The event is out: drop the connection mid-stream.
      response.socket?.destroy();
    });
    const proxy = await proxyFor(recording.url);
    const parts = await collect(browserClient(proxy.url).runs.stream(null, "echo", { input: {} }));
    expect(parts).toEqual([
      { event: "metadata", data: { run_id: "r-cut", attempt: 1 } },
      { event: "error", data: { error: "APIConnectionError", message: expect.any(String) } },
    ]);
  });

  it("an unreachable LangGraph server is a 502 with runwire's connection error as JSON", async () => {
    const gone = await startRecordingUpstream(() => {});
    await gone.close();
    const proxy = await proxyFor(gone.url);
    const error = await rejectionOf(
      collect(browserClient(proxy.url).runs.stream(null, "echo", { input: {} })),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(502);
    expect((error as InternalServerError).body).toMatchObject({ error: "APIConnectionError" });
  });
});
