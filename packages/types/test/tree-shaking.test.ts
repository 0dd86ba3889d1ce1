// An app importing one schema from the BUILT @runwire/types ships that schema, not all of them:
// every schema constant is a `#__PURE__` call (src/schema-kit.ts), which esbuild (the bundler the
// bench measures with) drops when unused. The build is the package's own `dist/`, so what tsup
// prints is what is checked (turbo builds it before this test; see turbo.json).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const RUNTIME = fileURLToPath(new URL("../dist/runtime.js", import.meta.url));

// Text found only in the definitions of the big schemas: option messages, shape keys and names.
const RUNS_OPTIONS_TEXT = [
  "expected at least one stream mode",
  "config is sent to the server as it is",
  "feedbackKeys",
  "RunsStreamOptionsSchema",
  "RunsCreateBatchItemSchema",
];
const OTHER_SCHEMAS_TEXT = [
  "checkpoint_map",
  "langsmith",
  "messages/partial",
  "on_tool_start",
  "StreamPartV2Schema",
  "CommandSchema",
  "RunSchema",
];

// Text found only in the assistants and store definitions: endpoint ids, paths, option messages
// and schema names.
const ASSISTANTS_STORE_TEXT = [
  "assistants.search",
  "/assistants/{assistantId}/subgraphs",
  "AssistantsSearchOptionsSchema",
  "AssistantsSearchOptionsCheck",
  "AssistantGraphSchema",
  "AssistantSchema",
  "store.putItem",
  "/store/items/search",
  "expected a non-empty namespace label",
  "StorePutItemOptionsSchema",
  "StorePutItemOptionsCheck",
];
// Text found only in the threads definitions.
const THREADS_TEXT = [
  "threads.getHistory",
  "/threads/{threadId}/state/checkpoint",
  "ThreadsSearchOptionsSchema",
  "ThreadsSearchOptionsCheck",
  "ThreadStateSchema",
  "ThreadSuperstepUpdateSchema",
];
// The runs options text an assistants bundle must not hold. ("config is sent to the server as it
// is" is left out: assistants.create and update check `config` with the same schema.)
const RUNS_ONLY_OPTIONS_TEXT = RUNS_OPTIONS_TEXT.filter(
  (text) => text !== "config is sent to the server as it is",
);

/** esbuild's ESM bundle of `entry` (zod included, as an app ships it), not minified. */
async function bundle(entry: string): Promise<string> {
  return (await bundleWithInputs(entry)).code;
}

/** {@link bundle}, with the files the bundle was made from. */
async function bundleWithInputs(entry: string): Promise<{ code: string; inputs: string[] }> {
  if (!existsSync(DIST)) {
    throw new Error(`${DIST} is missing: build @runwire/types first (pnpm turbo run build)`);
  }
  const result = await build({
    stdin: { contents: entry, resolveDir: fileURLToPath(new URL(".", import.meta.url)) },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
    metafile: true,
  });
  return {
    code: result.outputFiles[0]?.text ?? "",
    inputs: Object.keys(result.metafile?.inputs ?? {}),
  };
}

describe("tree-shaking the built @runwire/types with esbuild", () => {
  it("an entry importing RunStatusSchema ships it and no other schema", async () => {
    const code = await bundle(`
      import { RunStatusSchema } from ${JSON.stringify(DIST)};
      export const ok = RunStatusSchema.safeParse("interrupted").success;
      export const refused = RunStatusSchema.safeParse("paused").success;
    `);
    for (const text of [...RUNS_OPTIONS_TEXT, ...OTHER_SCHEMAS_TEXT]) {
      expect(code, `the bundle holds "${text}"`).not.toContain(text);
    }
    // The schema it did import is there and works.
    const loaded = await import(
      `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
    );
    expect({ ok: loaded.ok, refused: loaded.refused }).toEqual({ ok: true, refused: false });
  });

  it("an entry importing RunsStreamOptionsSchema ships the runs options text (the probe is real)", async () => {
    const code = await bundle(`
      import { RunsStreamOptionsSchema } from ${JSON.stringify(DIST)};
      export const schema = RunsStreamOptionsSchema;
    `);
    for (const text of RUNS_OPTIONS_TEXT.filter((t) => t !== "RunsCreateBatchItemSchema")) {
      expect(code).toContain(text);
    }
    expect(code).not.toContain("RunsCreateBatchItemSchema");
    expect(code).not.toContain("StreamPartV2Schema");
  });

  it("an entry importing RUNS_ENDPOINTS ships no assistants or store schema", async () => {
    const code = await bundle(`
      import { RUNS_ENDPOINTS, encodeEndpoint } from ${JSON.stringify(DIST)};
      export const query = encodeEndpoint(RUNS_ENDPOINTS.list, { threadId: "t1", limit: 5 }).query;
    `);
    for (const text of [...ASSISTANTS_STORE_TEXT, ...THREADS_TEXT]) {
      expect(code, `the bundle holds "${text}"`).not.toContain(text);
    }
    // The probe is real: the runs endpoints and their options are there, and they work.
    expect(code).toContain("expected at least one stream mode");
    const loaded = await import(
      `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
    );
    expect(loaded.query).toEqual({ limit: 5, offset: 0 });
  });

  it("an entry importing ASSISTANTS_ENDPOINTS ships no runs options or store schema", async () => {
    const code = await bundle(`
      import { ASSISTANTS_ENDPOINTS, encodeEndpoint } from ${JSON.stringify(DIST)};
      export const body = encodeEndpoint(ASSISTANTS_ENDPOINTS.search, { graphId: "agent" }).body;
    `);
    for (const text of [
      ...RUNS_ONLY_OPTIONS_TEXT,
      ...THREADS_TEXT,
      "StreamPartV2Schema",
      "RUNS_ENDPOINTS",
    ]) {
      expect(code, `the bundle holds "${text}"`).not.toContain(text);
    }
    for (const text of ASSISTANTS_STORE_TEXT.filter((t) => /store|namespace/i.test(t))) {
      expect(code, `the bundle holds "${text}"`).not.toContain(text);
    }
    expect(code).toContain("AssistantsSearchOptionsCheck");
    const loaded = await import(
      `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
    );
    expect(loaded.body).toEqual({ limit: 10, offset: 0, graph_id: "agent" });
  });

  it("an entry importing THREADS_ENDPOINTS ships no runs options, assistants or store schema", async () => {
    const code = await bundle(`
      import { THREADS_ENDPOINTS, encodeEndpoint } from ${JSON.stringify(DIST)};
      export const update = encodeEndpoint(THREADS_ENDPOINTS.update, { threadId: "t1", ttl: 5 });
      export const state = encodeEndpoint(THREADS_ENDPOINTS.updateState, { threadId: "t1" });
    `);
    for (const text of [...RUNS_ONLY_OPTIONS_TEXT, ...ASSISTANTS_STORE_TEXT, "RUNS_ENDPOINTS"]) {
      expect(code, `the bundle holds "${text}"`).not.toContain(text);
    }
    expect(code).toContain("ThreadsSearchOptionsCheck");
    const loaded = await import(
      `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
    );
    expect(loaded.update.body).toEqual({ metadata: {}, ttl: { ttl: 5, strategy: "delete" } });
    expect(loaded.state.body).toEqual({ values: null });
  });

  it("@runwire/types/runtime (what @runwire/core imports) holds no zod: every descriptor, no schema", async () => {
    const { code, inputs } = await bundleWithInputs(`
      import { ASSISTANTS_ENDPOINTS, CRONS_ENDPOINTS, RUNS_ENDPOINTS, STORE_ENDPOINTS, THREADS_ENDPOINTS, THREAD_STREAM_ENDPOINT, StreamPartV2Check, checkOptions, encodeEndpoint } from ${JSON.stringify(RUNTIME)};
      export const all = [ASSISTANTS_ENDPOINTS, CRONS_ENDPOINTS, RUNS_ENDPOINTS, STORE_ENDPOINTS, THREADS_ENDPOINTS, THREAD_STREAM_ENDPOINT];
      export const query = encodeEndpoint(RUNS_ENDPOINTS.list, { threadId: "t1", limit: 5 }).query;
      export const refused = checkOptions(RUNS_ENDPOINTS.stream.threaded.options, { stream_mode: "values" }, "runs.stream");
      export const part = StreamPartV2Check.safeParse({ type: "values", ns: [], data: {}, interrupts: [] }).success;
    `);
    expect(inputs.filter((input) => input.includes("zod"))).toEqual([]);
    expect(code).not.toMatch(/from ["']zod/);
    const loaded = await import(
      `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
    );
    expect(loaded.query).toEqual({ limit: 5, offset: 0 });
    expect(loaded.refused.issue.message).toBe(
      'runs.stream: unknown option "stream_mode" (options are camelCase: did you mean "streamMode"?)',
    );
    expect(loaded.part).toBe(true);
  });
});
