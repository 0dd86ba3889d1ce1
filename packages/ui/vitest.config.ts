import { defineConfig, mergeConfig } from "vitest/config";
import { realServerTestConfig } from "../../vitest.base.ts";

// The real LangGraph server for the run (test/global-setup.ts). The store's suites spend their
// time waiting for the story graph's tokens (25 ms apart, ~5 s a run), not on the CPU: files
// overlap (more workers than vitest's default of one on two cores) and the seeded cuts of
// test/faults run all at once.
export default mergeConfig(
  realServerTestConfig,
  defineConfig({ test: { maxWorkers: 3, maxConcurrency: 12 } }),
);
