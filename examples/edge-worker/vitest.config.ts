import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.base.ts";

export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    test: {
      // One real LangGraph server for the whole run, started before the first test file and
      // stopped after the last, also when tests fail.
      globalSetup: ["./test/global-setup.ts"],
      // Bundling the worker and starting workerd is part of the test's setup.
      hookTimeout: 60_000,
    },
  }),
);
