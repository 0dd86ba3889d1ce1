// Bundles the worker with esbuild and runs it in workerd (the npm package's Linux binary), on
// 127.0.0.1. Used by `start` and by test/workerd.test.ts.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const exampleDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** The workerd binary of the `workerd` npm package (its platform package holds it). */
export const workerdBinary: string = (require("workerd") as { default: string }).default;

export interface WorkerOptions {
  /** The LangGraph server the worker streams from (its LANGGRAPH_API_URL binding). */
  readonly langgraphUrl: string;
  /** Port on 127.0.0.1 (default: a free one). */
  readonly port?: number;
  /** Extra esbuild plugins (the tests bundle the runwire packages from source). */
  readonly plugins?: Plugin[];
  /** The worker's source (default: the example's, `src/worker.ts`; tests run workers of their own). */
  readonly entry?: string;
  /** How long to wait for the worker to answer (default 30 s). */
  readonly startTimeoutMs?: number;
}

/** A worker running in workerd. */
export interface RunningWorker {
  /** Its base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Everything workerd printed so far. */
  logs(): string;
  /** Stops workerd (by its PID) and removes the bundle; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Bundles `entry` (default `src/worker.ts`) as a Workers bundler does (ESM, `workerd` / `worker` /
 * `browser` conditions, no Node built-ins) into `outDir/dist/worker.js`, next to a copy of
 * config.capnp.
 */
export async function buildWorker(
  outDir: string,
  plugins: Plugin[] = [],
  entry: string = join(exampleDir, "src", "worker.ts"),
): Promise<void> {
  mkdirSync(join(outDir, "dist"), { recursive: true });
  copyFileSync(join(exampleDir, "config.capnp"), join(outDir, "config.capnp"));
  await build({
    entryPoints: [entry],
    outfile: join(outDir, "dist", "worker.js"),
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    target: "es2022",
    logLevel: "warning",
    plugins,
  });
}

/** Builds the worker and starts workerd with it; resolves once the worker answers. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const outDir = mkdtempSync(join(tmpdir(), "runwire-edge-worker-"));
  await buildWorker(outDir, options.plugins, options.entry);
  const port = options.port ?? (await freePort());
  const child = spawn(
    workerdBinary,
    ["serve", join(outDir, "config.capnp"), "--socket-addr", `http=127.0.0.1:${port}`],
    {
      cwd: outDir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LANGGRAPH_API_URL: options.langgraphUrl },
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  let stopped: Promise<void> | undefined;
  const worker: RunningWorker = {
    url,
    logs: () => output,
    stop: () => {
      stopped ??= (async () => {
        await kill(child, exited);
        rmSync(outDir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
  try {
    await waitUntilAnswering(url, child, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await worker.stop();
    throw new Error(`workerd did not start: ${(error as Error).message}\n${output}`);
  }
  return worker;
}

async function kill(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`workerd exited with code ${child.exitCode}`);
    try {
      // Any answer from the worker (its 404 for `/`) means it is serving.
      await (await fetch(url)).arrayBuffer();
      return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
