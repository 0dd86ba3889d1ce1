import { readFileSync } from "node:fs";
import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.base.ts";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    // As the build does (tsup.config.ts): the version the Node transport sends in User-Agent.
    define: { __RUNWIRE_NODE_VERSION__: JSON.stringify(version) },
    test: {
      // One real LangGraph server for the whole run, started before the first test file and
      // stopped after the last, also when tests fail.
      globalSetup: ["./test/integration/global-setup.ts"],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  }),
);
