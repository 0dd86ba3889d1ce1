// check-bundles.mjs (each package's `check:bundle`) must fail loudly on a Node built-in
// anywhere in a bundle, and pass a clean one. Checked on small fixture packages.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const script = join(import.meta.dirname, "..", "src", "check-bundles.mjs");
const esbuildDir = dirname(
  createRequire(join(import.meta.dirname, "..", "package.json")).resolve("esbuild/package.json"),
);
const fixtures: string[] = [];

afterEach(() => {
  for (const dir of fixtures.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A package whose ESM entry is `code`, with esbuild installed beside it. */
function fixturePackage(code: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "runwire-check-bundles-"));
  fixtures.push(dir);
  mkdirSync(join(dir, "dist"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(esbuildDir, join(dir, "node_modules", "esbuild"), "dir");
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "fixture",
      exports: { ".": { import: { default: "./dist/index.js" } } },
    }),
  );
  writeFileSync(join(dir, "dist", "index.js"), code);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function check(dir: string) {
  const result = spawnSync(process.execPath, [script, "--platform=browser", "--platform=neutral"], {
    cwd: dir,
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("check-bundles.mjs", () => {
  it("passes a bundle with no Node built-in", () => {
    const result = check(fixturePackage('export const hello = () => fetch("/x");\n'));
    expect(result.output).toContain("ok fixture ./dist/index.js --platform=browser");
    expect(result.output).toContain("ok fixture ./dist/index.js --platform=neutral");
    expect(result.code).toBe(0);
  });

  it("fails on a Node built-in deep in a dependency, even one its browser field maps away", () => {
    const dir = fixturePackage('export { read } from "dep";\n', {
      "node_modules/dep/package.json": JSON.stringify({
        name: "dep",
        main: "index.js",
        browser: { fs: false },
      }),
      "node_modules/dep/index.js":
        'import "./inner.js";\nexport { readFileSync as read } from "fs";\n',
      "node_modules/dep/inner.js":
        'import { Buffer } from "node:buffer";\nexport const b = Buffer;\n',
    });
    const result = check(dir);
    expect(result.code).toBe(1);
    expect(result.output).toContain("Bundle check FAILED");
    expect(result.output).toContain(
      "imports the Node built-in fs (from node_modules/dep/index.js)",
    );
    expect(result.output).toContain(
      "imports the Node built-in node:buffer (from node_modules/dep/inner.js)",
    );
  });

  it("fails on a require() that cannot be bundled", () => {
    const result = check(fixturePackage("export const load = (name) => require(name);\n"));
    expect(result.code).toBe(1);
    expect(result.output).toContain("could not bundle");
  });
});
