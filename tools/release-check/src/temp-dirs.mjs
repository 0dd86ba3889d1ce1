// Throwaway folders under the OS temp dir, never inside the workspace: consumers must not find
// the workspace's node_modules by walking up. Removed at the end unless RELEASE_CHECK_KEEP=1.
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { defer } from "./cleanup.mjs";
import { workspaceRoot } from "./paths.mjs";

export const keepTempDirs = process.env.RELEASE_CHECK_KEEP === "1";

/** Creates the check's root temp folder (removed at clean-up unless kept). */
export function makeTempRoot() {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "runwire-release-check-")));
  const fromWorkspace = relative(realpathSync(workspaceRoot), root);
  if (!fromWorkspace.startsWith("..")) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(
      `the temp dir ${root} lies inside the workspace; set TMPDIR to a folder outside it`,
    );
  }
  defer(() => {
    if (keepTempDirs) console.log(`kept  ${root}  (RELEASE_CHECK_KEEP=1)`);
    else rmSync(root, { recursive: true, force: true });
  });
  return root;
}
