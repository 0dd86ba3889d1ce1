// An app that uses one resource ships that resource, not the others: `createRunsClient`,
// `createAssistantsClient`, `createThreadsClient`, `createCronsClient` and `createStoreClient` each live in a file that
// imports only their resource, and `ClientBase` alone carries the static block (a side effect to a bundler, which
// keeps the class it is on). Checked twice with esbuild, the bundler the bench measures with:
// - from the BUILT packages (dist/, one file per package, so only statement-level tree-shaking
//   applies, as in an app): the bundle's text holds no other resource's classes or endpoints;
// - from the sources: the metafile names no other resource's module.
// turbo builds this package and its dependencies before this test (packages/edge/turbo.json).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runwireFromSource } from "@runwire/runtime-smoke/runwire-from-source";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const HERE = fileURLToPath(new URL(".", import.meta.url));
// The metafile names inputs relative to this: `core/src/client.ts`, `edge/src/config.ts`.
const PACKAGES = fileURLToPath(new URL("../../", import.meta.url));

/** What each client's entry does with it: a runs stream, an assistants read, a cron, a store or threads read. */
const USES = {
  createRunsClient: `for await (const part of client.runs.stream(null, "agent", { input: {} })) void part;`,
  createAssistantsClient: `await client.assistants.get("agent");`,
  createCronsClient: `await client.crons.create("agent", { schedule: "0 9 * * *", streamMode: "values" });`,
  createStoreClient: `await client.store.getItem(["users"], "prefs");`,
  createThreadsClient: `await client.threads.get("t1");`,
} as const;
type OneResourceFactory = keyof typeof USES;

/** An entry that makes a client with `factory`, uses it, and reports what the client has. */
const entry = (from: string, factory: OneResourceFactory) => `
  import { ${factory} } from ${JSON.stringify(from)};
  export async function use(apiUrl) {
    const client = ${factory}({ apiUrl, apiKey: null });
    ${USES[factory]}
  }
  export function members() {
    const client = ${factory}({ apiUrl: "http://127.0.0.1:1", apiKey: null });
    return Object.keys(client);
  }`;

/** esbuild's ESM bundle of `contents` for an edge runtime, not minified. */
async function bundle(contents: string, fromSource: boolean) {
  return build({
    stdin: { contents, resolveDir: HERE, loader: "js" },
    absWorkingDir: PACKAGES,
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    conditions: ["worker"],
    target: "es2022",
    metafile: true,
    logLevel: "silent",
    plugins: fromSource ? [runwireFromSource()] : [],
  });
}

async function bundleDist(factory: OneResourceFactory): Promise<string> {
  if (!existsSync(DIST)) {
    throw new Error(`${DIST} is missing: build @runwire/edge first (pnpm turbo run build)`);
  }
  const result = await bundle(entry(DIST, factory), false);
  return result.outputFiles[0]?.text ?? "";
}

/** The source modules that put code in the bundle, as `core/src/client.ts`. */
async function sourceModules(factory: OneResourceFactory): Promise<string[]> {
  const result = await bundle(entry("@runwire/edge", factory), true);
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

// Markers of each resource in a bundle's text: its client class and its endpoint descriptors.
const RUNS = [/\bRunsClient = class\b/, /\bRUNS_ENDPOINTS\b/, /expected at least one stream mode/];
const ASSISTANTS = [/\bAssistantsClient = class\b/, /\bASSISTANTS_ENDPOINTS\b/];
const STORE = [/\bStoreClient = class\b/, /\bSTORE_ENDPOINTS\b/];
const CRONS = [/\bCronsClient = class\b/, /\bCRONS_ENDPOINTS\b/];
const THREADS = [/\bThreadsClient = class\b/, /\bTHREADS_ENDPOINTS\b/];
// Crons' options take the runs options' stream mode check: its message is not a runs marker there.
const RUNS_CODE = RUNS.slice(0, 2);
// The all-resources client: core's `Client` and the edge one that extends it.
const WHOLE_CLIENT = /\bClient\d* = class\b/;

// Source modules of each resource (the client and its endpoints, options and records).
const RUNS_MODULES = ["core/src/runs/", "types/src/runs/"];
const ASSISTANTS_MODULES = ["core/src/assistants", "types/src/assistants/"];
const STORE_MODULES = ["core/src/store", "types/src/store/"];
const CRONS_MODULES = ["core/src/crons", "types/src/crons/"];
const THREADS_MODULES = ["core/src/threads", "types/src/threads/"];
const WHOLE_CLIENT_MODULES = ["core/src/client.ts", "edge/src/client.ts"];

const CASES: readonly {
  factory: OneResourceFactory;
  member: string;
  own: readonly RegExp[];
  others: readonly RegExp[];
  ownModules: readonly string[];
  otherModules: readonly string[];
}[] = [
  {
    factory: "createRunsClient",
    member: "runs",
    own: RUNS,
    others: [...ASSISTANTS, ...CRONS, ...STORE, ...THREADS],
    ownModules: [
      "core/src/runs-only-client.ts",
      "core/src/runs/runs-client.ts",
      "types/src/runs/endpoints.ts",
    ],
    otherModules: [...ASSISTANTS_MODULES, ...CRONS_MODULES, ...STORE_MODULES, ...THREADS_MODULES],
  },
  {
    factory: "createAssistantsClient",
    member: "assistants",
    own: ASSISTANTS,
    others: [...RUNS, ...CRONS, ...STORE, ...THREADS],
    ownModules: [
      "core/src/assistants-only-client.ts",
      "core/src/assistants/assistants-client.ts",
      "types/src/assistants/endpoints.ts",
    ],
    otherModules: [
      ...RUNS_MODULES,
      ...CRONS_MODULES,
      ...STORE_MODULES,
      ...THREADS_MODULES,
      "core/src/runs-only-client.ts",
    ],
  },
  {
    factory: "createCronsClient",
    member: "crons",
    own: CRONS,
    others: [...RUNS_CODE, ...ASSISTANTS, ...STORE, ...THREADS],
    ownModules: [
      "core/src/crons-only-client.ts",
      "core/src/crons/crons-client.ts",
      "types/src/crons/endpoints.ts",
    ],
    otherModules: [
      ...RUNS_MODULES,
      ...ASSISTANTS_MODULES,
      ...STORE_MODULES,
      ...THREADS_MODULES,
      "core/src/runs-only-client.ts",
    ],
  },
  {
    factory: "createStoreClient",
    member: "store",
    own: STORE,
    others: [...RUNS, ...ASSISTANTS, ...CRONS, ...THREADS],
    ownModules: [
      "core/src/store-only-client.ts",
      "core/src/store/store-client.ts",
      "types/src/store/endpoints.ts",
    ],
    otherModules: [
      ...RUNS_MODULES,
      ...ASSISTANTS_MODULES,
      ...CRONS_MODULES,
      ...THREADS_MODULES,
      "core/src/runs-only-client.ts",
    ],
  },
  {
    factory: "createThreadsClient",
    member: "threads",
    own: THREADS,
    others: [...RUNS_CODE, ...ASSISTANTS, ...CRONS, ...STORE],
    ownModules: [
      "core/src/threads-only-client.ts",
      "core/src/threads/threads-client.ts",
      "types/src/threads/endpoints.ts",
    ],
    otherModules: [
      ...RUNS_MODULES,
      ...ASSISTANTS_MODULES,
      ...CRONS_MODULES,
      ...STORE_MODULES,
      "core/src/runs-only-client.ts",
    ],
  },
];

describe("a bundle of one resource's client holds no other resource", () => {
  for (const { factory, member, own, others, ownModules, otherModules } of CASES) {
    it(`${factory}, from the built packages: no other resource, no Client`, async () => {
      const code = await bundleDist(factory);
      for (const marker of others) expect(code).not.toMatch(marker);
      expect(code).not.toMatch(WHOLE_CLIENT);
      // The probe is real: the resource is there, and the client has it and nothing else.
      for (const marker of own) expect(code).toMatch(marker);
      const loaded = await import(
        `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`
      );
      expect(loaded.members()).toEqual([member]);
    });

    it(`${factory}, from the sources: the metafile names no other resource's module`, async () => {
      const modules = await sourceModules(factory);
      for (const path of [...otherModules, ...WHOLE_CLIENT_MODULES]) {
        expect(
          modules.filter((module) => module.startsWith(path)),
          `modules under ${path}`,
        ).toEqual([]);
      }
      for (const path of [...ownModules, "core/src/client-base.ts"]) {
        expect(modules).toContain(path);
      }
    });
  }

  it("createClient, from the built packages, holds every resource (the markers are real)", async () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} is missing: build @runwire/edge first`);
    const result = await bundle(
      `import { createClient } from ${JSON.stringify(DIST)};
       export const client = () => createClient({ apiUrl: "http://127.0.0.1:1", apiKey: null });`,
      false,
    );
    const code = result.outputFiles[0]?.text ?? "";
    for (const marker of [...RUNS, ...ASSISTANTS, ...CRONS, ...STORE, WHOLE_CLIENT]) {
      expect(code).toMatch(marker);
    }
  });
});
