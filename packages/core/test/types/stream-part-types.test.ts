import { describe, expect, expectTypeOf, it } from "vitest";
import {
  createClient,
  type ErrorStreamPart,
  type MessagesTupleStreamPart,
  type MetadataStreamPart,
  type RunStream,
  RunwireValidationError,
  type StreamPart,
} from "../../src/index";
import { memoryTransport } from "../support/memory-transport";

// These tests run under `tsc` (the package's typecheck step): a wrong element type fails the build.
// At run time they only construct streams, which send nothing until read.

const { transport } = memoryTransport(() => ({ status: 500 }));
type State = { messages: string[]; count: number };
const client = createClient<State>({ transport, apiKey: null });

type Element<S> = S extends RunStream<infer Part> ? Part : never;

describe("stream part types follow the requested modes", () => {
  it("v1 with two modes: those events plus metadata, error and end", () => {
    const stream = client.runs.stream(null, "agent", { streamMode: ["values", "updates"] });
    type Part = Element<typeof stream>;
    expectTypeOf<Part["event"]>().toEqualTypeOf<
      "values" | "updates" | "metadata" | "error" | "end"
    >();
    expectTypeOf<Extract<Part, { event: "values" }>["data"]>().toEqualTypeOf<State>();
    expectTypeOf<Extract<Part, { event: "updates" }>["data"]>().toEqualTypeOf<
      Record<string, Partial<State>>
    >();
  });

  it("v1 default mode is values", () => {
    const stream = client.runs.stream("t1", "agent");
    expectTypeOf<Element<typeof stream>["event"]>().toEqualTypeOf<
      "values" | "metadata" | "error" | "end"
    >();
  });

  it("v1 with subgraphs adds namespaced event names", () => {
    const stream = client.runs.stream(null, "agent", {
      streamMode: "custom",
      streamSubgraphs: true,
    });
    type Part = Element<typeof stream>;
    expectTypeOf<"custom|child:1">().toExtend<Part["event"]>();
    expectTypeOf<"values">().not.toExtend<Part["event"]>();
  });

  it("v2 narrows on type and carries the state type", () => {
    const stream = client.runs.stream(null, "agent", {
      streamMode: ["values", "messages-tuple"],
      version: "v2",
    });
    type Part = Element<typeof stream>;
    expectTypeOf<Part["type"]>().toEqualTypeOf<"values" | "messages" | "metadata" | "error">();
    expectTypeOf<Extract<Part, { type: "values" }>["data"]>().toEqualTypeOf<State>();
    expectTypeOf<Extract<Part, { type: "messages" }>>().toEqualTypeOf<MessagesTupleStreamPart>();
    expectTypeOf<MetadataStreamPart | ErrorStreamPart>().toExtend<Part>();
  });

  it("as const lists narrow too", () => {
    const modes = ["debug"] as const;
    const stream = client.runs.stream(null, "agent", { streamMode: modes, version: "v2" });
    expectTypeOf<Element<typeof stream>["type"]>().toEqualTypeOf<"debug" | "metadata" | "error">();
  });

  it("a mode known only as StreamMode gives every part", () => {
    const mode = "values" as "values" | "messages";
    const stream = client.runs.stream(null, "agent", { streamMode: mode, version: "v2" });
    expectTypeOf<Element<typeof stream>["type"]>().toEqualTypeOf<
      | "values"
      | "messages/partial"
      | "messages/complete"
      | "messages/metadata"
      | "metadata"
      | "error"
    >();
  });

  it("joinStream is typed the same way", () => {
    const stream = client.runs.joinStream("t1", "r1", { streamMode: ["updates"], version: "v2" });
    expectTypeOf<Element<typeof stream>["type"]>().toEqualTypeOf<
      "updates" | "metadata" | "error"
    >();
    const v1 = client.runs.joinStream("t1", "r1");
    expectTypeOf<Element<typeof v1>>().toExtend<StreamPart>();
  });

  it("wait and join return the state type", () => {
    expectTypeOf(client.runs.wait).returns.toEqualTypeOf<Promise<State>>();
    expectTypeOf(client.runs.join).returns.toEqualTypeOf<Promise<State>>();
  });

  it("refuses a mode that does not exist, at compile time and at run time", () => {
    expect(() =>
      // @ts-expect-error "tokens" is not a stream mode
      client.runs.stream(null, "agent", { streamMode: ["tokens"] }),
    ).toThrow(RunwireValidationError);
  });
});
