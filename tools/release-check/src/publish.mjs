// `changeset publish` from the versioned copy to the throwaway registry, then what the registry
// holds, read back as a user's npm would: every package at the new version under `latest`, no
// `workspace:` range left (pnpm rewrites them to the version), a tarball with the build and
// without sources, and a git tag per package in the copy.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { git } from "./git.mjs";
import { changesetBinary } from "./paths.mjs";
import { runCommand } from "./run-command.mjs";

const DEPENDENCY_FIELDS = [
  "dependencies",
  "devDependencies",
  "optionalDependencies",
  "peerDependencies",
];
// In every tarball: the ESM and CJS builds with their types, the manifest and the licence.
const REQUIRED_FILES = [
  "package.json",
  "LICENSE",
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
];

/**
 * @param {string} workspace the versioned copy
 * @param {NodeJS.ProcessEnv} env with npm_config_registry and the publishing token
 */
export async function publishPackages(workspace, env) {
  // `changeset publish` spawns `pnpm publish` (found on PATH), which adds --no-git-checks.
  await runCommand(changesetBinary, ["publish"], { cwd: workspace, env, timeoutMs: 180_000 });
}

/**
 * @param {{ url: string }} registry
 * @param {{ name: string }[]} packages
 * @param {string} version
 * @param {string} workspace
 * @param {string} scratch a folder for the downloaded tarballs
 * @returns {Promise<string[]>} notes: what a user would miss, short of breaking an install
 */
export async function checkPublished(registry, packages, version, workspace, scratch) {
  const problems = [];
  const notes = [];
  await Promise.all(
    packages.map(async ({ name }) => {
      const packument = await getJson(new URL(name.replace("/", "%2f"), registry.url));
      const published = packument.versions?.[version];
      if (!published) {
        problems.push(
          `${name}@${version} is not on the registry (it has ${Object.keys(packument.versions ?? {}).join(", ") || "nothing"})`,
        );
        return;
      }
      if (packument["dist-tags"]?.latest !== version) {
        problems.push(
          `${name}: dist-tag latest is ${packument["dist-tags"]?.latest}, not ${version}`,
        );
      }
      problems.push(...dependencyProblems(`${name} (registry metadata)`, published, version));
      if (!published.dist?.tarball?.startsWith(registry.url)) {
        problems.push(`${name}: tarball ${published.dist?.tarball} is not on ${registry.url}`);
      }
      const contents = await unpackTarball(published.dist.tarball, join(scratch, name));
      const packed = JSON.parse(readFileSync(join(contents, "package.json"), "utf8"));
      problems.push(...dependencyProblems(`${name} (tarball package.json)`, packed, version));
      const files = listFiles(contents);
      for (const file of REQUIRED_FILES) {
        if (!files.includes(file)) problems.push(`${name}: the tarball has no ${file}`);
      }
      const sources = files.filter((file) => /^(src|test)\//.test(file));
      if (sources.length > 0) problems.push(`${name}: the tarball ships ${sources.join(", ")}`);
      if (!files.some((file) => /^readme\.md$/i.test(file))) {
        notes.push(`${name} is published without a README (npmjs would show an empty page)`);
      }
    }),
  );
  const tags = (await git(workspace, ["tag", "--list"])).split("\n");
  for (const { name } of packages) {
    if (!tags.includes(`${name}@${version}`)) problems.push(`no git tag ${name}@${version}`);
  }
  if (problems.length > 0) throw new Error(problems.sort().join("\n"));
  return notes.sort();
}

function dependencyProblems(label, manifest, version) {
  const problems = [];
  for (const field of DEPENDENCY_FIELDS) {
    for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
      if (range.startsWith("workspace:")) {
        problems.push(`${label}: ${field}.${dependency} is still "${range}"`);
      } else if (
        field !== "devDependencies" &&
        dependency.startsWith("@runwire/") &&
        range !== version
      ) {
        problems.push(
          `${label}: ${field}.${dependency} is "${range}", not the released ${version}`,
        );
      }
    }
  }
  return problems;
}

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function unpackTarball(url, dir) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "package.tgz");
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  await runCommand("tar", ["-xzf", file, "-C", dir], { cwd: dir });
  return join(dir, "package");
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}
