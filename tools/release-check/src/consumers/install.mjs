// Makes a fresh consumer project from its fixture folder, outside the workspace, and installs it
// the way a user does: `npm install` against the registry named in the project's .npmrc, with
// exact versions of the released packages. The lockfile then proves where everything came from.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixturesDir } from "../paths.mjs";
import { runCommand } from "../run-command.mjs";

/**
 * @param {import("./consumer.mjs").Consumer} consumer
 * @param {{ root: string, registryUrl: string, version: string, env: NodeJS.ProcessEnv }} context
 * @returns {Promise<string>} the installed project's folder
 */
export async function installConsumer(consumer, { root, registryUrl, version, env }) {
  const dir = join(root, "consumers", consumer.name);
  cpSync(join(fixturesDir, consumer.name), dir, { recursive: true });
  for (const file of consumer.sharedFiles ?? []) {
    cpSync(join(fixturesDir, "shared", file), join(dir, file));
  }
  const manifestFile = join(dir, "package.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  manifest.dependencies = consumer.dependencies(version);
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, ".npmrc"), `registry=${registryUrl}\n`);

  await runCommand("npm", ["install", "--no-audit", "--no-fund"], {
    cwd: dir,
    env,
    timeoutMs: 240_000,
  });
  checkLockfile(dir, registryUrl, version);
  return dir;
}

function checkLockfile(dir, registryUrl, version) {
  const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8"));
  const problems = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === "") continue;
    if (entry.link) problems.push(`${path} is a link`);
    else if (!entry.resolved?.startsWith(registryUrl)) {
      problems.push(`${path} came from ${entry.resolved ?? "nowhere"}, not ${registryUrl}`);
    }
    if (path.includes("node_modules/@runwire/") && entry.version !== version) {
      problems.push(`${path} is ${entry.version}, not the released ${version}`);
    }
  }
  if (!Object.keys(lock.packages ?? {}).some((path) => path.includes("node_modules/@runwire/"))) {
    problems.push("no @runwire package was installed");
  }
  if (problems.length > 0) throw new Error(`package-lock.json in ${dir}:\n${problems.join("\n")}`);
}
