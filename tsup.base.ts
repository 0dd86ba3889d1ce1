import { defineConfig, type Options } from "tsup";

/**
 * The one build recipe every package shares: ESM + CJS with matching `.d.ts` / `.d.cts`,
 * so `exports` can point each condition at declarations of its own module kind.
 */
export function definePackageBuild(overrides: Options = {}) {
  return defineConfig({
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    // tsup 8 sets `baseUrl` for its declaration pass, which TypeScript 6 flags as deprecated.
    // `stripInternal`: what is marked `@internal` (constructors only runwire calls, with the
    // machinery they take) stays out of the published types.
    dts: { compilerOptions: { ignoreDeprecations: "6.0", stripInternal: true } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    splitting: false,
    treeshake: true,
    ...overrides,
  });
}
