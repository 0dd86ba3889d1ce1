/**
 * The core proof: a proxy in front of the real LangGraph server cuts the store's run
 * stream (and then the resumed streams) at seeded byte offsets spread over the whole body: right
 * after the first byte, inside an event, exactly between events, one byte short of an event's
 * end, in the final state, after the very last byte. The runs client resumes each cut itself
 * with `Last-Event-ID`; after every cut the store ends on the same messages and values as an
 * uncut run, and no snapshot on the way lost or doubled a token.
 */
import { randomUUID } from "node:crypto";
import { type CuttingProxy, prng } from "@runwire/fault-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChatSnapshot, ChatStore } from "../../src/index";
import {
  type NodeClient,
  nodeClient,
  recordingProxy,
  requestsOf,
  serverUrl,
} from "../support/servers";
import { type Frame, framesOf, lastCompleteId, offsetAfter, replayOf } from "../support/sse-frames";
import { STORY_REPLY, storyInput, valuesWithoutIds, withoutIds } from "../support/story";
import { aiTexts, expectGrowingPrefixes, watch } from "../support/watch";

const RUNS = 12;
const CUTS_PER_RUN = 3;

/** What an uncut run of the story graph through the same proxy gave. */
interface Reference {
  snapshot: ChatSnapshot;
  parts: number;
  frames: Frame[];
  total: number;
}

/** The cut positions of one run (absolute offsets into the run's whole body), and its progress. */
interface Plan {
  positions: number[];
  responses: number;
}

let proxy: CuttingProxy;
let client: NodeClient;
let direct: NodeClient;
let reference: Reference;
/** Each run's plan, by its thread (the store creates the thread with an id the test chose). */
const plans = new Map<string, Plan>();
/** The seeded cut positions, dealt to the runs: run j cuts at `dealt[j]`. */
let dealt: number[][];

/** A run of the story graph through the proxy: its store's snapshots, parts and final state. */
async function storyRun(threadId: string) {
  let parts = 0;
  const store = new ChatStore({
    client,
    assistantId: "story",
    notify: "sync",
    onPart: () => {
      parts += 1;
    },
  });
  const watcher = watch(store);
  await store.submit(storyInput(), { threadId });
  return { store, snapshots: watcher.snapshots, parts, snapshot: store.getSnapshot() };
}

/**
 * Cut positions over the reference body: the edge cases named in the file's comment, then seeded
 * offsets anywhere; sorted, and dealt round-robin so that each run cuts early, mid and late.
 */
function cutPositions({ frames, total }: Reference): number[][] {
  const random = prng(16);
  const pick = () => frames[2 + Math.floor(random() * (frames.length - 3))] as Frame;
  const first = frames[0] as Frame;
  const last = frames.at(-1) as Frame;
  const inside = pick();
  const special = [
    1, // right after the first byte
    first.end - 3, // inside the first event (its id line)
    first.end, // right after the first event
    pick().end, // exactly between two events
    pick().end - 1, // all of an event but the blank line that ends it
    Math.floor((inside.start + inside.end) / 2), // inside an event's data
    last.start + 5, // inside the final values event
    last.end - 1, // one byte short of the end
    total, // after the last byte (the connection dies before the body's proper end)
  ];
  const positions = new Set(special);
  while (positions.size < RUNS * CUTS_PER_RUN) positions.add(1 + Math.floor(random() * total));
  const sorted = [...positions].sort((a, b) => a - b);
  return Array.from({ length: RUNS }, (_, run) =>
    Array.from({ length: CUTS_PER_RUN }, (_, k) => sorted[run + k * RUNS] as number),
  );
}

beforeAll(async () => {
  proxy = await recordingProxy((request, response) => {
    if (!response.headers["content-type"]?.startsWith("text/event-stream")) return undefined;
    const threadId = /^\/threads\/([^/]+)\/runs\//.exec(request.target)?.[1];
    const plan = threadId === undefined ? undefined : plans.get(threadId);
    if (plan === undefined) return undefined;
    const at = plan.positions[plan.responses++];
    if (at === undefined) return undefined;
    // A resumed response starts after the event named by Last-Event-ID: cut it where the
    // absolute position falls (offsets from the reference run: every run's body is laid out
    // alike, which each test checks against its own replay).
    const after =
      request.method === "GET" ? String(request.headers["last-event-id"] ?? "-1") : "-1";
    return at - offsetAfter(reference.frames, after);
  });
  client = nodeClient(proxy.url);
  direct = nodeClient(serverUrl);
  const threadId = randomUUID();
  const run = await storyRun(threadId);
  const body = await replayOf(threadId, run.snapshot.runId as string);
  reference = {
    snapshot: run.snapshot,
    parts: run.parts,
    frames: framesOf(body),
    total: body.length,
  };
  dealt = cutPositions(reference);
}, 60_000);

afterAll(async () => {
  await client?.close();
  await direct?.close();
  await proxy?.close();
});

describe("the store over a stream cut at seeded points (real server, cutting proxy)", () => {
  it("the uncut reference run: every event once, the whole reply", () => {
    expect(reference.frames.map((frame) => frame.id)).toEqual(
      reference.frames.map((_, index) => String(index)),
    );
    expect(reference.parts).toBe(reference.frames.length);
    expect(reference.snapshot.messages.map((m) => [m.type, m.content])).toEqual([
      ["human", storyInput().messages[0]?.content],
      ["ai", STORY_REPLY],
    ]);
    expect(dealt.flat()).toHaveLength(RUNS * CUTS_PER_RUN);
    expect(Math.max(...dealt.flat())).toBe(reference.total);
  });

  it.concurrent.for(Array.from({ length: RUNS }, (_, run) => run))(
    "cut run %i: resumed after each cut from the last whole event; ends as the uncut run, no token lost or doubled",
    async (index) => {
      const positions = dealt[index] as number[];
      const label = `cuts at bytes ${positions.join(", ")} of ${reference.total}`;
      const threadId = randomUUID();
      plans.set(threadId, { positions, responses: 0 });

      const run = await storyRun(threadId);

      const { snapshot } = run;
      expect(snapshot.error, label).toBeUndefined();
      expect(snapshot.isLoading, label).toBe(false);
      // The end equals the uncut run's (ids aside: each run makes its own) and the thread's state.
      expect(withoutIds(snapshot.messages), label).toEqual(withoutIds(reference.snapshot.messages));
      expect(valuesWithoutIds(snapshot.values), label).toEqual(
        valuesWithoutIds(reference.snapshot.values),
      );
      const state = await direct.threads.getState(threadId);
      expect(snapshot.values, label).toEqual(state.values);
      // Every part once: as many as the uncut run's; every token once: each snapshot's text a
      // prefix of the reply, one character longer each time.
      expect(run.parts, label).toBe(reference.parts);
      const texts = aiTexts(run.snapshots);
      expectGrowingPrefixes(texts, STORY_REPLY, label);
      expect(
        [...new Set(texts)].filter((t) => t !== "").map((t) => t.length),
        label,
      ).toEqual(Array.from({ length: STORY_REPLY.length }, (_, i) => i + 1));

      // On the wire: one run created; each cut resumed at the run's join endpoint after the
      // last whole event before it ("-1" only when none had arrived), the last response whole.
      const streams = requestsOf(proxy, threadId).filter((r) => r.target.includes("/stream"));
      const runId = snapshot.runId as string;
      expect(
        streams.map((r) => r.method),
        label,
      ).toEqual(["POST", ...streams.slice(1).map(() => "GET")]);
      expect(streams[0]?.target, label).toBe(`/threads/${threadId}/runs/stream`);
      for (const resume of streams.slice(1)) {
        expect(resume.target.split("?")[0], label).toBe(
          `/threads/${threadId}/runs/${runId}/stream`,
        );
      }
      const cut = streams.filter((r) => r.cutAfter !== undefined);
      expect(cut, label).toHaveLength(positions.length);
      expect(streams.at(-1)?.cutAfter, label).toBeUndefined();
      const frames = framesOf(await replayOf(threadId, runId));
      expect(
        frames.map((f) => f.end),
        `${label}: laid out as the reference`,
      ).toEqual(reference.frames.map((f) => f.end));
      let cursor = "-1";
      for (const [i, request] of streams.entries()) {
        if (i > 0) expect(request.headers["last-event-id"], `${label}, resume ${i}`).toBe(cursor);
        const start = offsetAfter(frames, cursor);
        if (request.cutAfter !== undefined) {
          expect(start + request.cutAfter, label).toBe(positions[i]);
          cursor = lastCompleteId(frames, start + request.cutAfter) ?? cursor;
        }
      }
      // Past the first event, a resume never starts over.
      const resumedFromStart = streams
        .slice(1)
        .filter(
          (r, i) =>
            r.headers["last-event-id"] === "-1" && (positions[i] ?? 0) >= (frames[0]?.end ?? 0),
        );
      expect(resumedFromStart, label).toEqual([]);
    },
  );
});
