import { afterAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/index";
import { recordingClient, streamRejection, UNKNOWN_ID } from "./helpers";
import { newThread } from "./support";

// `threads.joinStream` against the real LangGraph JS server 1.5.1, which has no thread stream
// route (PLATFORM_SPEC §6.1, §11.E case 69): the request is the documented one, the first read
// rejects with NotFoundError, and a 404 is neither retried nor resumed. The protocol itself is
// exercised against the fault server (test/faults/thread-stream.test.ts).

const { client, requests } = recordingClient();
const join = client.threads.joinStream.bind(client.threads);
afterAll(async () => {
  await client.close();
});

describe("threads.joinStream on 1.5.1 (69)", () => {
  it("GET /threads/<id>/stream with accept: text/event-stream and no query: NotFoundError", async () => {
    const threadId = await newThread();
    requests.length = 0;
    const error = await streamRejection(join(threadId));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe("GET");
    expect(request?.path).toBe(`/threads/${threadId}/stream`);
    expect(request?.headers.accept).toBe("text/event-stream");
    expect(request?.headers["cache-control"]).toBe("no-store");
    expect(request?.headers["last-event-id"]).toBeUndefined();
    expect(request?.body).toBeUndefined();
  });

  it("every variant answers 404: modes, `-`, an unknown thread", async () => {
    const threadId = await newThread();
    requests.length = 0;
    const variants = [
      join(threadId, { streamMode: ["lifecycle", "state_update"] }),
      join(threadId, { lastEventId: "-" }),
      join(UNKNOWN_ID),
    ];
    for (const stream of variants) {
      expect(await streamRejection(stream)).toBeInstanceOf(NotFoundError);
    }
    expect(requests.map((request) => [request.path, request.headers["last-event-id"]])).toEqual([
      [`/threads/${threadId}/stream?stream_mode=lifecycle&stream_mode=state_update`, undefined],
      [`/threads/${threadId}/stream`, "-"],
      [`/threads/${UNKNOWN_ID}/stream`, undefined],
    ]);
  });
});
