// Every verb of the LangGraph API through a runwire client's public methods, in whatever runtime
// runs this (Chromium with @runwire/browser, workerd, Bun and Deno with @runwire/edge or
// @runwire/node): no Node API, no import, so any test bundles it and passes its own package's
// client.
//
// - `sendEveryVerb` makes each call of VERB_CASES against a recording server of the test's own
//   (verbs-recorder.ts), which answers as the LangGraph server would and asserts on the wire
//   (method, path, body bytes, content type and length); what each call resolved to is returned.
// - `roundTripOnLangGraph` makes each verb do its work on the real LangGraph server (an assistant
//   PATCHed, a store item PUT, read back, searched and DELETEd by a body), so a body lost or
//   mangled on the way shows up as a wrong answer.

/** The verbs, as @runwire/core's `HttpMethod`. */
export type Verb = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The fields of an assistant the round trips read. */
export interface VerbsAssistant {
  readonly assistant_id: string;
  readonly version: number;
  readonly name: string;
  readonly metadata: Record<string, unknown>;
}

/** The fields of a store item the round trips read. */
export interface VerbsItem {
  readonly key: string;
  readonly value: Record<string, unknown>;
}

/**
 * The part of a runwire client the verbs are sent through, structurally: every runtime package's
 * `Client` is one (tsc checks each test's client against it). No import of `@runwire/core`'s
 * `Client`: this tool depends on no runwire package, and each test passes its own package's.
 */
export interface VerbsClient {
  readonly assistants: {
    create(payload: {
      graphId: string;
      name?: string;
      metadata?: Record<string, unknown>;
    }): Promise<VerbsAssistant>;
    get(assistantId: string): Promise<VerbsAssistant>;
    update(
      assistantId: string,
      payload?: { name?: string; metadata?: Record<string, unknown> },
    ): Promise<VerbsAssistant>;
    search(query?: {
      metadata?: Record<string, unknown>;
      limit?: number;
    }): Promise<VerbsAssistant[]>;
    delete(assistantId: string): Promise<void>;
  };
  readonly store: {
    putItem(
      namespace: readonly string[],
      key: string,
      value: Record<string, unknown>,
    ): Promise<void>;
    getItem(namespace: readonly string[], key: string): Promise<VerbsItem | null>;
    searchItems(
      namespacePrefix: readonly string[],
      options?: { limit?: number },
    ): Promise<{ items: VerbsItem[] }>;
    deleteItem(namespace: readonly string[], key: string): Promise<void>;
  };
}

// Multi-byte characters (2, 3 and 4 bytes), so that a length counted in characters shows.
const NOTE = "été ✓ 🌊";

/** The note the calls send, as it must arrive and come back. */
export const ROUND_TRIP_NOTE = NOTE;

/** Where the recording server takes the calls: the recorder client's `apiUrl` is below it. */
export const RECORDER_PATH = "/verbs";

/** What a call resolved to when it resolved with nothing (JSON has no `undefined`). */
export const NOTHING = "(nothing)";

/** One call of {@link sendEveryVerb}: what the client sends, how the server answers, and the result. */
export interface VerbCase {
  /** The client method, e.g. `store.putItem`. */
  readonly call: string;
  readonly send: (client: VerbsClient) => Promise<unknown>;
  /** The request as it must arrive: method, path and query below `RECORDER_PATH`. */
  readonly method: Verb;
  readonly path: string;
  /** The JSON body, whose `JSON.stringify` text must arrive byte for byte; none: `undefined`. */
  readonly body: unknown;
  /** How the LangGraph server (JS, 1.5.1) answers it: the status and the JSON body, if any. */
  readonly answer: { readonly status: number; readonly json?: unknown };
  /** What the client's method resolves to, given that answer ({@link NOTHING} for `undefined`). */
  readonly resolves: unknown;
}

const ASSISTANT_ID = "5e1f3a9c-2b7d-4c61-9e08-7a3b2c1d0e4f";
const NAMESPACE = ["verbs", "u1"];
const STAMP = "2026-12-04T17:45:41.766Z";
const ASSISTANT = {
  assistant_id: ASSISTANT_ID,
  graph_id: "echo",
  config: {},
  context: {},
  created_at: STAMP,
  updated_at: STAMP,
  metadata: { note: NOTE },
  version: 2,
  name: "verbs ✓",
  description: null,
};
const ITEM = { namespace: NAMESPACE, key: "k", value: { note: NOTE } };
const WIRE_ITEM = { ...ITEM, created_at: STAMP, updated_at: STAMP };
// The client adds the SDK's camelCase names of the timestamps to each item it reads.
const CLIENT_ITEM = { ...WIRE_ITEM, createdAt: STAMP, updatedAt: STAMP };

/** What {@link sendEveryVerb} calls, in order. */
export const VERB_CASES: readonly VerbCase[] = [
  {
    call: "assistants.get",
    send: (client) => client.assistants.get(ASSISTANT_ID),
    method: "GET",
    path: `/assistants/${ASSISTANT_ID}`,
    body: undefined,
    answer: { status: 200, json: ASSISTANT },
    resolves: ASSISTANT,
  },
  {
    call: "assistants.search",
    send: (client) => client.assistants.search({ metadata: { note: NOTE }, limit: 5 }),
    method: "POST",
    path: "/assistants/search",
    // The defaults both official SDKs send come first (PLATFORM_SPEC, Appendix A.1).
    body: { limit: 5, offset: 0, metadata: { note: NOTE } },
    answer: { status: 200, json: [ASSISTANT] },
    resolves: [ASSISTANT],
  },
  {
    call: "assistants.update",
    send: (client) => client.assistants.update(ASSISTANT_ID, { metadata: { note: NOTE } }),
    method: "PATCH",
    path: `/assistants/${ASSISTANT_ID}`,
    body: { metadata: { note: NOTE } },
    answer: { status: 200, json: ASSISTANT },
    resolves: ASSISTANT,
  },
  {
    call: "assistants.delete",
    send: (client) => client.assistants.delete(ASSISTANT_ID),
    method: "DELETE",
    path: `/assistants/${ASSISTANT_ID}`,
    body: undefined,
    // The JS server names the deleted assistant; the client resolves with nothing all the same.
    answer: { status: 200, json: [ASSISTANT_ID] },
    resolves: NOTHING,
  },
  {
    call: "store.putItem",
    send: (client) => client.store.putItem(NAMESPACE, "k", { note: NOTE }),
    method: "PUT",
    path: "/store/items",
    body: ITEM,
    answer: { status: 204 },
    resolves: NOTHING,
  },
  {
    call: "store.getItem",
    send: (client) => client.store.getItem(NAMESPACE, "k"),
    method: "GET",
    path: `/store/items?namespace=${NAMESPACE.join(".")}&key=k`,
    body: undefined,
    answer: { status: 200, json: WIRE_ITEM },
    resolves: CLIENT_ITEM,
  },
  {
    call: "store.searchItems",
    send: (client) => client.store.searchItems(["verbs"], { limit: 5 }),
    method: "POST",
    path: "/store/items/search",
    body: { namespace_prefix: ["verbs"], limit: 5, offset: 0 },
    answer: { status: 200, json: { items: [WIRE_ITEM] } },
    resolves: { items: [CLIENT_ITEM] },
  },
  {
    call: "store.deleteItem",
    send: (client) => client.store.deleteItem(NAMESPACE, "k"),
    method: "DELETE",
    path: "/store/items",
    body: { namespace: NAMESPACE, key: "k" },
    answer: { status: 204 },
    resolves: NOTHING,
  },
];

/** What one call of {@link sendEveryVerb} resolved to, or the error it failed with. */
export type VerbOutcome =
  | { readonly call: string; readonly resolved: unknown }
  | { readonly call: string; readonly error: string };

/**
 * Makes every {@link VERB_CASES} call with `client` (whose `apiUrl` is the recording server's URL
 * and `RECORDER_PATH`). A failing call is reported, not thrown, so that the wire of every call can
 * still be checked.
 */
export async function sendEveryVerb(client: VerbsClient): Promise<VerbOutcome[]> {
  const outcomes: VerbOutcome[] = [];
  for (const { call, send } of VERB_CASES) {
    try {
      const resolved = await send(client);
      outcomes.push({ call, resolved: resolved === undefined ? NOTHING : resolved });
    } catch (error) {
      outcomes.push({ call, error: String(error) });
    }
  }
  return outcomes;
}

/**
 * What each verb did on the LangGraph server; a step that fails throws. This run's own tag in
 * the assistant's metadata reads `THIS_RUN`, so the answers can be compared with constants.
 */
export interface LangGraphRoundTrip {
  /** The assistant's version as created (POST), updated (PATCH) and read back (GET). */
  readonly versions: readonly number[];
  /** Name and metadata as the PATCH answered them (its metadata merged into the old). */
  readonly updated: { readonly name: string; readonly metadata: unknown };
  /** The same, as a GET read them back. */
  readonly readBack: { readonly name: string; readonly metadata: unknown };
  /** The assistants a (read-only) POST search by this run's tag found. */
  readonly searchFound: readonly string[];
  /** The item's value as a GET read it back after the PUT (204). */
  readonly putReadBack: unknown;
  /** The keys a (read-only) POST search found in the item's namespace. */
  readonly searchedKeys: readonly string[];
  /** What a GET finds after the store's DELETE (204), whose body names the item: `null`. */
  readonly deletedReadBack: unknown;
  /** The error a GET for the assistant fails with after its DELETE (no body). */
  readonly deletedAssistantGet: string;
}

/** How this run's tag reads in {@link LangGraphRoundTrip}. */
export const THIS_RUN = "(this run)";

/** The name the PATCH gives the assistant. */
export const ROUND_TRIP_NAME = "verbs ✓";

/** Makes each verb do its work on the LangGraph server `client` talks to. */
export async function roundTripOnLangGraph(client: VerbsClient): Promise<LangGraphRoundTrip> {
  // A tag and a namespace of this run's own, so that runs and runtimes never see each other's.
  const run = crypto.randomUUID();
  const masked = ({ name, metadata }: VerbsAssistant) => ({
    name,
    metadata: Object.fromEntries(
      Object.entries(metadata).map(([key, value]) => [key, value === run ? THIS_RUN : value]),
    ),
  });

  const created = await client.assistants.create({
    graphId: "echo",
    name: "verbs",
    metadata: { verbs_run: run, note: "before" },
  });
  const id = created.assistant_id;
  const updated = await client.assistants.update(id, {
    name: ROUND_TRIP_NAME,
    metadata: { note: NOTE },
  });
  const readBack = await client.assistants.get(id);
  const found = await client.assistants.search({ metadata: { verbs_run: run } });

  const namespace = ["verbs", run];
  await client.store.putItem(namespace, "k", { note: NOTE });
  const item = await client.store.getItem(namespace, "k");
  const searched = await client.store.searchItems(namespace);
  await client.store.deleteItem(namespace, "k");
  const deletedReadBack = await client.store.getItem(namespace, "k");

  await client.assistants.delete(id);
  let deletedAssistantGet = "(found)";
  try {
    await client.assistants.get(id);
  } catch (error) {
    deletedAssistantGet = (error as Error).name;
  }
  return {
    versions: [created.version, updated.version, readBack.version],
    updated: masked(updated),
    readBack: masked(readBack),
    searchFound: found.map((a) => (a.assistant_id === id ? "(the assistant)" : a.assistant_id)),
    putReadBack: item?.value,
    searchedKeys: searched.items.map((i) => i.key),
    deletedReadBack,
    deletedAssistantGet,
  };
}
