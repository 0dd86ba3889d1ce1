import { describeClientClose } from "@runwire/langgraph-test-server/close-scenario";
import { describe, expect, it } from "vitest";
import { ClientClosedError, createClient } from "../../src/index";
import { human, rejectionOf } from "./helpers";
import { slowRunAfterFirstNode } from "./live-run";
import { newThread, realClient } from "./support";

// client.close() aborts what is open on the client instead of waiting for it (issue 12): a paused
// reader must not keep it open, the server must see the client leave, and nothing is sent after.
// No timing is asserted: each test awaits the events themselves (close() resolving at all, the
// read's rejection, the run's final status as another client reads it).

// The scenario every runtime's client runs: a reader paused mid-stream, calls after close().
describeClientClose({ runtime: "undici", createClient, ClientClosedError });

describe.concurrent("client.close()", () => {
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
