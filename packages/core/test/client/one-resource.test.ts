// The one-resource clients (`createRunsClient`, `createAssistantsClient`, `createThreadsClient`,
// `createCronsClient`, `createStoreClient`) over the in-memory transport: each has its resource and
// no other, sends exactly what `createClient`'s would, and closes like it (`close()`, `await
// using`). What their bundles hold is checked in packages/edge/test/one-resource-bundles.test.ts.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Client,
  type ClientBase,
  ClientClosedError,
  type ClientConfig,
  createAssistantsClient,
  createClient,
  createCronsClient,
  createRunsClient,
  createStoreClient,
  createThreadsClient,
  RunwireValidationError,
  type Transport,
} from "../../src/index";
import { rejection } from "../support/client";
import { json, memoryTransport } from "../support/memory-transport";

const API = "https://example.com/api";
const RESOURCES = ["runs", "assistants", "threads", "crons", "store"] as const;
type Resource = (typeof RESOURCES)[number];

/** Options for a client on the in-memory transport, answering every request with `answer`. */
function memoryConfig(answer: unknown) {
  const memory = memoryTransport(() => json(answer));
  const config: ClientConfig = { apiUrl: API, apiKey: null, transport: memory.transport };
  return { config, requests: memory.requests };
}

/** What a request looked like on the wire. */
const wire = (requests: readonly { method: string; rawUrl: string; body: string | undefined }[]) =>
  requests.map((request) => ({ method: request.method, url: request.rawUrl, body: request.body }));

/**
 * The tests of one factory: `make` builds its client, `call` makes one call on its resource (typed
 * on the resource alone, so the whole client can make the same call), answered with `answer`.
 */
function describeOneResource<Member extends Resource, C extends ClientBase & Pick<Client, Member>>(
  name: string,
  member: Member,
  make: (config: ClientConfig) => C,
  call: (client: Pick<Client, Member>) => Promise<unknown>,
  answer: unknown,
  request: { method: string; url: string },
): void {
  describe(name, () => {
    it(`has ${member} and no other resource`, () => {
      const client = make(memoryConfig(null).config);
      expect(Object.keys(client)).toEqual([member]);
      for (const other of RESOURCES.filter((resource) => resource !== member)) {
        expect(other in client).toBe(false);
      }
    });

    it(`sends and resolves what createClient's ${member} does`, async () => {
      const one = memoryConfig(answer);
      const whole = memoryConfig(answer);
      const resolved = await call(make(one.config));
      expect(resolved).toEqual(await call(createClient(whole.config)));
      expect(wire(one.requests)).toEqual([{ ...request, body: undefined }]);
      expect(wire(one.requests)).toEqual(wire(whole.requests));
    });

    it("after close(), a call fails with ClientClosedError before anything is sent", async () => {
      const { config, requests } = memoryConfig(answer);
      const client = make(config);
      await client.close();
      expect(await rejection(() => call(client))).toBeInstanceOf(ClientClosedError);
      expect(requests).toEqual([]);
    });

    it("close() closes the transport once, however often called; await using closes it", async () => {
      let closes = 0;
      const transport: Transport = Object.assign(
        async () => ({ status: 200, headers: new Headers(), body: null }),
        {
          close: () => {
            closes += 1;
          },
        },
      );
      const client = make({ apiKey: null, transport });
      const first = client.close();
      expect(client.close()).toBe(first);
      await first;
      expect(closes).toBe(1);
      let scopedClient: C | undefined;
      {
        await using scoped = make({ apiKey: null, transport });
        scopedClient = scoped;
        expect(closes).toBe(1);
      }
      expect(closes).toBe(2);
      // Closed for good: its calls fail as after close().
      expect(await rejection(() => call(scopedClient))).toBeInstanceOf(ClientClosedError);
    });

    it("refuses an invalid option as createClient does, naming it, before any request", () => {
      const { config, requests } = memoryConfig(null);
      let error: unknown;
      try {
        make({ ...config, timeoutMs: -1 });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(RunwireValidationError);
      expect((error as RunwireValidationError).field).toBe("timeoutMs");
      expect(requests).toEqual([]);
    });
  });
}

describe("the one-resource clients", () => {
  describeOneResource(
    "createRunsClient",
    "runs",
    createRunsClient,
    (client) => client.runs.get("t1", "r1"),
    { run_id: "r1", thread_id: "t1", assistant_id: "a1", status: "success" },
    { method: "GET", url: `${API}/threads/t1/runs/r1` },
  );
  describeOneResource(
    "createAssistantsClient",
    "assistants",
    createAssistantsClient,
    (client) => client.assistants.get("a1"),
    { assistant_id: "a1", graph_id: "agent" },
    { method: "GET", url: `${API}/assistants/a1` },
  );
  describeOneResource(
    "createThreadsClient",
    "threads",
    createThreadsClient,
    (client) => client.threads.get("t1"),
    { thread_id: "t1", status: "idle", metadata: {} },
    { method: "GET", url: `${API}/threads/t1` },
  );
  describeOneResource(
    "createCronsClient",
    "crons",
    createCronsClient,
    (client) => client.crons.delete("c1"),
    { ignored: true },
    { method: "DELETE", url: `${API}/runs/crons/c1` },
  );
  describeOneResource(
    "createStoreClient",
    "store",
    createStoreClient,
    (client) => client.store.getItem(["users"], "prefs"),
    { namespace: ["users"], key: "prefs", value: { theme: "dark" } },
    { method: "GET", url: `${API}/store/items?namespace=users&key=prefs` },
  );

  it("createRunsClient is generic in State, Update and Custom, as createClient is", () => {
    type State = { topic: string };
    const client = createRunsClient<State, { topic?: string }, { progress: number }>({
      apiKey: null,
    });
    expectTypeOf(client.runs).toEqualTypeOf<
      Client<State, { topic?: string }, { progress: number }>["runs"]
    >();
    expectTypeOf(createRunsClient({ apiKey: null }).runs).toEqualTypeOf<Client["runs"]>();
  });

  it("createThreadsClient is generic in State, as createClient's threads are", () => {
    type State = { topic: string };
    const client = createThreadsClient<State>({ apiKey: null });
    expectTypeOf(client.threads).toEqualTypeOf<Client<State>["threads"]>();
    expectTypeOf(createThreadsClient({ apiKey: null }).threads).toEqualTypeOf<Client["threads"]>();
  });
});
