// Finds the Bun and Deno binaries the npm packages `bun` and `deno` install (each in a platform
// package, so no install script is needed), bundles the smoke entries, and runs them.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runwireFromSource } from "@runwire/runtime-smoke/runwire-from-source";
import { type BuildOptions, build } from "esbuild";
import type { SmokeReport } from "./smoke";

const here = dirname(fileURLToPath(import.meta.url));
const edgeRequire = createRequire(join(here, "..", "..", "package.json"));

/**
 * The binary inside `<wrapper>`'s platform package for this machine. A missing one fails with the
 * reason, never a skip: the runtime is a devDependency, so it must be there.
 */
function platformBinary(wrapper: string, platformPackage: string, binary: string): string {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `The ${wrapper} smoke test knows the linux-x64 binary package only (${platformPackage}); this is ${process.platform}-${process.arch}.`,
    );
  }
  let packageJson: string;
  try {
    const wrapperRequire = createRequire(edgeRequire.resolve(`${wrapper}/package.json`));
    packageJson = wrapperRequire.resolve(`${platformPackage}/package.json`);
  } catch (error) {
    throw new Error(
      `${platformPackage} (the ${wrapper} binary, an optional dependency of the npm package "${wrapper}") is not installed: run pnpm install. ${(error as Error).message}`,
    );
  }
  const path = join(dirname(packageJson), binary);
  if (!existsSync(path)) throw new Error(`${platformPackage} has no ${binary}`);
  return path;
}

export const bunBinary = () => platformBinary("bun", "@oven/bun-linux-x64", "bin/bun");
export const denoBinary = () => platformBinary("deno", "@deno/linux-x64-glibc", "deno");

/** Bundled smoke entries, ready to run. */
export interface SmokeBundles {
  /** `@runwire/edge`, bundled for any runtime (`--platform=neutral`): no imports left. */
  readonly edge: string;
  /**
   * `@runwire/node`, bundled with undici left as an import (resolved from a `node_modules` next
   * to the bundle), so the runtime loads undici as an app that installed @runwire/node would.
   */
  readonly node: string;
}

export async function bundleSmoke(outDir: string): Promise<SmokeBundles> {
  const edge = join(outDir, "edge-smoke.mjs");
  const node = join(outDir, "node-smoke.mjs");
  const common: BuildOptions = {
    bundle: true,
    format: "esm",
    target: "es2022",
    logLevel: "warning",
    plugins: [runwireFromSource()],
  };
  await build({
    ...common,
    entryPoints: [join(here, "edge-entry.ts")],
    outfile: edge,
    platform: "neutral",
    mainFields: ["module", "main"],
  });
  await build({
    ...common,
    entryPoints: [join(here, "node-entry.ts")],
    outfile: node,
    platform: "node",
    external: ["undici"],
  });
  // undici as @runwire/node depends on it.
  const nodeRequire = createRequire(edgeRequire.resolve("@runwire/node/package.json"));
  mkdirSync(join(outDir, "node_modules"), { recursive: true });
  symlinkSync(
    dirname(nodeRequire.resolve("undici/package.json")),
    join(outDir, "node_modules", "undici"),
    "dir",
  );
  return { edge, node };
}

/** What a runtime printed, and the smoke report if it got that far. */
export interface SmokeRun {
  readonly code: number | null;
  readonly output: string;
  readonly report: SmokeReport | undefined;
}

/** Runs `binary args…`, with no network beyond 127.0.0.1 needed, and collects the report. */
export function runRuntime(binary: string, args: string[], timeoutMs = 60_000): Promise<SmokeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        // Neither runtime may reach out: no update checks, no telemetry, no prompts.
        DENO_NO_UPDATE_CHECK: "1",
        DENO_NO_PROMPT: "1",
        DO_NOT_TRACK: "1",
        NO_COLOR: "1",
      },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${binary} did not finish within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      const line = output.split("\n").find((l) => l.startsWith("RUNWIRE_SMOKE "));
      const report = line
        ? (JSON.parse(line.slice("RUNWIRE_SMOKE ".length)) as SmokeReport)
        : undefined;
      resolve({ code, output, report });
    });
  });
}
