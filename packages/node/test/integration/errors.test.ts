import { afterAll, describe, expect, it } from "vitest";
import {
  APIStatusError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RunError,
  RunwireValidationError,
  UnprocessableEntityError,
} from "../../src/index";
import {
  BUSY_THREAD_MESSAGE,
  collect,
  human,
  recordingClient,
  rejectionOf,
  streamRejection,
  UNKNOWN_ID,
} from "./helpers";
import { newThread } from "./support";

const { client, requests } = recordingClient();
afterAll(() => client.close());

const NO_ASSISTANT =
  'No assistant found for "nope". Make sure the assistant ID is for a valid assistant or a valid graph ID.';
const UNKNOWN_THREAD = "135c8ddd-7b2d-4d82-a8fa-6bfdd515f8f5";
const THREAD_NOT_FOUND = `Thread with ID ${UNKNOWN_THREAD} not found`;

/** Asserts a typed status error whose message is the server's plain-text body. */
function expectStatusError(
  error: unknown,
  ErrorClass: typeof APIStatusError,
  status: number,
  message: string,
) {
  expect(error).toBeInstanceOf(ErrorClass);
  expect(error).toBeInstanceOf(APIStatusError);
  expect(error).toMatchObject({ status, message, body: message });
  expect((error as APIStatusError).headers.get("content-type")).toMatch(/^text\/plain/);
}

describe.concurrent("typed errors from the real server", () => {
  it("unknown assistant: 404 NotFoundError with the server's text (stream, wait, create)", async () => {
    const threadId = await newThread();
    expectStatusError(
      await streamRejection(client.runs.stream(threadId, "nope", { input: {} })),
      NotFoundError,
      404,
      NO_ASSISTANT,
    );
    expectStatusError(
      await rejectionOf(client.runs.wait(null, "nope", { input: {} })),
      NotFoundError,
      404,
      NO_ASSISTANT,
    );
    expectStatusError(
      await rejectionOf(client.runs.create(threadId, "nope", { input: {} })),
      NotFoundError,
      404,
      NO_ASSISTANT,
    );
  });

  it("unknown thread: list and get answer 404 NotFoundError 'Thread with ID … not found'", async () => {
    expectStatusError(
      await rejectionOf(client.runs.list(UNKNOWN_THREAD)),
      NotFoundError,
      404,
      THREAD_NOT_FOUND,
    );
    expectStatusError(
      await rejectionOf(client.runs.get(UNKNOWN_THREAD, UNKNOWN_ID)),
      NotFoundError,
      404,
      THREAD_NOT_FOUND,
    );
  });

  it("unknown thread, creating a run: server quirk, 422 with the busy-thread text (not 404)", async () => {
    expectStatusError(
      await rejectionOf(client.runs.create(UNKNOWN_THREAD, "echo", { input: human("x") })),
      UnprocessableEntityError,
      422,
      BUSY_THREAD_MESSAGE,
    );
    expectStatusError(
      await streamRejection(client.runs.stream(UNKNOWN_THREAD, "echo", { input: human("x") })),
      UnprocessableEntityError,
      422,
      BUSY_THREAD_MESSAGE,
    );
  });

  it("unknown thread with multitaskStrategy enqueue: server quirk, 500 InternalServerError, POST not retried", async () => {
    const thread = "ebedb456-1e5c-4d46-80e7-5fe58005c057";
    expectStatusError(
      await rejectionOf(
        client.runs.create(thread, "echo", { input: human("x"), multitaskStrategy: "enqueue" }),
      ),
      InternalServerError,
      500,
      "Unreachable state when creating run",
    );
    // A POST is never retried, even on a 5xx: exactly one request went out.
    expect(
      requests.filter((request) => request.url.pathname === `/threads/${thread}/runs`),
    ).toHaveLength(1);
  });

  it("unknown run: get, cancel and delete answer 404 NotFoundError 'Run not found'", async () => {
    const threadId = await newThread();
    expectStatusError(
      await rejectionOf(client.runs.get(threadId, UNKNOWN_ID)),
      NotFoundError,
      404,
      "Run not found",
    );
    expectStatusError(
      await rejectionOf(client.runs.cancel(threadId, UNKNOWN_ID)),
      NotFoundError,
      404,
      "Run not found",
    );
    expectStatusError(
      await rejectionOf(client.runs.delete(threadId, UNKNOWN_ID)),
      NotFoundError,
      404,
      "Run not found",
    );
  });

  it("unknown run, join: server quirk, 200 with __error__ 'Run not found' → RunError", async () => {
    const threadId = await newThread();
    const error = await rejectionOf(client.runs.join(threadId, UNKNOWN_ID));
    // The server answers 200 {"__error__":{"error":"Error","message":"\"Run not found\""}}.
    expect(error).toBeInstanceOf(RunError);
    expect(error).toMatchObject({ error: "Error", runMessage: "Run not found" });
  });

  it("unknown run, joinStream: server quirk, 200 SSE with one error part whose data is a string", async () => {
    const threadId = await newThread();
    const parts = await collect(client.runs.joinStream(threadId, UNKNOWN_ID));
    expect(parts).toEqual([{ event: "error", data: "Run not found" }]);
  });

  it("invalid ids the server rejects: 400 BadRequestError, zod issues summarised", async () => {
    // runwire only checks that ids are non-empty; the server wants uuids.
    const error = await rejectionOf(client.runs.get("not-a-uuid", UNKNOWN_ID));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      status: 400,
      message: "Validation failed: thread_id: Invalid uuid",
      body: {
        success: false,
        error: {
          name: "ZodError",
          issues: [expect.objectContaining({ path: ["thread_id"], message: "Invalid uuid" })],
        },
      },
    });
    const streamError = await streamRejection(
      client.runs.stream("not-a-uuid", "echo", { input: human("x") }),
    );
    expect(streamError).toBeInstanceOf(BadRequestError);
    expect((streamError as BadRequestError).message).toBe(
      "Validation failed: thread_id: Invalid uuid",
    );
  });

  it("an invalid body the server rejects: 400 BadRequestError naming the field", async () => {
    const threadId = await newThread();
    // runwire accepts any string as checkpoint.checkpoint_id; the server wants a uuid.
    const error = await rejectionOf(
      client.runs.wait(threadId, "echo", {
        input: human("x"),
        checkpoint: { checkpoint_id: "not-a-uuid" },
      }),
    );
    const request = requests.find(
      (candidate) => candidate.url.pathname === `/threads/${threadId}/runs/wait`,
    );
    expect(request?.body).toMatchObject({ checkpoint: { checkpoint_id: "not-a-uuid" } });
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({
      status: 400,
      message: "Validation failed: checkpoint.checkpoint_id: Invalid uuid",
    });
    expect((error as BadRequestError).headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("runwire's own validation stops a bad option before anything is sent", async () => {
    const threadId = await newThread();
    const before = requests.length;
    expect(() =>
      client.runs.stream(threadId, "echo", {
        // @ts-expect-error: not a stream mode
        streamMode: "bogus",
      }),
    ).toThrow(RunwireValidationError);
    const listError = await rejectionOf(client.runs.list(threadId, { limit: 0 }));
    expect(listError).toBeInstanceOf(RunwireValidationError);
    expect((listError as RunwireValidationError).field).toBe("limit");
    expect(requests.length).toBe(before);
  });
});
