// Every verb of the LangGraph API through a runwire transport, in whatever runtime runs this
// (Chromium with ky, workerd with fetch, …): no Node API, no import, so any test bundles it.
//
// - `sendEveryVerb` sends each verb, with and without a JSON body, to a recording server of the
//   test's own (verbs-recorder.ts), which then asserts on the wire (method, body bytes, content
//   type and length).
// - `roundTripOnLangGraph` makes each verb do its work on the real LangGraph server (a PATCHed
//   thread, a PUT store item read back, the store's DELETE with a body), so a body lost or
//   mangled on the way shows up as a wrong answer.

/** The verbs, as @runwire/core's `HttpMethod`. */
export type Verb = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a transport is given: @runwire/core's `TransportRequest`. */
export interface VerbRequest {
  readonly method: Verb;
  readonly url: string;
  readonly headers: Headers;
  readonly body: string | undefined;
  readonly signal: AbortSignal;
}

/** @runwire/core's `Transport`, structurally: any runwire transport is one. */
export type VerbTransport = (request: VerbRequest) => Promise<{
  readonly status: number;
  readonly body: ReadableStream<Uint8Array> | null;
}>;

/** One request of {@link sendEveryVerb}: `path` is below the recording server's URL. */
export interface VerbCase {
  readonly method: Verb;
  readonly path: string;
  readonly body: string | undefined;
}

// Multi-byte characters (2, 3 and 4 bytes), so that a length counted in characters shows.
const NOTE = "été ✓ 🌊";

/** What {@link sendEveryVerb} sends, in order. */
export const VERB_CASES: readonly VerbCase[] = [
  { method: "GET", path: "/verbs/get?key=k", body: undefined },
  { method: "POST", path: "/verbs/post", body: JSON.stringify({ namespace_prefix: ["docs"] }) },
  {
    method: "PUT",
    path: "/verbs/put",
    body: JSON.stringify({ namespace: ["docs", "u1"], key: "k", value: { note: NOTE } }),
  },
  { method: "PATCH", path: "/verbs/patch", body: JSON.stringify({ metadata: { note: NOTE } }) },
  {
    method: "DELETE",
    path: "/verbs/delete",
    body: JSON.stringify({ namespace: ["docs", "u1"], key: "k" }),
  },
  { method: "DELETE", path: "/verbs/delete-no-body", body: undefined },
];

/** Sends one request as core would: `content-type: application/json` with a body, none without. */
async function send(
  transport: VerbTransport,
  method: Verb,
  url: string,
  value?: unknown,
): Promise<{ status: number; text: string }> {
  const body =
    value === undefined ? undefined : typeof value === "string" ? value : JSON.stringify(value);
  const headers = new Headers({ accept: "application/json" });
  if (body !== undefined) headers.set("content-type", "application/json");
  const response = await transport({
    method,
    url,
    headers,
    body,
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, text: await new Response(response.body).text() };
}

/** Sends every {@link VERB_CASES} request to `baseUrl`; returns each answer's status. */
export async function sendEveryVerb(transport: VerbTransport, baseUrl: string): Promise<number[]> {
  const statuses: number[] = [];
  for (const { method, path, body } of VERB_CASES) {
    statuses.push((await send(transport, method, `${baseUrl}${path}`, body)).status);
  }
  return statuses;
}

/**
 * What each verb did on the LangGraph server. Every step's status was checked on the way (a
 * failing one throws, naming it); these are the answers to check.
 */
export interface LangGraphRoundTrip {
  /** The thread's metadata as the PATCH answered it, then as a GET read it back. */
  readonly patched: unknown;
  readonly patchedReadBack: unknown;
  /** The item's value as a GET read it back after the PUT (204). */
  readonly putReadBack: unknown;
  /** The keys a (read-only) POST search found in the item's namespace. */
  readonly searchedKeys: unknown;
  /** What a GET finds after the store's DELETE (204), whose body names the item: `null`. */
  readonly deletedReadBack: unknown;
  /** The status of a GET for the thread after a DELETE without a body (204): 404. */
  readonly deletedThreadStatus: number;
}

/** The note this round trip stores, as it must come back. */
export const ROUND_TRIP_NOTE = NOTE;

/** Makes each verb do its work on the LangGraph server at `apiUrl`; throws on a failed step. */
export async function roundTripOnLangGraph(
  transport: VerbTransport,
  apiUrl: string,
): Promise<LangGraphRoundTrip> {
  const call = async (method: Verb, path: string, value?: unknown, expected = 200) => {
    const answer = await send(transport, method, `${apiUrl}${path}`, value);
    if (answer.status !== expected) {
      throw new Error(`${method} ${path}: ${answer.status} ${answer.text.slice(0, 300)}`);
    }
    return answer.text === "" ? undefined : (JSON.parse(answer.text) as unknown);
  };
  const thread = (await call("POST", "/threads", { metadata: { note: "before" } })) as {
    thread_id: string;
  };
  const threadPath = `/threads/${thread.thread_id}`;
  const patched = (await call("PATCH", threadPath, { metadata: { note: NOTE } })) as {
    metadata: unknown;
  };
  const patchedReadBack = ((await call("GET", threadPath)) as { metadata: unknown }).metadata;

  // A namespace of this run's own, so that runs and runtimes never see each other's items.
  const namespace = ["verbs", thread.thread_id];
  const itemQuery = `/store/items?namespace=${namespace.join(".")}&key=k`;
  await call("PUT", "/store/items", { namespace, key: "k", value: { note: NOTE } }, 204);
  const putReadBack = ((await call("GET", itemQuery)) as { value: unknown }).value;
  const searched = (await call("POST", "/store/items/search", { namespace_prefix: namespace })) as {
    items: Array<{ key: string }>;
  };
  await call("DELETE", "/store/items", { namespace, key: "k" }, 204);
  const deletedReadBack = await call("GET", itemQuery);

  await call("DELETE", threadPath, undefined, 204);
  const deletedThread = await send(transport, "GET", `${apiUrl}${threadPath}`);
  return {
    patched: patched.metadata,
    patchedReadBack,
    putReadBack,
    searchedKeys: searched.items.map((item) => item.key),
    deletedReadBack,
    deletedThreadStatus: deletedThread.status,
  };
}
