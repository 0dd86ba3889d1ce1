// `changeset version` as a release runs it, in the copy, checked against the release plan that
// `changeset status` computed beforehand: one new version for all published packages (the `fixed`
// group), a CHANGELOG.md per package with the text of its changesets, the changesets consumed.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { commitAll } from "./git.mjs";
import { changesetBinary } from "./paths.mjs";
import { runCommand } from "./run-command.mjs";

/**
 * @param {string} workspace the copy
 * @param {{ name: string, dir: string }[]} packages the publishable packages
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ version: string, notes: string[] }>}
 */
export async function versionPackages(workspace, packages, env) {
  const planFile = join(workspace, "..", "release-plan.json");
  await runCommand(changesetBinary, ["status", `--output=${planFile}`], { cwd: workspace, env });
  const plan = JSON.parse(readFileSync(planFile, "utf8"));
  if (plan.changesets.length === 0) {
    throw new Error("there are no pending changesets in .changeset/: nothing to release");
  }
  const before = new Map(packages.map((pkg) => [pkg.name, manifest(pkg.dir).version]));

  await runCommand(changesetBinary, ["version"], { cwd: workspace, env });

  const versions = new Map(packages.map((pkg) => [pkg.name, manifest(pkg.dir).version]));
  const distinct = [...new Set(versions.values())];
  if (distinct.length !== 1) {
    throw new Error(
      `the fixed group got different versions: ${JSON.stringify(Object.fromEntries(versions))}`,
    );
  }
  const [version] = distinct;
  const problems = [];
  for (const pkg of packages) {
    const planned = plan.releases.find((release) => release.name === pkg.name)?.newVersion;
    if (planned !== version) problems.push(`${pkg.name}: planned ${planned}, got ${version}`);
    if (before.get(pkg.name) === version) problems.push(`${pkg.name}: still ${version}`);
  }
  if (!/^0\.\d+\.\d+$/.test(version)) problems.push(`${version} is not a pre-1.0 version`);
  for (const pkg of packages) problems.push(...changelogProblems(pkg, version, plan.changesets));
  for (const { id } of plan.changesets) {
    if (existsSync(join(workspace, ".changeset", `${id}.md`))) {
      problems.push(`.changeset/${id}.md was not consumed`);
    }
  }
  // Private packages (examples, tools, the bench) are never released: the config must leave
  // them alone (the `fixed` group names the published packages, `privatePackages.version` is false).
  const released = new Set(packages.map((pkg) => pkg.name));
  for (const release of plan.releases) {
    // The plan also lists the dependents it leaves alone, with type "none".
    if (released.has(release.name) || release.type === "none") continue;
    problems.push(`the private package ${release.name} was versioned (${release.type})`);
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
  const notes = [];
  await commitAll(workspace, `Version packages (${version})`);
  return { version, notes };
}

function manifest(dir) {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
}

// The changelog reflows nothing but indents continuation lines and may prefix a commit hash, so
// the summaries are compared with whitespace collapsed.
function changelogProblems(pkg, version, changesets) {
  const file = join(pkg.dir, "CHANGELOG.md");
  if (!existsSync(file)) return [`${pkg.name} has no CHANGELOG.md`];
  const changelog = readFileSync(file, "utf8");
  const problems = [];
  if (!changelog.includes(`## ${version}\n`))
    problems.push(`${pkg.name} CHANGELOG.md has no "## ${version}"`);
  const flat = collapse(changelog);
  for (const changeset of changesets) {
    if (!changeset.releases.some((release) => release.name === pkg.name)) continue;
    if (!flat.includes(collapse(changeset.summary))) {
      problems.push(`${pkg.name} CHANGELOG.md lacks the text of changeset ${changeset.id}`);
    }
  }
  return problems;
}

const collapse = (text) => text.replace(/\s+/g, " ").trim();
