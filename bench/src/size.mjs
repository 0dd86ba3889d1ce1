// Bundle size: min+gzip of esbuild bundles of runwire and of the official SDK, as an app would ship
// them, and what contributes most to the edge bundle (esbuild's metafile, bytes in the minified
// output). Runs only, two ways for runwire (`createRunsClient` + `runs.stream`, the one-resource
// client; `createClient` + `runs.stream`, whose constructor builds every resource), and the whole
// client (every method of every resource member: `runs`, `assistants`, `store`, … as they come).

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** Runs only: `factory` (`createClient` or `createRunsClient`) and one `runs.stream`. */
export const RUNWIRE_ENTRY = (pkg, factory = "createClient") => `
import { ${factory} } from "${pkg}";
export async function streamRun(apiUrl, onPart) {
  const client = ${factory}({ apiUrl });
  for await (const part of client.runs.stream(null, "agent", { input: {}, streamMode: ["messages-tuple"] })) onPart(part);
}`;
const RUNS_CLIENT_ENTRY = (pkg) => RUNWIRE_ENTRY(pkg, "createRunsClient");

const SDK_ENTRY = `
import { Client } from "@langchain/langgraph-sdk";
export async function streamRun(apiUrl, onPart) {
  const client = new Client({ apiUrl });
  for await (const part of client.runs.stream(null, "agent", { input: {}, streamMode: ["messages-tuple"] })) onPart(part);
}`;

/**
 * A client's resource members (`runs`, `assistants`, …), read from a live client: its properties
 * and getters named like a public member whose value has methods. A resource added to the client
 * is measured with no change here.
 */
function resourceMembers(client) {
  const prototype = Object.getPrototypeOf(client);
  const getters = Object.getOwnPropertyNames(prototype).filter(
    (name) => Object.getOwnPropertyDescriptor(prototype, name)?.get !== undefined,
  );
  return [...Object.keys(client), ...getters].filter((name) => {
    const value = /^[a-z]\w*$/i.test(name) ? client[name] : undefined;
    return typeof value === "object" && value !== null && hasMethods(value);
  });
}

const hasMethods = (value) =>
  Object.getOwnPropertyNames(Object.getPrototypeOf(value)).some((name) => name !== "constructor");

/** An entry naming each resource member and taking every method of each: nothing can be shaken off. */
const wholeClientEntry = (importLine, newClient, members) => `
${importLine}
export function touchClient(apiUrl) {
  const client = ${newClient};
  return [${members.map((member) => `client.${member}`).join(", ")}].flatMap((resource) =>
    Object.getOwnPropertyNames(Object.getPrototypeOf(resource)).map((name) => resource[name]),
  );
}`;

/** The bundles measured: a label, the entry source, the platform, and what is left out. */
export async function bundlesToMeasure() {
  // Clients that send nothing: only their members are read.
  const { createClient } = await import("@runwire/core");
  const { Client } = await import("@langchain/langgraph-sdk");
  const runwireResources = resourceMembers(createClient({ apiUrl: "http://127.0.0.1:1" }));
  const sdkResources = resourceMembers(new Client({ apiUrl: "http://127.0.0.1:1" }));
  const runwireWholeEntry = (pkg) =>
    wholeClientEntry(
      `import { createClient } from "${pkg}";`,
      "createClient({ apiUrl })",
      runwireResources,
    );
  return [
    {
      id: "edge-runs-client",
      label: "@runwire/edge, runs only: createRunsClient",
      entry: RUNS_CLIENT_ENTRY("@runwire/edge"),
      conditions: ["worker"],
    },
    {
      id: "edge",
      label: "@runwire/edge, runs only: createClient",
      entry: RUNWIRE_ENTRY("@runwire/edge"),
      conditions: ["worker"],
    },
    {
      id: "edge-whole",
      label: `@runwire/edge, whole client (${runwireResources.join(", ")})`,
      entry: runwireWholeEntry("@runwire/edge"),
      conditions: ["worker"],
    },
    {
      id: "node",
      label: "@runwire/node, runs only: createClient (undici external)",
      entry: RUNWIRE_ENTRY("@runwire/node"),
      platform: "node",
      external: ["undici", "undici/*"],
    },
    {
      id: "node-with-undici",
      label: "@runwire/node, runs only: createClient (undici bundled)",
      entry: RUNWIRE_ENTRY("@runwire/node"),
      platform: "node",
    },
    {
      id: "node-whole",
      label: `@runwire/node, whole client (${runwireResources.join(", ")}; undici external)`,
      entry: runwireWholeEntry("@runwire/node"),
      platform: "node",
      external: ["undici", "undici/*"],
    },
    {
      id: "browser-runs-client",
      label: "@runwire/browser, runs only: createRunsClient (ky counted)",
      entry: RUNS_CLIENT_ENTRY("@runwire/browser"),
    },
    {
      id: "browser",
      label: "@runwire/browser, runs only: createClient (ky counted)",
      entry: RUNWIRE_ENTRY("@runwire/browser"),
    },
    {
      id: "browser-no-ky",
      label: "@runwire/browser, runs only: createClient (ky not counted)",
      entry: RUNWIRE_ENTRY("@runwire/browser"),
      external: ["ky"],
    },
    {
      id: "browser-whole",
      label: `@runwire/browser, whole client (${runwireResources.join(", ")}; ky counted)`,
      entry: runwireWholeEntry("@runwire/browser"),
    },
    // The store and the React bindings have no client of their own to stream with: everything
    // each exports (`export *`), which no bundler can shake off.
    {
      id: "ui-whole",
      label: "@runwire/ui, the whole package (export *)",
      entry: 'export * from "@runwire/ui";',
    },
    {
      id: "react-whole",
      label: "@runwire/react, the whole package (export *; react external, ky counted)",
      entry: 'export * from "@runwire/react";',
      external: ["react", "react/*", "react-dom", "react-dom/*"],
    },
    { id: "sdk", label: "@langchain/langgraph-sdk 1.15.0", entry: SDK_ENTRY },
    {
      id: "sdk-whole",
      label: `@langchain/langgraph-sdk 1.15.0, whole client (${sdkResources.join(", ")})`,
      entry: wholeClientEntry(
        'import { Client } from "@langchain/langgraph-sdk";',
        "new Client({ apiUrl })",
        sdkResources,
      ),
    },
    // Diagnostic: how much of the edge bundle is zod (the schemas behind the option checks).
    {
      id: "edge-no-zod",
      label: "@runwire/edge, zod not counted (diagnostic)",
      entry: RUNWIRE_ENTRY("@runwire/edge"),
      conditions: ["worker"],
      external: ["zod", "zod/*"],
    },
  ];
}

/** Which package a metafile input belongs to: `zod`, `@runwire/types`, `undici`, … */
function packageOf(path) {
  const nm = path.lastIndexOf("node_modules/");
  if (nm !== -1) {
    const rest = path.slice(nm + "node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
  }
  const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(path);
  if (workspace) return `@runwire/${workspace[1]}`;
  return path;
}

export async function measure(bundle, resolveDir) {
  const result = await build({
    stdin: { contents: bundle.entry, resolveDir, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: bundle.platform ?? "browser",
    target: "es2022",
    conditions: bundle.conditions ?? [],
    external: bundle.external ?? [],
    metafile: true,
    logLevel: "silent",
    legalComments: "none",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const [output] = Object.values(result.metafile.outputs);
  const byPackage = new Map();
  const byFile = [];
  for (const [path, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const pkg = packageOf(path);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
    byFile.push({ path: path.replace(/^.*node_modules\//, ""), bytes: bytesInOutput });
  }
  return {
    id: bundle.id,
    label: bundle.label,
    minBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    packages: [...byPackage]
      .map(([name, bytes]) => ({ name, bytes }))
      .sort((a, b) => b.bytes - a.bytes),
    topFiles: byFile.sort((a, b) => b.bytes - a.bytes).slice(0, 10),
    includesKy: byPackage.has("ky"),
  };
}

/**
 * Resolves `@runwire/<name>` and its subpaths (`@runwire/core/internal`, …) to the TypeScript
 * source its export was built from (`./dist/x.js` → `src/x.ts`), read from the package's
 * `exports`; an export with no such source (generated at build time) resolves to its dist file.
 */
function workspaceSources(packages) {
  return {
    name: "runwire-workspace-sources",
    setup(build) {
      build.onResolve({ filter: /^@runwire\/[^/]+(\/.*)?$/ }, (args) => {
        const [, name = "", subpath = ""] = /^@runwire\/([^/]+)(\/.*)?$/.exec(args.path) ?? [];
        const manifest = join(packages, name, "package.json");
        if (!existsSync(manifest)) return undefined;
        const target = JSON.parse(readFileSync(manifest, "utf8")).exports?.[`.${subpath}`];
        const dist = typeof target === "string" ? target : target?.import?.default;
        if (typeof dist !== "string") return undefined;
        const source = join(
          packages,
          name,
          dist.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts"),
        );
        return existsSync(source) ? { path: source } : undefined;
      });
    },
  };
}

/**
 * The smallest runs bundle (`@runwire/edge`'s `createRunsClient` + `runs.stream`) rebuilt from the
 * workspace TypeScript sources instead of the single-file dists, so the metafile can say which
 * source module contributes what. Sizes differ a little from the dist bundle (different build);
 * only the shares matter here.
 */
async function attribution(resolveDir) {
  const packages = join(resolveDir, "..", "packages");
  const result = await build({
    stdin: { contents: RUNS_CLIENT_ENTRY("@runwire/edge"), resolveDir, loader: "js" },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["worker"],
    plugins: [workspaceSources(packages)],
    metafile: true,
    logLevel: "silent",
    legalComments: "none",
  });
  const [output] = Object.values(result.metafile.outputs);
  const modules = Object.entries(output?.inputs ?? {})
    .map(([path, { bytesInOutput }]) => ({
      path: path.replace(/^.*node_modules\//, "").replace(/^(\.\.\/)+packages\//, ""),
      bytes: bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes);
  return { totalBytes: output?.bytes ?? 0, modules: modules.slice(0, 15) };
}

export async function runSize(resolveDir) {
  const bundles = [];
  for (const bundle of await bundlesToMeasure()) bundles.push(await measure(bundle, resolveDir));
  return { bundles, edgeSources: await attribution(resolveDir) };
}
