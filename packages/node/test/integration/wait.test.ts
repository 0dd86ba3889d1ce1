import { afterAll, describe, expect, it } from "vitest";
import { type RunCreateMetadata, RunError } from "../../src/index";
import { contents, human, recordingClient, rejectionOf } from "./helpers";
import { newThread, threadState } from "./support";

const { client, requests } = recordingClient();
afterAll(() => client.close());

describe.concurrent("runs.wait", () => {
  it("stateful: POST /threads/{t}/runs/wait returns the final state; onRunCreated gets the ids", async () => {
    const threadId = await newThread();
    const created: RunCreateMetadata[] = [];
    const state = await client.runs.wait(threadId, "echo", {
      input: human("wait"),
      onRunCreated: (metadata) => {
        created.push(metadata);
      },
    });
    expect(contents(state)).toEqual(["wait", "echo: wait", "steps so far: 1"]);
    expect(state.steps).toBe(2);
    const request = requests.find(
      (candidate) => candidate.url.pathname === `/threads/${threadId}/runs/wait`,
    );
    expect(request?.method).toBe("POST");
    // wait sends no stream options.
    expect(request?.body).toEqual({ input: human("wait"), assistant_id: "echo" });
    expect(created).toHaveLength(1);
    expect(created[0]?.thread_id).toBe(threadId);
    expect((await client.runs.get(threadId, created[0]?.run_id ?? "")).status).toBe("success");
  });

  it("stateless (null thread): POST /runs/wait", async () => {
    const created: RunCreateMetadata[] = [];
    const state = await client.runs.wait(null, "echo", {
      input: human("stateless wait"),
      onRunCreated: (metadata) => {
        created.push(metadata);
      },
    });
    expect(contents(state)).toEqual(["stateless wait", "echo: stateless wait", "steps so far: 1"]);
    expect(created).toEqual([{ run_id: expect.any(String), thread_id: null }]);
  });

  it("a run longer than a second: the server's keep-alive newlines before the JSON are absorbed", async () => {
    const threadId = await newThread();
    const state = await client.runs.wait(threadId, "slow", { input: { delay: 300 } });
    expect(state).toEqual({ delay: 300, log: ["s1", "s2", "s3", "s4", "s5"] });
  });

  it("timeoutMs shorter than the run: the POST's idle timeout falls back to GET …/join, which waits for the run (not cut by timeoutMs)", async () => {
    const short = recordingClient({ timeoutMs: 500 });
    try {
      const threadId = await newThread();
      const state = await short.client.runs.wait(threadId, "slow", { input: { delay: 400 } });
      expect(state).toEqual({ delay: 400, log: ["s1", "s2", "s3", "s4", "s5"] });
      const paths = short.requests.map((request) => `${request.method} ${request.url.pathname}`);
      // The POST stalled past 500 ms between keep-alives; one join then waited for the result.
      expect(paths[0]).toBe(`POST /threads/${threadId}/runs/wait`);
      expect(paths).toHaveLength(2);
      expect(paths[1]).toMatch(new RegExp(`^GET /threads/${threadId}/runs/[^/]+/join$`));
    } finally {
      await short.client.close();
    }
  });

  it("graph error: RunError with error 'CustomError' and message 'CustomError: Boo!' (stateful)", async () => {
    const threadId = await newThread();
    const error = await rejectionOf(client.runs.wait(threadId, "error", { input: {} }));
    expect(error).toBeInstanceOf(RunError);
    expect(error).toMatchObject({
      name: "RunError",
      error: "CustomError",
      runMessage: "Boo!",
      message: "CustomError: Boo!",
    });
  });

  it("graph error, stateless: the same RunError", async () => {
    const error = await rejectionOf(client.runs.wait(null, "error", { input: {} }));
    expect(error).toBeInstanceOf(RunError);
    expect((error as RunError).error).toBe("CustomError");
    expect((error as RunError).message).toContain("Boo!");
  });

  it("raiseError: false returns the server's raw __error__ (double-encoded message, quirk)", async () => {
    const result = await client.runs.wait(null, "error", { input: {}, raiseError: false });
    const request = requests.filter((candidate) => candidate.url.pathname === "/runs/wait").at(-1);
    expect(request?.body).not.toHaveProperty("raise_error");
    expect(request?.body).not.toHaveProperty("raiseError");
    // Server quirk: the JS server JSON-encodes the error a second time inside `message`.
    expect(result).toEqual({
      __error__: {
        error: "Error",
        message: JSON.stringify({ error: "CustomError", message: "Boo!" }),
      },
    });
  });

  it("interruptBefore: { __interrupt__: [] } then wait with input null continues", async () => {
    const threadId = await newThread();
    const paused = await client.runs.wait(threadId, "slow", {
      input: { delay: 1 },
      interruptBefore: ["s3"],
    });
    expect(paused).toEqual({ __interrupt__: [] });
    expect(await threadState(threadId)).toMatchObject({
      values: { delay: 1, log: ["s1", "s2"] },
      next: ["s3"],
    });
    const done = await client.runs.wait(threadId, "slow", { input: null });
    expect(done).toEqual({ delay: 1, log: ["s1", "s2", "s3", "s4", "s5"] });
  });
});
