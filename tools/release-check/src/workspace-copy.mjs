// A copy of the workspace as far as a release needs it: the root manifest, pnpm-workspace.yaml,
// .changeset/, every publishable package folder (without node_modules), and the manifests of the
// private projects, so changesets and pnpm see the same workspace as in the repository. Its own
// git repository, like a checkout the release runs in.
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { commitAll, git } from "./git.mjs";
import { pnpmBinary, workspaceRoot } from "./paths.mjs";
import { runCommand } from "./run-command.mjs";

/** The packages the `fixed` group of .changeset/config.json releases together. */
export const RELEASED_PACKAGES = [
  "@runwire/types",
  "@runwire/core",
  "@runwire/node",
  "@runwire/browser",
  "@runwire/edge",
  "@runwire/ui",
  "@runwire/react",
];

const ROOT_FILES = ["package.json", "pnpm-workspace.yaml", "LICENSE", ".gitignore"];
// Local build and test output: never part of a package.
const SKIPPED = new Set(["node_modules", ".turbo", "test-results", "test-artifacts", "coverage"]);
const DEPENDENCY_FIELDS = [
  "dependencies",
  "devDependencies",
  "optionalDependencies",
  "peerDependencies",
];

/**
 * Copies the workspace into `dest`, links each `workspace:` dependency to its copy, and commits.
 * @returns {Promise<{ packages: { name: string, dir: string }[] }>} the publishable packages
 */
export async function copyWorkspace(dest) {
  const projects = await listWorkspaceProjects();
  for (const file of ROOT_FILES) cpSync(join(workspaceRoot, file), join(dest, file));
  cpSync(join(workspaceRoot, ".changeset"), join(dest, ".changeset"), { recursive: true });

  const copies = new Map();
  for (const project of projects) {
    const dir = join(dest, relative(workspaceRoot, project.path));
    copies.set(project.name, dir);
    if (project.path === workspaceRoot) continue;
    if (project.private) {
      mkdirSync(dir, { recursive: true });
      cpSync(join(project.path, "package.json"), join(dir, "package.json"));
    } else {
      if (!existsSync(join(project.path, "dist"))) {
        throw new Error(
          `${project.name} has no dist/ in ${project.path}: build it first (pnpm build)`,
        );
      }
      cpSync(project.path, dir, { recursive: true, filter: (src) => !SKIPPED.has(basename(src)) });
    }
  }
  for (const dir of copies.values()) linkWorkspaceDependencies(dir, copies);

  const packages = projects
    .filter((project) => !project.private)
    .map((project) => ({ name: project.name, dir: copies.get(project.name) }));
  const names = packages.map((pkg) => pkg.name).sort();
  if (names.join() !== [...RELEASED_PACKAGES].sort().join()) {
    throw new Error(
      `the workspace publishes ${names.join(", ")}; the release check expects ${RELEASED_PACKAGES.join(", ")}`,
    );
  }

  await git(dest, ["init", "--quiet", "--initial-branch", "main"]);
  await commitAll(dest, "The workspace to release");
  return { packages };
}

/** Every project of the workspace, as pnpm sees it: name, folder, private or not. */
async function listWorkspaceProjects() {
  const { stdout } = await runCommand(
    pnpmBinary,
    ["ls", "--recursive", "--depth", "-1", "--json"],
    {
      cwd: workspaceRoot,
    },
  );
  return JSON.parse(stdout);
}

// What `pnpm install` would link, without installing anything else: pnpm publish reads the
// version of each `workspace:` dependency from `node_modules/<name>/package.json`.
function linkWorkspaceDependencies(dir, copies) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  for (const field of DEPENDENCY_FIELDS) {
    for (const [name, spec] of Object.entries(manifest[field] ?? {})) {
      if (!String(spec).startsWith("workspace:")) continue;
      const target = copies.get(name);
      if (target === undefined) {
        throw new Error(
          `${manifest.name} depends on ${name} (${spec}), which is not in the workspace`,
        );
      }
      const link = join(dir, "node_modules", name);
      if (existsSync(link)) continue;
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(relative(dirname(link), target), link, "dir");
    }
  }
}
