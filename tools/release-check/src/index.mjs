// The release check: releases runwire the way a maintainer does and installs it the way a user
// does, everything on 127.0.0.1 with throwaway state.
//
//   node tools/release-check/src/index.mjs        (pnpm release-check builds the packages first)
//
// 1. a copy of the workspace gets `changeset version` (one version for the fixed group, changelogs);
// 2. a throwaway verdaccio registry: @runwire/* only from local publishes, the rest from npmjs;
// 3. `changeset publish` (through pnpm) to it, then its metadata and tarballs are checked;
// 4. fresh projects outside the workspace install from it and run against the real LangGraph
//    server: Node ESM, Node CJS, TypeScript (node16 and bundler), Chromium, workerd.
// Prints `ok  <step>  <seconds>s` per step; exits 1 with the reasons if any step failed.
// RELEASE_CHECK_KEEP=1 keeps the temp folder for a look afterwards.
import { join } from "node:path";
import { versionPackages } from "./changesets-version.mjs";
import { cleanUp, defer } from "./cleanup.mjs";
import { consumers } from "./consumers/index.mjs";
import { installConsumer } from "./consumers/install.mjs";
import { gitEnv } from "./git.mjs";
import { startLangGraph } from "./langgraph-server.mjs";
import { authLine, npmEnv } from "./npm-env.mjs";
import { assertToolsInstalled, pnpmBinDir } from "./paths.mjs";
import { checkPublished, publishPackages } from "./publish.mjs";
import { startRegistry } from "./registry.mjs";
import { killRunningCommands } from "./run-command.mjs";
import { failedSteps, StepFailed, step } from "./steps.mjs";
import { makeTempRoot } from "./temp-dirs.mjs";
import { copyWorkspace } from "./workspace-copy.mjs";

async function releaseCheck() {
  assertToolsInstalled();
  const root = makeTempRoot();
  const workspace = join(root, "workspace");
  const notes = [];

  const { packages } = await step("copy the workspace", () => copyWorkspace(workspace));
  // What a release runs with: pnpm on PATH (changesets spawns `pnpm publish` by name) and git.
  const releaseSettings = { ...gitEnv, PATH: `${pnpmBinDir}:${process.env.PATH}` };
  const { version, notes: versionNotes } = await step("changeset version", () =>
    versionPackages(workspace, packages, { ...process.env, ...releaseSettings }),
  );
  notes.push(...versionNotes);

  const registry = await step("start the registry", () => startRegistry(join(root, "registry")));
  defer(() => registry.stop());
  await step("changeset publish", () =>
    publishPackages(
      workspace,
      npmEnv(root, join(root, "publish.npmrc"), `${authLine(registry.url, registry.token)}\n`, {
        ...releaseSettings,
        // changesets asks the registry from here (not from .npmrc) for `npm info` and publish.
        npm_config_registry: registry.url,
      }),
    ),
  );
  notes.push(
    ...(await step(`registry has ${packages.length} packages at ${version}`, () =>
      checkPublished(registry, packages, version, workspace, join(root, "tarballs")),
    )),
  );

  // Consumers install while the LangGraph server starts; each runs once both are ready.
  const server = step("start the LangGraph server", startLangGraph);
  // Registered before it is up: an interrupt during its start still stops it once started.
  defer(async () => (await server.catch(() => undefined))?.stop());
  const langgraphUrl = async () => (await server).url;
  // No token: installing needs none.
  const installEnv = npmEnv(root, join(root, "install.npmrc"), "");
  const results = await Promise.allSettled([
    server,
    ...consumers.map(async (consumer) => {
      const dir = await step(`install ${consumer.name}`, () =>
        installConsumer(consumer, { root, registryUrl: registry.url, version, env: installEnv }),
      );
      // One after the other (they share the 2 cores with the other consumers), each reported.
      const outcomes = [];
      for (const check of consumer.checks) {
        outcomes.push(
          await step(`${consumer.name}: ${check.name}`, () =>
            check.run({ dir, root, langgraphUrl }),
          ).then(
            () => undefined,
            (error) => error,
          ),
        );
      }
      const failure = outcomes.find((outcome) => outcome !== undefined);
      if (failure) throw failure;
    }),
  ]);
  for (const note of notes) console.log(`note  ${note}`);
  const failed = results.filter((result) => result.status === "rejected");
  if (failed.length > 0) throw failed[0].reason;
}

let exitCode = 0;
const started = performance.now();
const interrupted = (signal) => async () => {
  console.error(`\n${signal}: stopping and cleaning up`);
  killRunningCommands();
  await cleanUp();
  process.exit(130);
};
process.once("SIGINT", interrupted("SIGINT"));
process.once("SIGTERM", interrupted("SIGTERM"));

try {
  await releaseCheck();
} catch (error) {
  exitCode = 1;
  // A failed step has printed its reason already.
  if (!(error instanceof StepFailed))
    console.error(`release check failed: ${error?.stack ?? error}`);
} finally {
  killRunningCommands();
  for (const problem of await cleanUp()) console.error(`clean-up: ${problem}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (exitCode === 0) console.log(`release check passed in ${seconds}s`);
else
  console.error(`release check FAILED after ${seconds}s: ${failedSteps.join("; ") || "see above"}`);
// verdaccio and undici may keep idle handles; everything the check started is stopped by now.
process.exit(exitCode);
