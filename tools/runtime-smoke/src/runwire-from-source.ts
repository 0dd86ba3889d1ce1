// An esbuild plugin that resolves the runwire packages to their sources, as the vitest alias in
// vitest.base.ts does: a runtime test bundles the code as it is now, with no build step first.
// Typed structurally (no esbuild import), so it fits any package's esbuild.
import { fileURLToPath } from "node:url";

const packagesDir = fileURLToPath(new URL("../../../packages/", import.meta.url));
const RUNWIRE_PACKAGE = /^@runwire\/(?:(types|core|node|browser|edge|ui|react)|core\/(internal))$/;

interface ResolveBuild {
  onResolve(
    options: { filter: RegExp },
    callback: (args: { path: string }) => { path: string } | undefined,
  ): void;
}

/**
 * Resolves `@runwire/<name>` to `packages/<name>/src/index.ts`, and core's one subpath,
 * `@runwire/core/internal`, to `packages/core/src/internal.ts`.
 */
export function runwireFromSource(): { name: string; setup(build: ResolveBuild): void } {
  return {
    name: "runwire-from-source",
    setup(build) {
      build.onResolve({ filter: RUNWIRE_PACKAGE }, (args) => {
        const [, name, internal] = RUNWIRE_PACKAGE.exec(args.path) ?? [];
        if (internal !== undefined) return { path: `${packagesDir}core/src/internal.ts` };
        return name === undefined ? undefined : { path: `${packagesDir}${name}/src/index.ts` };
      });
    },
  };
}
