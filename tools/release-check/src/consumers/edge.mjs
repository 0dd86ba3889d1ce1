// A Worker bundled by esbuild as Workers bundlers do (ESM, workerd/worker/browser conditions, no
// Node built-ins) with @runwire/edge from the consumer's node_modules, run by workerd (the npm
// package's binary) on 127.0.0.1; one request makes it stream a run from the real server.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";
import { build } from "esbuild";
import { defer } from "../cleanup.mjs";
import { tail } from "../run-command.mjs";
import { assertChatSummary } from "./chat-summary.mjs";

const require = createRequire(import.meta.url);
/** The workerd binary of the `workerd` npm package (its platform package holds it). */
const workerdBinary = require("workerd").default;

async function runWorker({ dir, langgraphUrl }) {
  await build({
    absWorkingDir: dir,
    entryPoints: ["worker.js"],
    outfile: join(dir, "dist", "worker.js"),
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    target: "es2022",
    logLevel: "silent",
  });
  const port = await freePort();
  const child = spawn(
    workerdBinary,
    ["serve", "config.capnp", "--socket-addr", `http=127.0.0.1:${port}`],
    {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LANGGRAPH_API_URL: await langgraphUrl() },
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // Whatever happens to this process, workerd goes with it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
      process.off("exit", killOnExit);
    })();
    return stopped;
  };
  // Also stopped when the check is interrupted.
  defer(stop);
  try {
    const response = await firstAnswer(`http://127.0.0.1:${port}/`, exited);
    const result = await response.json();
    if (response.status !== 200)
      throw new Error(`the worker answered ${response.status}: ${result.error}`);
    assertChatSummary(result);
  } catch (error) {
    throw new Error(`${error.message}\nworkerd printed:\n${tail(output) || "(nothing)"}`);
  } finally {
    await stop();
  }
}

// workerd takes a moment to listen; its first answer is the run's summary (within a minute).
async function firstAnswer(url, exited, startTimeoutMs = 30_000) {
  let exitCode;
  exited.then((code) => {
    exitCode = code;
  });
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`workerd exited with code ${exitCode}`);
    try {
      return await fetch(url, { signal: AbortSignal.timeout(60_000) });
    } catch (error) {
      if (error.cause?.code !== "ECONNREFUSED") throw new Error(`GET ${url}: ${error.message}`);
      // Not listening yet.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`workerd did not listen on ${url} within ${startTimeoutMs / 1000} s`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** @type {import("./consumer.mjs").Consumer} */
export const edge = {
  name: "edge",
  dependencies: (version) => ({ "@runwire/edge": version }),
  sharedFiles: ["chat-run.js"],
  checks: [{ name: "esbuild bundle in workerd", run: runWorker }],
};
