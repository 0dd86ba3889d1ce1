import { describe, expect, it } from "vitest";
import {
  ASSISTANTS_ENDPOINTS,
  CRONS_ENDPOINTS,
  type EndpointDescriptor,
  encodeEndpoint,
  endpointLayout,
  pathParameters,
  REQUEST_OPTION_KEYS,
  RUNS_ENDPOINTS,
  RunSchema,
  STORE_ENDPOINTS,
  schemaKeys,
  selectedFields,
  THREADS_ENDPOINTS,
  toOptionName,
  toWireKey,
} from "../src";
import { RunCheck } from "../src/generated/checks";
// Not exported from the index yet: the lead wires the thread stream in with `client.threads`.
import { THREAD_STREAM_ENDPOINT } from "../src/threads/stream-endpoint";

// Every endpoint descriptor, checked for what the call pipeline relies on: each argument and
// option lands in exactly one place, every wire key is derived and unique, and nothing is placed
// that no schema declares. Add each resource's endpoints here.
const RESOURCES: Record<string, Record<string, unknown>> = {
  runs: RUNS_ENDPOINTS,
  assistants: ASSISTANTS_ENDPOINTS,
  threads: THREADS_ENDPOINTS,
  crons: CRONS_ENDPOINTS,
  store: STORE_ENDPOINTS,
  threadStream: { joinStream: THREAD_STREAM_ENDPOINT },
};

function descriptors(): [string, EndpointDescriptor<unknown, unknown>][] {
  const found: [string, EndpointDescriptor<unknown, unknown>][] = [];
  for (const [resource, endpoints] of Object.entries(RESOURCES)) {
    for (const [name, value] of Object.entries(endpoints)) {
      const entry = value as Record<string, unknown>;
      if ("method" in entry) found.push([`${resource}.${name}`, entry as never]);
      else {
        for (const [variant, endpoint] of Object.entries(entry)) {
          found.push([`${resource}.${name} (${variant})`, endpoint as never]);
        }
      }
    }
  }
  return found;
}

describe.each(descriptors())("%s", (_name, endpoint) => {
  const layout = endpointLayout(endpoint);
  const declared = new Set([...Object.keys(endpoint.args ?? {}), ...schemaKeys(endpoint.options)]);

  it("places every argument and option exactly once", () => {
    const places = [layout.query, layout.headers, layout.local, layout.body];
    for (const key of declared) {
      if (REQUEST_OPTION_KEYS.includes(key)) continue;
      const count = places.filter((place) => place.includes(key)).length;
      expect(count + (layout.path.includes(key) ? 1 : 0), key).toBe(1);
    }
  });

  it("places nothing that no schema or path declares", () => {
    for (const key of [...layout.query, ...layout.headers, ...layout.local]) {
      expect(declared.has(key), key).toBe(true);
    }
    for (const key of Object.keys(endpoint.defaults ?? {})) {
      expect(declared.has(key), `default ${key}`).toBe(true);
    }
    for (const key of Object.keys(endpoint.encode ?? {})) {
      expect(declared.has(key), `encoder ${key}`).toBe(true);
    }
  });

  it("takes every per-call request option", () => {
    for (const key of REQUEST_OPTION_KEYS) expect(schemaKeys(endpoint.options)).toContain(key);
  });

  it("derives unique snake_case wire keys that map back to their options", () => {
    const wire = [...layout.query, ...layout.body].map(toWireKey);
    expect(new Set(wire).size).toBe(wire.length);
    for (const key of [...layout.query, ...layout.body]) {
      expect(toWireKey(key)).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(toOptionName(toWireKey(key))).toBe(key);
    }
  });

  it("sends no body with GET, and names a real path", () => {
    if (endpoint.method === "GET") expect(layout.body).toEqual([]);
    expect(endpoint.path.startsWith("/")).toBe(true);
    expect(pathParameters(endpoint.path).every((name) => /^[a-z][A-Za-z]*$/.test(name))).toBe(true);
  });
});

describe("encodeEndpoint: values the threads endpoints compute", () => {
  it("a nullable key sends null when given null or left to a null default; others leave null out", () => {
    const { updateState, update } = THREADS_ENDPOINTS;
    expect(encodeEndpoint(updateState, { threadId: "t" }).body).toEqual({ values: null });
    expect(encodeEndpoint(updateState, { values: null, asNode: null }).body).toEqual({
      values: null,
    });
    expect(encodeEndpoint(update, { metadata: null, ttl: null }).body).toEqual({ metadata: {} });
  });

  it("include joins into one query value; [] leaves it out; supersteps and ttl take wire form", () => {
    const { get, create } = THREADS_ENDPOINTS;
    expect(encodeEndpoint(get, { include: ["ttl", "x"] }).query).toEqual({ include: "ttl,x" });
    expect(encodeEndpoint(get, { include: [] }).query).toEqual({});
    const body = encodeEndpoint(create, {
      graphId: "g",
      ttl: 3,
      supersteps: [{ updates: [{ asNode: "n", command: null }] }],
    }).body;
    expect(body).toEqual({
      supersteps: [{ updates: [{ values: null, as_node: "n" }] }],
      ttl: { ttl: 3, strategy: "delete" },
    });
  });
});

describe("wire keys", () => {
  it("are snake_case of the option, with the API's one exception", () => {
    expect(toWireKey("streamResumable")).toBe("stream_resumable");
    expect(toWireKey("ifNotExists")).toBe("if_not_exists");
    expect(toWireKey("langsmithTracing")).toBe("langsmith_tracer");
    expect(toOptionName("langsmith_tracer")).toBe("langsmithTracing");
    expect(toOptionName("max_depth")).toBe("maxDepth");
  });
});

describe("selectedFields (the answer to a select)", () => {
  const partialRun = selectedFields(RunSchema);

  it("accepts a record with only some keys, each of the right type, and keeps the others", () => {
    expect(partialRun.safeParse({ run_id: "r1", status: "success" }).success).toBe(true);
    expect(partialRun.safeParse({ run_id: "r1", extra: [1] }).success).toBe(true);
    expect(partialRun.safeParse({}).success).toBe(true);
  });

  it("keeps a key the record inherits the name of (constructor, toString), unchecked", () => {
    // The shape is an object: its inherited `constructor` is not a field's check.
    expect(partialRun.safeParse({ run_id: "r1", constructor: 1, toString: "x" }).success).toBe(
      true,
    );
    expect(selectedFields(RunCheck).safeParse({ constructor: 1 }).success).toBe(true);
  });

  it("refuses a selected key of the wrong type, naming it, and anything but an object", () => {
    const wrong = partialRun.safeParse({ run_id: "r1", created_at: 5 });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]).toMatchObject({ path: ["created_at"] });
    expect(partialRun.safeParse(null).success).toBe(false);
    expect(partialRun.safeParse([{ run_id: "r1" }]).success).toBe(false);
  });
});
