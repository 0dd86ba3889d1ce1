// `useStream<State>({ client })` with a client made without a state type — what code written for
// the official hook has (its `Client` is untyped, often one module-level client for every chat) —
// type-checks, and the result is typed by `State`. Checked by `tsc` (the typecheck step); the
// hooks are never called here.
import { createClient } from "@runwire/browser";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type Message, useChatStore, useStream } from "../src/index.ts";

type State = { messages: Message[]; topic: string };

describe("the client option's type", () => {
  it("an untyped client fits useStream<State> and useChatStore<State>", () => {
    const untyped = createClient({ apiUrl: "http://server.test" });
    expectTypeOf(useStream<State>).toBeCallableWith({ client: untyped, assistantId: "agent" });
    expectTypeOf(useChatStore<State>).toBeCallableWith({ client: untyped, assistantId: "agent" });
    expectTypeOf<ReturnType<typeof useStream<State>>["values"]["topic"]>().toEqualTypeOf<string>();
    expect(typeof useStream).toBe("function");
  });
});
