import { STREAM_MODES } from "@runwire/types";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Breakpoint,
  createClient,
  type ErrorStreamPart,
  type MessagesTupleStreamPart,
  type MetadataStreamPart,
  type RunStream,
  RunwireValidationError,
  type StreamInterrupt,
  type StreamPart,
  type StreamPartV2,
  type TaskError,
  type TaskResult,
  type TaskStart,
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
    expectTypeOf<
      Extract<Part, { type: "values"; interrupted?: false }>["data"]
    >().toEqualTypeOf<State>();
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

  it("v2 values and updates parts tell a state from a pause (interrupted)", () => {
    const stream = client.runs.stream(null, "agent", {
      streamMode: ["values", "updates"],
      version: "v2",
    });
    type Part = Element<typeof stream>;
    const take = (part: Part) => {
      if (part.type !== "values") return;
      if (part.interrupted) {
        // At a pause the JS server sends no state: `data` is partial, `interrupts` never empty.
        expectTypeOf(part.data).toEqualTypeOf<Partial<State>>();
        expectTypeOf(part.interrupts[0]).toEqualTypeOf<StreamInterrupt>();
        const first = part.interrupts[0];
        if (first.id === null) expectTypeOf(first).toEqualTypeOf<Breakpoint>();
        else expectTypeOf(first.value).toBeUnknown();
      } else {
        expectTypeOf(part.data).toEqualTypeOf<State>();
        expectTypeOf(part.interrupts).toEqualTypeOf<[]>();
      }
    };
    void take;
    type Paused = Extract<Part, { type: "updates"; interrupted: true }>;
    expectTypeOf<Paused["interrupts"]>().toEqualTypeOf<[StreamInterrupt, ...StreamInterrupt[]]>();
  });

  it("v2 tasks parts narrow to a start or a result by their keys", () => {
    const stream = client.runs.stream(null, "agent", { streamMode: "tasks", version: "v2" });
    const take = (part: Element<typeof stream>) => {
      if (part.type !== "tasks") return;
      if ("error" in part.data) {
        expectTypeOf(part.data).toEqualTypeOf<TaskResult>();
        expectTypeOf(part.data.error).toEqualTypeOf<TaskError | null>();
        const error = part.data.error;
        if (error !== null && typeof error !== "string") expectTypeOf(error.message).toBeString();
      } else {
        expectTypeOf(part.data).toEqualTypeOf<TaskStart>();
        expectTypeOf(part.data.triggers).toEqualTypeOf<string[]>();
      }
      if ("input" in part.data) expectTypeOf(part.data).toEqualTypeOf<TaskStart>();
    };
    void take;
  });

  it("tools and lifecycle modes are typed", () => {
    const v2 = client.runs.stream(null, "agent", {
      streamMode: ["tools", "lifecycle"],
      version: "v2",
    });
    type Part = Element<typeof v2>;
    expectTypeOf<Part["type"]>().toEqualTypeOf<"tools" | "lifecycle" | "metadata" | "error">();
    expectTypeOf<Extract<Part, { type: "tools" }>["data"]["name"]>().toBeString();
    expectTypeOf<Extract<Part, { type: "lifecycle" }>["data"]["namespace"]>().toEqualTypeOf<
      string[]
    >();
    const v1 = client.runs.stream(null, "agent", { streamMode: "lifecycle" });
    // The server names lifecycle events after the subgraph, with or without streamSubgraphs.
    expectTypeOf<"lifecycle|child:1">().toExtend<Element<typeof v1>["event"]>();
  });

  it("StreamPartV2<State> accepts the parts of a client whose state is an interface", () => {
    interface Chat {
      messages: string[];
    }
    const chat = createClient<Chat>({ transport, apiKey: null });
    const stream = chat.runs.stream(null, "agent", { version: "v2", streamMode: STREAM_MODES });
    expectTypeOf<Element<typeof stream>>().toExtend<StreamPartV2<Chat>>();
    // The default stays a JSON object, which parts of a `type`-alias state fit too.
    const plain = client.runs.stream(null, "agent", { version: "v2", streamMode: STREAM_MODES });
    expectTypeOf<Element<typeof plain>>().toExtend<StreamPartV2>();
  });

  it("runs.stream takes what SDK-typed callers pass, and still checks it when called", () => {
    const sdkCallback = (_created: { run_id: string; thread_id?: string }) => {};
    const context: unknown = { user: "u1" };
    const stream = client.runs.stream("t1", "agent", {
      context,
      onRunCreated: sdkCallback,
      streamMode: ["tools", "lifecycle"],
    });
    void stream.return();
    // The official SDK's onCompletion literals compile, and are refused before any request.
    expect(() => client.runs.stream(null, "agent", { onCompletion: "complete" })).toThrow(
      /onCompletion/,
    );
    expect(() => client.runs.stream(null, "agent", { context: () => {} })).toThrow(
      RunwireValidationError,
    );
  });

  it("refuses a mode that does not exist, at compile time and at run time", () => {
    expect(() =>
      // @ts-expect-error "tokens" is not a stream mode
      client.runs.stream(null, "agent", { streamMode: ["tokens"] }),
    ).toThrow(RunwireValidationError);
  });
});
