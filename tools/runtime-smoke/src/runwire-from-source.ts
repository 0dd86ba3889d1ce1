// An esbuild plugin that resolves the runwire packages to their sources, as the vitest alias in
// vitest.base.ts does: a runtime test bundles the code as it is now, with no build step first.
// Typed structurally (no esbuild import), so it fits any package's esbuild.
import { fileURLToPath } from "node:url";

const packagesDir = fileURLToPath(new URL("../../../packages/", import.meta.url));
const RUNWIRE_PACKAGE =
  /^@runwire\/(?:(types|core|node|browser|edge|ui|react)|(core\/internal|types\/runtime))$/;
const SUBPATH_SOURCES: Readonly<Record<string, string>> = {
  "core/internal": "core/src/internal.ts",
  "types/runtime": "types/src/runtime.ts",
};

interface ResolveBuild {
  onResolve(
    options: { filter: RegExp },
    callback: (args: { path: string }) => { path: string } | undefined,
  ): void;
}

/**
 * Resolves `@runwire/<name>` to `packages/<name>/src/index.ts`, and the two subpaths,
 * `@runwire/core/internal` and `@runwire/types/runtime`, to their source files.
 */
export function runwireFromSource(): { name: string; setup(build: ResolveBuild): void } {
  return {
    name: "runwire-from-source",
    setup(build) {
      build.onResolve({ filter: RUNWIRE_PACKAGE }, (args) => {
        const [, name, subpath] = RUNWIRE_PACKAGE.exec(args.path) ?? [];
        const source = subpath === undefined ? undefined : SUBPATH_SOURCES[subpath];
        if (source !== undefined) return { path: `${packagesDir}${source}` };
        return name === undefined ? undefined : { path: `${packagesDir}${name}/src/index.ts` };
      });
    },
  };
}
