// @runwire/node checks every option before it sends anything, with the checks @runwire/types
// generates from its zod schemas, not with zod: importing the client loads no zod (issue 17: the
// import is undici's plus ~10 ms). Checked on the BUILT package, as an app loads it: the CJS
// build in a fresh process (what `require` loaded), and the ESM build's module graph (esbuild's
// metafile of a bundle that streams a run). turbo builds the packages before the tests.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("../../", import.meta.url));
const DIST = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

describe("loading @runwire/node", () => {
  it("the CJS build requires no zod module", () => {
    expect(existsSync(DIST), "build @runwire/node first (pnpm turbo run build)").toBe(true);
    const child = spawnSync(
      process.execPath,
      [
        "-e",
        `const { createClient } = require("@runwire/node");
         createClient({ apiUrl: "http://127.0.0.1:1", apiKey: null });
         const loaded = Object.keys(require.cache);
         console.log(JSON.stringify({ zod: loaded.filter((path) => /[\\\\/]zod[\\\\/]/.test(path)), types: loaded.filter((path) => path.includes("types")).length }));`,
      ],
      { cwd: PACKAGE, encoding: "utf8" },
    );
    expect(child.stderr).toBe("");
    const { zod, types } = JSON.parse(child.stdout) as { zod: string[]; types: number };
    expect(zod).toEqual([]);
    // The probe is real: @runwire/types (its runtime entry) was loaded.
    expect(types).toBeGreaterThan(0);
  });

  it("the ESM build's module graph holds no zod", async () => {
    const result = await build({
      stdin: {
        contents: `
          import { createClient } from ${JSON.stringify(DIST)};
          const client = createClient({ apiUrl: "http://127.0.0.1:1", apiKey: null });
          for await (const part of client.runs.stream(null, "agent", { streamMode: ["values"] })) void part;
          await client.assistants.search({ graphId: "agent" });`,
        resolveDir: PACKAGE,
        loader: "js",
      },
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      external: ["undici"],
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => /[\\/]zod[\\/]/.test(input))).toEqual([]);
    expect(inputs.some((input) => input.includes("types/dist/"))).toBe(true);
  });
});
