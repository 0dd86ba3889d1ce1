/**
 * "Exactly the parts of the modes you ask for": with `streamSubgraphs` the server adds parts of
 * modes nobody requested (the LangGraph JS server's `checkpoints` envelopes); runwire drops them.
 */
import { describe, expect, it } from "vitest";
import type { StreamMode } from "../../src/index";
import { collect, setup } from "../support/client";
import { sse } from "../support/memory-transport";

const BODY = [
  'event: metadata\ndata: {"run_id":"r1"}\n\n',
  'event: checkpoints\ndata: {"id":"c1","parent_id":null,"step":0,"source":"loop"}\n\n',
  'event: values\ndata: {"a":1}\n\n',
  'event: checkpoints|child:1\ndata: {"id":"c2","parent_id":null,"step":0,"source":"loop"}\n\n',
  'event: values|child:1\ndata: {"a":2}\n\n',
  'event: feedback\ndata: {"k":"url"}\n\n',
  'event: error\ndata: {"error":"E","message":"m"}\n\n',
].join("");

async function events(streamMode: StreamMode | StreamMode[] | undefined, subgraphs: boolean) {
  const { client } = setup(() => sse(BODY));
  const parts = await collect(
    client.runs.stream(null, "a1", {
      ...(streamMode === undefined ? {} : { streamMode }),
      streamSubgraphs: subgraphs,
    }),
  );
  return parts.map((part) => part.event);
}

describe("parts of modes that were not requested", () => {
  it("are dropped with streamSubgraphs; metadata, error and unknown events pass", async () => {
    expect(await events(["values"], true)).toEqual([
      "metadata",
      "values",
      "values|child:1",
      "feedback",
      "error",
    ]);
  });

  it("the default mode (values) counts as requested", async () => {
    expect(await events(undefined, true)).toEqual(await events(["values"], true));
  });

  it("are kept when their mode is requested", async () => {
    expect(await events(["values", "checkpoints"], true)).toEqual([
      "metadata",
      "checkpoints",
      "values",
      "checkpoints|child:1",
      "values|child:1",
      "feedback",
      "error",
    ]);
  });

  it("v2 drops them too", async () => {
    const { client } = setup(() => sse(BODY));
    const parts = await collect(
      client.runs.stream(null, "a1", {
        streamMode: "values",
        streamSubgraphs: true,
        version: "v2",
      }),
    );
    expect(parts.map((part) => part.type)).toEqual([
      "metadata",
      "values",
      "values",
      "feedback",
      "error",
    ]);
  });
});

describe("a join asked for some modes, and the relayed SSE bytes", () => {
  it("joinStream with streamMode gets only those modes' parts (the server relays the rest)", async () => {
    const { client } = setup(() => sse(BODY));
    const parts = await collect(client.runs.joinStream("t1", "r1", { streamMode: "values" }));
    expect(parts.map((part) => part.event)).toEqual([
      "metadata",
      "values",
      "values|child:1",
      "feedback",
      "error",
    ]);
  });

  it("joinStream without streamMode gets the run's own modes, unfiltered", async () => {
    const { client } = setup(() => sse(BODY));
    const parts = await collect(client.runs.joinStream("t1", "r1"));
    expect(parts.map((part) => part.event)).toContain("checkpoints|child:1");
  });

  it("toEventStream relays no block of a mode that was not requested", async () => {
    const { client } = setup(() => sse(BODY));
    const stream = client.runs.stream(null, "a1", { streamMode: "values", streamSubgraphs: true });
    const text = await new Response(stream.toEventStream()).text();
    const names = [...text.matchAll(/^event: (.*)$/gm)].map((match) => match[1]);
    expect(names).toEqual(["metadata", "values", "values|child:1", "feedback", "error"]);
  });
});
