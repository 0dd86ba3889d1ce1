import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.base.ts";

export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    // Each test starts the real LangGraph server, which takes seconds on a busy machine.
    test: { testTimeout: 120_000 },
  }),
);
