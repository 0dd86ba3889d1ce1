// Bundles a package's published entries (the `import` and `require` targets of its "." export)
// with esbuild for each `--platform=` given, as an app's bundler would, and fails loudly when a
// bundle needs anything a browser or an edge runtime does not have:
// - an import of a Node built-in (`node:fs`, `stream`, `buffer`, …), however deep in the graph;
// - a polyfill standing in for one (the npm `buffer`, `process`, `events`, `util` … packages);
// - a `require` esbuild could not resolve at build time (it would throw when run);
// - any esbuild error or warning.
// Run from the package folder, after its build:
//   node ../../tools/runtime-smoke/src/check-bundles.mjs --platform=browser --platform=neutral
import { readFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const packageDir = process.cwd();
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
// esbuild is the package's own devDependency, resolved from the package folder.
const esbuild = createRequire(join(packageDir, "package.json"))("esbuild");

const platforms = process.argv
  .slice(2)
  .filter((arg) => arg.startsWith("--platform="))
  .map((arg) => arg.slice("--platform=".length));
if (platforms.length === 0 || platforms.some((p) => !["browser", "neutral"].includes(p))) {
  console.error("usage: check-bundles.mjs --platform=browser [--platform=neutral]");
  process.exit(2);
}

const root = manifest.exports?.["."];
const entries = [root?.import?.default, root?.require?.default].filter(Boolean);
if (entries.length === 0) {
  console.error(`${manifest.name}: no "." export with import/require targets to bundle`);
  process.exit(2);
}

const builtins = new Set(builtinModules.filter((name) => !name.startsWith("_")));
const isBuiltin = (path) =>
  path.startsWith("node:") || builtins.has(path) || builtins.has(path.split("/")[0]);

const failures = [];
for (const entry of entries) {
  for (const platform of platforms) {
    const label = `${manifest.name} ${entry} --platform=${platform}`;
    const builtinImports = [];
    let result;
    try {
      result = await esbuild.build({
        absWorkingDir: packageDir,
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: "esm",
        platform,
        target: "es2022",
        minify: true,
        metafile: true,
        logLevel: "silent",
        plugins: [
          {
            name: "no-node-builtins",
            setup(build) {
              // Runs before esbuild's own resolution, so a `browser` field mapping a built-in to
              // an empty module (a silent shim) is caught too.
              build.onResolve({ filter: /.*/ }, (args) => {
                if (!isBuiltin(args.path)) return undefined;
                builtinImports.push(`${args.path} (from ${relative(packageDir, args.importer)})`);
                return { path: args.path, external: true };
              });
            },
          },
        ],
      });
    } catch (error) {
      const messages = error.errors?.map((e) => formatMessage(e)) ?? [String(error)];
      failures.push(`${label}: esbuild failed\n    ${messages.join("\n    ")}`);
      continue;
    }
    const problems = [];
    for (const path of builtinImports) problems.push(`imports the Node built-in ${path}`);
    for (const input of Object.keys(result.metafile.inputs)) {
      const shim = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?([^@/][^/]*)\//.exec(input);
      if (shim && builtins.has(shim[1])) problems.push(`bundles the polyfill package ${input}`);
    }
    for (const warning of result.warnings)
      problems.push(`esbuild warning: ${formatMessage(warning)}`);
    const code = result.outputFiles[0].text;
    if (code.includes("Dynamic require of")) {
      problems.push("contains a require() esbuild could not bundle (it throws when run)");
    }
    if (problems.length > 0) {
      failures.push(`${label}:\n    ${problems.join("\n    ")}`);
      continue;
    }
    const bytes = Buffer.byteLength(code);
    const inputs = Object.keys(result.metafile.inputs).length;
    console.log(
      `ok ${label}: ${inputs} modules, ${kb(bytes)} minified, ${kb(gzipSync(code).length)} gzip`,
    );
  }
}

if (failures.length > 0) {
  console.error(`\nBundle check FAILED (no Node built-ins, no shims):\n- ${failures.join("\n- ")}`);
  process.exit(1);
}

function formatMessage(message) {
  const where = message.location
    ? ` at ${message.location.file}:${message.location.line}:${message.location.column}`
    : "";
  return `${message.text}${where}`;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
