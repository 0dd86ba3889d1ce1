import { describe, expect, it } from "vitest";
import { ClientClosedError } from "../../src/index";
import { human, rejectionOf, runIdOf, waitForRunStatus } from "./helpers";
import { slowRunAfterFirstNode } from "./live-run";
import { newThread, realClient } from "./support";

// client.close() aborts what is open on the client instead of waiting for it (issue 12): a paused
// reader must not keep it open, the server must see the client leave, and nothing is sent after.
// No timing is asserted: each test awaits the events themselves (close() resolving at all, the
// read's rejection, the run's final status as another client reads it).

describe.concurrent("client.close()", () => {
  it("with a reader paused mid-stream: resolves, the read rejects, the server cancels the run", async () => {
    const client = realClient();
    const observer = realClient();
    try {
      const threadId = await newThread();
      const stream = client.runs.stream(threadId, "slow", {
        input: { delay: 1_000 },
        streamMode: "updates",
        onDisconnect: "cancel",
      });
      const iterator = stream[Symbol.asyncIterator]();
      const metadata = await iterator.next();
      const runId = runIdOf(metadata.value);
      expect((await iterator.next()).value).toMatchObject({ event: "updates" });
      // The reader pauses here, with four nodes (~4 s) of the run to go.
      await client.close();
      const error = await rejectionOf(iterator.next());
      expect(error).toBeInstanceOf(ClientClosedError);
      expect((error as Error).message).toBe(
        "The client was closed while this request or stream was open.",
      );
      // The socket was closed: the server cancelled the run (`onDisconnect: "cancel"`) rather
      // than running it to success for a reader that is gone.
      const run = await waitForRunStatus(observer, threadId, runId, ["interrupted", "success"]);
      expect(run.status).toBe("interrupted");
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
    } finally {
      await observer.close();
    }
  });

  it("with a read pending: the read rejects with ClientClosedError", async () => {
    const client = realClient();
    const threadId = await newThread();
    const live = await slowRunAfterFirstNode(client, threadId, 1_000);
    const pending = rejectionOf(live.rest());
    await client.close();
    expect(await pending).toBeInstanceOf(ClientClosedError);
  });

  it("refuses every call made afterwards before sending anything", async () => {
    const sent: string[] = [];
    const client = realClient({
      onRequest: (url) => {
        sent.push(url.pathname);
        return undefined;
      },
    });
    const threadId = await newThread();
    // Created before close(), read after: its request is never sent either.
    const unread = client.runs.stream(threadId, "echo", { input: human("hi") });
    await client.close();
    for (const call of [
      client.runs.list(threadId),
      client.runs.wait(threadId, "echo", { input: human("hi") }),
      client.runs.create(threadId, "echo", { input: human("hi") }),
      unread.next(),
    ]) {
      const error = await rejectionOf(call);
      expect(error).toBeInstanceOf(ClientClosedError);
      expect((error as Error).message).toBe(
        "This client is closed; nothing was sent. Create a new client to send more requests.",
      );
    }
    // A stream is refused when it is asked for, like an invalid argument.
    expect(() => client.runs.stream(threadId, "echo", { input: human("hi") })).toThrow(
      ClientClosedError,
    );
    expect(() => client.runs.joinStream(threadId, "7f511456-b3bc-4097-9d87-2678963aaed0")).toThrow(
      ClientClosedError,
    );
    expect(sent).toEqual([]);
  });

  it("is idempotent: a second call returns the same promise", async () => {
    const client = realClient();
    await client.runs.list(await newThread());
    const first = client.close();
    expect(client.close()).toBe(first);
    await expect(first).resolves.toBeUndefined();
  });

  it("`await using` closes the client when its scope ends, a stream still open", async () => {
    const threadId = await newThread();
    let escaped: ReturnType<typeof realClient> | undefined;
    let pending: Promise<unknown> | undefined;
    {
      await using client = realClient();
      escaped = client;
      const live = await slowRunAfterFirstNode(client, threadId, 1_000);
      pending = rejectionOf(live.rest());
    }
    expect(await pending).toBeInstanceOf(ClientClosedError);
    expect(await rejectionOf(escaped.runs.list(threadId))).toBeInstanceOf(ClientClosedError);
  });
});
