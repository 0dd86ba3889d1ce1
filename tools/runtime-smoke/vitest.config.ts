import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.base.ts";

export default mergeConfig(
  sharedTestConfig,
  defineConfig({
    test: {
      // The first test unpacks the npm Chromium (about 200 MB) when no earlier run has.
      hookTimeout: 120_000,
    },
  }),
);
