// git for the throwaway copy of the workspace: its own repository with a fixed identity and no
// user or system config (no signing prompts, no hooks), so `changeset publish` can tag releases
// as it does in a real one.
import { runCommand } from "./run-command.mjs";

export const gitEnv = {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "runwire release check",
  GIT_AUTHOR_EMAIL: "release-check@127.0.0.1",
  GIT_COMMITTER_NAME: "runwire release check",
  GIT_COMMITTER_EMAIL: "release-check@127.0.0.1",
};

/** Runs `git <args>` in `cwd`; resolves with its stdout. */
export async function git(cwd, args) {
  const { stdout } = await runCommand("git", args, { cwd, env: { ...process.env, ...gitEnv } });
  return stdout;
}

/** Commits everything in `cwd` (not ignored) as one commit. */
export async function commitAll(cwd, message) {
  await git(cwd, ["add", "--all"]);
  await git(cwd, ["commit", "--quiet", "--allow-empty", "--message", message]);
}
