// How the browser tests find a Chromium: the order (CHROMIUM_PATH, system, Playwright's cache,
// npm), RUNWIRE_BROWSER=npm forcing the npm one, the errors that say what to set, and the npm
// Chromium itself: unpacked (also by two callers at once) and runnable with its own libraries.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findChromium } from "../src/chromium.mjs";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "runwire-find-chromium-"));
  dirs.push(dir);
  return dir;
}

/** An executable file at `path` (a stand-in: the finder checks, it does not run). */
function executable(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, "#!/bin/sh\n", { mode: 0o755 });
  return path;
}

/** An environment with nothing to find unless the test adds it. */
function bareEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const home = tempDir();
  return { HOME: home, PATH: "", PLAYWRIGHT_BROWSERS_PATH: join(home, "none"), ...extra };
}

describe("findChromium: the order", () => {
  it("takes CHROMIUM_PATH before a Chromium on PATH", async () => {
    const dir = tempDir();
    const own = executable(join(dir, "own", "chrome"));
    executable(join(dir, "bin", "chromium"));
    const found = await findChromium({
      env: bareEnv({ CHROMIUM_PATH: own, PATH: join(dir, "bin") }),
    });
    expect(found).toEqual({ executablePath: own, env: {}, source: "CHROMIUM_PATH" });
  });

  it("fails on a CHROMIUM_PATH that is not an executable, naming the variable", async () => {
    const missing = join(tempDir(), "no-such-chrome");
    await expect(findChromium({ env: bareEnv({ CHROMIUM_PATH: missing }) })).rejects.toThrow(
      `CHROMIUM_PATH is ${missing}, which is not an executable file.`,
    );
  });

  it("finds a system Chromium or Chrome on PATH", async () => {
    const dir = tempDir();
    const chrome = executable(join(dir, "bin", "google-chrome-stable"));
    const found = await findChromium({ env: bareEnv({ PATH: join(dir, "bin") }) });
    expect(found).toMatchObject({ executablePath: chrome, source: "system" });
  });

  it("else takes the newest browser in Playwright's cache", async () => {
    const cache = tempDir();
    executable(join(cache, "chromium-1200", "chrome-linux64", "chrome"));
    const newest = executable(
      join(cache, "chromium_headless_shell-1255", "chrome-linux", "headless_shell"),
    );
    const found = await findChromium({
      env: bareEnv({ PLAYWRIGHT_BROWSERS_PATH: cache }),
      platform: "linux",
      arch: "x64",
    });
    expect(found).toMatchObject({ executablePath: newest, source: "playwright" });
  });

  it("names CHROMIUM_PATH when nothing is found and npm has no build for the platform", async () => {
    await expect(
      findChromium({ env: bareEnv(), platform: "darwin", arch: "arm64" }),
    ).rejects.toThrow(
      /No Chromium found on this darwin-arm64 machine, .*Linux x64 only\. Install Chromium or Chrome, or set CHROMIUM_PATH to its executable\./,
    );
  });

  it("says RUNWIRE_BROWSER=npm cannot be had off Linux x64, and what to set instead", async () => {
    await expect(
      findChromium({ env: bareEnv({ RUNWIRE_BROWSER: "npm" }), platform: "win32", arch: "x64" }),
    ).rejects.toThrow(
      "built for Linux x64 only; this machine is win32-x64. Unset RUNWIRE_BROWSER and set CHROMIUM_PATH",
    );
  });

  it("rejects an unknown RUNWIRE_BROWSER", async () => {
    await expect(findChromium({ env: bareEnv({ RUNWIRE_BROWSER: "apt" }) })).rejects.toThrow(
      'RUNWIRE_BROWSER must be "auto" (the default) or "npm", not "apt".',
    );
  });
});

const linuxX64 = process.platform === "linux" && process.arch === "x64";

describe.runIf(linuxX64)("findChromium: the npm Chromium (@sparticuz/chromium)", () => {
  it("is forced by RUNWIRE_BROWSER=npm, over CHROMIUM_PATH and a system Chromium", async () => {
    const dir = tempDir();
    const found = await findChromium({
      env: bareEnv({
        RUNWIRE_BROWSER: "npm",
        CHROMIUM_PATH: executable(join(dir, "own", "chrome")),
        PATH: dirname(executable(join(dir, "bin", "chromium"))),
      }),
    });
    expect(found.source).toBe("npm");
    expect(found.executablePath).toMatch(/sparticuz-chromium-[\d.]+\/chromium$/);
  });

  it("unpacks once for two callers at once, and runs with its own NSS instead of the system's", async () => {
    const cacheDir = tempDir();
    const env = bareEnv({ RUNWIRE_BROWSER: "npm" });
    const [first, second] = await Promise.all([
      findChromium({ env, cacheDir }),
      findChromium({ env, cacheDir }),
    ]);
    expect(second.executablePath).toBe(first.executablePath);
    expect(first.executablePath.startsWith(cacheDir)).toBe(true);
    const again = await findChromium({ env, cacheDir });
    expect(again).toMatchObject({ executablePath: first.executablePath, unpacked: false });

    const runEnv = { ...process.env, ...first.env };
    const version = execFileSync(first.executablePath, ["--version"], { env: runEnv });
    expect(version.toString()).toMatch(/^Chromium \d+\./);
    // The dynamic loader resolves NSS from the unpacked lib/, so no apt package is needed.
    const libraries = execFileSync("ldd", [first.executablePath], { env: runEnv }).toString();
    expect(libraries).toContain(`libnss3.so => ${join(dirname(first.executablePath), "lib")}/`);
    expect(libraries).not.toContain("not found");
  });
});
