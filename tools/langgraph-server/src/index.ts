import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** A running LangGraph server. */
export interface LangGraphServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly pid: number;
  /** Everything the server printed so far (for failure messages). */
  logs(): string;
  /** Stops the server by its PID and removes its state; safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Port to listen on; default: a free one. */
  port?: number;
  /** Concurrent runs the server executes (default 10). */
  workers?: number;
  /** How long to wait for `GET /ok` (default 60 s). */
  startTimeoutMs?: number;
}

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const graphsDir = join(packageDir, "graphs");
const stateRoot = join(packageDir, ".state");

/** The graphs the server serves: every `graphs/<name>.mts`, exported as `graph`. */
export const GRAPH_NAMES = readdirSync(graphsDir)
  .filter((file) => file.endsWith(".mts"))
  .map((file) => file.slice(0, -".mts".length));

const running = new Set<ChildProcess>();
// If the test process dies without stopping its servers, take them down with it.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/**
 * Starts the real LangGraph API server (`@langchain/langgraph-api`, in-memory) on 127.0.0.1 with
 * fresh state and this package's graphs, and resolves once `GET /ok` answers 200.
 *
 * @example
 * const server = await startLangGraphServer();
 * try { … server.url … } finally { await server.stop(); }
 */
export async function startLangGraphServer(options: StartOptions = {}): Promise<LangGraphServer> {
  const port = options.port ?? (await freePort());
  mkdirSync(stateRoot, { recursive: true });
  // A fresh working folder per server: the API persists its state there, so servers started in
  // parallel (several test suites at once) never share or clobber state.
  const cwd = mkdtempSync(join(stateRoot, "server-"));
  const graphs = Object.fromEntries(
    GRAPH_NAMES.map((name) => [name, `../../graphs/${name}.mts:graph`]),
  );
  const payload = { port, nWorkers: options.workers ?? 10, host: "127.0.0.1", cwd, graphs };
  const preload = join(
    dirname(require.resolve("@langchain/langgraph-api/package.json")),
    "dist",
    "preload.mjs",
  );
  const child = spawn(
    process.execPath,
    [
      // Resolved from `cwd`, which lies inside this package: its own tsx.
      "--import",
      "tsx",
      "--import",
      pathToUrl(preload),
      join(packageDir, "src", "serve.mjs"),
      JSON.stringify(payload),
    ],
    {
      cwd,
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        ...process.env,
        LANGGRAPH_CLI_NO_ANALYTICS: "1",
        LANGSMITH_TRACING: "false",
        LANGCHAIN_TRACING_V2: "false",
        NODE_ENV: "development",
        NO_COLOR: "1",
        // The server extracts a graph's schemas (getSchemas, getSubgraphs) by compiling its
        // TypeScript in a worker it gives up on after 30 s, answering 500 (PLATFORM_SPEC Q15). On
        // a busy two-core machine that takes longer every time, so the call could never succeed:
        // allow two minutes unless the environment says otherwise.
        LANGGRAPH_SCHEMA_RESOLVE_TIMEOUT_MS:
          process.env.LANGGRAPH_SCHEMA_RESOLVE_TIMEOUT_MS ?? "120000",
      },
    },
  );
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${port}`;

  let stopped: Promise<void> | undefined;
  const server: LangGraphServer = {
    url,
    pid: child.pid ?? -1,
    logs: () => output,
    stop: () => {
      stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
          await exited;
          clearTimeout(timer);
        }
        running.delete(child);
        rmSync(cwd, { recursive: true, force: true });
      })();
      return stopped;
    },
  };

  try {
    await waitForOk(url, exited, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await server.stop();
    throw new Error(`LangGraph server did not start: ${(error as Error).message}\n${output}`);
  }
  return server;
}

async function waitForOk(url: string, exited: Promise<number | null>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`the server process exited with code ${exitCode}`);
    try {
      const response = await fetch(`${url}/ok`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no 200 from ${url}/ok within ${timeoutMs} ms`);
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

function pathToUrl(path: string): string {
  return new URL(`file://${path}`).href;
}
