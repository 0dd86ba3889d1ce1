// Runs a command to completion and fails with a message that names it, where it ran and what it
// printed. Each child leads its own process group, so a timeout or an interrupted check takes
// down everything it started (npm and its scripts, tsc, …), not just the direct child.
import { spawn } from "node:child_process";

const running = new Set();

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} options
 * @returns {Promise<{ stdout: string, stderr: string }>}
 */
export function runCommand(command, args, { cwd, env = process.env, timeoutMs = 120_000 }) {
  const shown = [command, ...args].join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: "pipe" });
    running.add(child);
    child.stdin.end();
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      running.delete(child);
      reject(new Error(`could not run \`${shown}\` in ${cwd}: ${error.message}`));
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (code === 0) {
        resolve({ stdout, stderr });
        return;
      }
      const why = timedOut
        ? `did not finish within ${timeoutMs / 1000} s`
        : `exited with ${signal ?? `code ${code}`}`;
      reject(new Error(`\`${shown}\` in ${cwd} ${why}:\n${tail(`${stdout}\n${stderr}`)}`));
    });
  });
}

/** Kills every command still running (on failure or interrupt); safe to call twice. */
export function killRunningCommands() {
  for (const child of running) killGroup(child);
}

function killGroup(child) {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** The end of a long output: where the error is. */
export function tail(text, max = 6_000) {
  const trimmed = text.trim();
  return trimmed.length > max ? `…${trimmed.slice(-max)}` : trimmed;
}
