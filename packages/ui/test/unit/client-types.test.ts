// A client made without a state type (a module-level `createClient({ apiUrl })` shared by every
// chat, as apps written for the official hook's untyped `Client` have) fits a store typed for its
// graph's state, and a typed client still types the store. Checked by `tsc` (the typecheck step).
import { createClient } from "@runwire/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { memoryTransport } from "../../../core/test/support/memory-transport";
import { ChatStore, type Message } from "../../src/index";

type State = { messages: Message[]; topic: string };
const { transport } = memoryTransport(() => ({ status: 500 }));

describe("the client a store takes", () => {
  it("an untyped client fits ChatStore<State>; the snapshot is typed by State", () => {
    const untyped = createClient({ apiUrl: "http://server.test", transport });
    const store = new ChatStore<State>({ client: untyped, assistantId: "agent" });
    expectTypeOf(store.getSnapshot().values.topic).toEqualTypeOf<string>();

    const typed = createClient<State>({ apiUrl: "http://server.test", transport });
    const inferred = new ChatStore({ client: typed, assistantId: "agent" });
    expectTypeOf(inferred.getSnapshot().values).toEqualTypeOf<State>();

    expect(store.getSnapshot().threadId).toBeNull();
  });
});
