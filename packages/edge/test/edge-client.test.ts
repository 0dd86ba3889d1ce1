// The edge client's own part: the fetch it sends with (the platform's or the caller's) and the
// options it takes. Runs in Node; the runtimes themselves are in workerd/runtimes.test.ts.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  Client,
  createClient,
  type EdgeFetch,
  NotFoundError,
  RunwireValidationError,
} from "../src/index";

const RUN = {
  run_id: "1ef4a3a1-0000-4000-8000-000000000001",
  thread_id: "1ef4a3a1-0000-4000-8000-000000000002",
  assistant_id: "agent",
  status: "pending",
};

function recordingFetch(respond: () => Response = () => Response.json(RUN)) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: EdgeFetch = async (url, init) => {
    calls.push({ url, init });
    return respond();
  };
  return { fetch, calls };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("@runwire/edge createClient", () => {
  it("sends with the fetch it is given: URL, method, headers, body, no redirect following", async () => {
    const { fetch, calls } = recordingFetch();
    const client = createClient({ apiUrl: "http://lg.test/api", apiKey: "k", fetch });
    await client.runs.create("t-1", "agent", { input: { topic: "tides" } });
    expect(calls).toHaveLength(1);
    const [{ url, init }] = calls as [(typeof calls)[number]];
    expect(url).toBe("http://lg.test/api/threads/t-1/runs");
    expect(init.method).toBe("POST");
    expect(init.redirect).toBe("manual");
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(new Headers(init.headers).get("x-api-key")).toBe("k");
    expect(JSON.parse(String(init.body))).toMatchObject({ assistant_id: "agent" });
  });

  it("leaves `body` out of a request without one", async () => {
    const { fetch, calls } = recordingFetch();
    await createClient({ apiUrl: "http://lg.test", apiKey: null, fetch }).runs.get(
      "t-1",
      RUN.run_id,
    );
    expect(calls[0]?.init.method).toBe("GET");
    expect(calls[0] && "body" in calls[0].init).toBe(false);
  });

  it("accepts the platform's fetch as its type is (typeof fetch)", () => {
    expect(() => new Client({ apiKey: null, fetch: globalThis.fetch })).not.toThrow();
  });

  it("uses the platform fetch, looked up per request, when given none", async () => {
    const client = createClient({ apiUrl: "http://lg.test", apiKey: null });
    const { fetch, calls } = recordingFetch(() =>
      Response.json({ detail: "Thread not found" }, { status: 404 }),
    );
    vi.stubGlobal("fetch", fetch);
    await expect(client.runs.get("t-1", RUN.run_id)).rejects.toBeInstanceOf(NotFoundError);
    expect(calls).toHaveLength(1);
  });

  it("refuses a transport (the package's own is fetch) and a fetch that is no function", () => {
    // @ts-expect-error -- not an option of @runwire/edge
    expect(() => createClient({ transport: async () => ({}) })).toThrow(
      /unknown option "transport"/,
    );
    // @ts-expect-error -- not a function
    expect(() => createClient({ fetch: "fetch" })).toThrow(RunwireValidationError);
    // @ts-expect-error -- misspelt
    expect(() => createClient({ fetsh: fetch })).toThrow(/unknown option "fetsh"/);
  });
});
