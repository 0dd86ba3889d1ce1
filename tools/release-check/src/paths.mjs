// Where the check finds the workspace and the tools it runs: the workspace's own binaries, so the
// release flow is exercised with the versions the repository pins.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const releaseCheckDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const workspaceRoot = join(releaseCheckDir, "..", "..");
export const fixturesDir = join(releaseCheckDir, "fixtures");

/** pnpm as `scripts/with-pnpm.sh` installs it (the version of `packageManager`). */
export const pnpmBinDir = join(workspaceRoot, ".tools", "node_modules", ".bin");
export const pnpmBinary = join(pnpmBinDir, "pnpm");
/** The workspace's changesets CLI (root devDependency). */
export const changesetBinary = join(workspaceRoot, "node_modules", ".bin", "changeset");

/** Fails early, saying how to get them, when the workspace tools are missing. */
export function assertToolsInstalled() {
  const missing = [
    [pnpmBinary, "pnpm (run `npm test` once, or scripts/with-pnpm.sh, to install it into .tools/)"],
    [changesetBinary, "the changesets CLI (run `pnpm install` in the workspace)"],
  ].filter(([path]) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(
      `missing workspace tools:\n${missing.map(([path, what]) => `  ${path}: ${what}`).join("\n")}`,
    );
  }
}
