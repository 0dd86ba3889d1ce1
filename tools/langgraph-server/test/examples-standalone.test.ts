// The examples are meant to be copied into users' projects: at run time they read their server
// from the environment, and only their demo scripts (through the launcher) use this private
// package. A copied example that imported it would fail with a module-not-found error.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const examplesDir = fileURLToPath(new URL("../../../examples/", import.meta.url));
const examples = readdirSync(examplesDir).filter((name) =>
  statSync(join(examplesDir, name)).isDirectory(),
);
const PRIVATE = "@runwire/langgraph-test-server";

/** The example's own source: every .ts file except its tests and installed packages. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return ["node_modules", "test", "dist"].includes(entry.name) ? [] : sourceFiles(path);
    }
    return entry.name.endsWith(".ts") && !entry.name.startsWith("vitest.") ? [path] : [];
  });
}

describe.each(examples)("examples/%s", (name) => {
  const dir = join(examplesDir, name);

  it("does not depend on the private test server at run time", () => {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain(PRIVATE);
    const importing = sourceFiles(dir)
      .filter((file) => readFileSync(file, "utf8").includes(`"${PRIVATE}`))
      .map((file) => relative(dir, file));
    expect(importing).toEqual([]);
  });

  it("reads LANGGRAPH_API_URL and says so in its README", () => {
    const sources = sourceFiles(dir).map((file) => readFileSync(file, "utf8"));
    expect(sources.some((text) => text.includes("LANGGRAPH_API_URL"))).toBe(true);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toContain("LANGGRAPH_API_URL");
  });
});
