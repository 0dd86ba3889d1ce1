import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";

const packagesDir = fileURLToPath(new URL("./packages/", import.meta.url));
const runwirePackages = ["types", "core", "node", "browser", "edge", "ui", "react"] as const;

/**
 * Tests import sibling packages by their public names; the alias points those names at source,
 * so a test run needs no build and always sees the current code.
 */
export const sharedTestConfig = defineConfig({
  resolve: {
    alias: [
      ...runwirePackages.map((name) => ({
        find: new RegExp(`^@runwire/${name}$`),
        replacement: `${packagesDir}${name}/src/index.ts`,
      })),
      // The subpath exports: core's unstable internals, and the zod-free runtime of types that
      // core imports (each package's package.json).
      { find: /^@runwire\/core\/internal$/, replacement: `${packagesDir}core/src/internal.ts` },
      { find: /^@runwire\/types\/runtime$/, replacement: `${packagesDir}types/src/runtime.ts` },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // CI runs every package's suite at once on two cores: allow for a slow machine. Tests never
    // assert timings, so a generous limit only decides when a hang is called a failure.
    testTimeout: 30_000,
    // Each package also writes a JSON report; scripts/summarize-tests.mjs adds them up.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});

/**
 * For suites that talk to the real LangGraph server: one server for the whole run (the package's
 * test/global-setup.ts, started before the first test file and stopped after the last, also when
 * tests fail), and room for setup hooks that start a runtime (Chromium, workerd, Bun, Deno) or a
 * proxy on a busy machine.
 */
export const realServerTestConfig = mergeConfig(
  sharedTestConfig,
  defineConfig({
    test: {
      globalSetup: ["./test/global-setup.ts"],
      hookTimeout: 60_000,
    },
  }),
);
