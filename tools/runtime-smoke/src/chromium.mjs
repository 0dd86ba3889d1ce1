// Finds the Chromium the browser tests drive (packages/browser's and examples/browser's tests, the
// release check's browser consumer), so they run on a machine with only Node and npm. In order:
//   1. CHROMIUM_PATH, when set (an executable Chromium or Chrome);
//   2. a Chromium or Chrome installed on the machine (on PATH, or the macOS app);
//   3. a browser Playwright downloaded before (its cache, or PLAYWRIGHT_BROWSERS_PATH);
//   4. the Chromium inside the npm package @sparticuz/chromium (Linux x64 only), unpacked once
//      into node_modules/.cache (./npm-chromium.mjs). Nothing is downloaded at run time: the
//      binary came with `pnpm install`, from the npm registry.
// RUNWIRE_BROWSER=npm skips 1-3, so CI proves the npm browser works whatever else is installed.
import { accessSync, constants, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
import { npmChromium } from "./npm-chromium.mjs";

/**
 * The flags both browser consumers start Chromium with: headless, quiet, no sandbox (containers
 * and root have none), no zygote (the npm build is a headless shell made for sandboxless hosts).
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--no-zygote",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];
const MACOS_APPS = [
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];
// The executables inside a Playwright browser folder (chromium-<rev>, chromium_headless_shell-<rev>),
// by the layouts its releases have used.
const PLAYWRIGHT_EXECUTABLES = [
  "chrome-linux/chrome",
  "chrome-linux64/chrome",
  "chrome-linux/headless_shell",
  "chrome-headless-shell-linux64/chrome-headless-shell",
  "chrome-mac/Chromium.app/Contents/MacOS/Chromium",
  "chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium",
  "chrome-mac/headless_shell",
  "chrome-headless-shell-mac-arm64/chrome-headless-shell",
  "chrome-headless-shell-mac-x64/chrome-headless-shell",
];

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function systemChromium(env, platform) {
  const onPath = (env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => SYSTEM_NAMES.map((name) => join(dir, name)));
  const candidates = platform === "darwin" ? [...onPath, ...MACOS_APPS] : onPath;
  return candidates.find(isExecutable);
}

function playwrightCacheDir(env, platform) {
  if (env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== "0") {
    return env.PLAYWRIGHT_BROWSERS_PATH;
  }
  const home = env.HOME ?? homedir();
  if (platform === "darwin") return join(home, "Library", "Caches", "ms-playwright");
  if (platform === "win32") return join(env.LOCALAPPDATA ?? home, "ms-playwright");
  return join(env.XDG_CACHE_HOME ?? join(home, ".cache"), "ms-playwright");
}

function playwrightChromium(env, platform) {
  const cache = playwrightCacheDir(env, platform);
  let entries;
  try {
    entries = readdirSync(cache);
  } catch {
    return undefined;
  }
  // The newest revision first; a full Chromium before a headless shell of the same revision.
  const folders = entries
    .map((name) => /^(chromium|chromium_headless_shell)-(\d+)$/.exec(name))
    .filter((match) => match !== null)
    .sort((a, b) => Number(b[2]) - Number(a[2]) || a[1].localeCompare(b[1]))
    .map((match) => join(cache, match[0]));
  return folders
    .flatMap((folder) => PLAYWRIGHT_EXECUTABLES.map((path) => join(folder, path)))
    .find(isExecutable);
}

/**
 * The Chromium to launch, and the environment to launch it with.
 *
 * @param {import("./chromium.d.mts").FindChromiumOptions} [options]
 * @returns {Promise<import("./chromium.d.mts").FoundChromium>}
 */
export async function findChromium(options = {}) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const mode = env.RUNWIRE_BROWSER || "auto";
  if (mode !== "auto" && mode !== "npm") {
    throw new Error(`RUNWIRE_BROWSER must be "auto" (the default) or "npm", not "${mode}".`);
  }

  if (mode === "auto") {
    if (env.CHROMIUM_PATH) {
      if (!isExecutable(env.CHROMIUM_PATH)) {
        throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which is not an executable file.`);
      }
      return { executablePath: env.CHROMIUM_PATH, env: {}, source: "CHROMIUM_PATH" };
    }
    const system = systemChromium(env, platform);
    if (system) return { executablePath: system, env: {}, source: "system" };
    const playwright = playwrightChromium(env, platform);
    if (playwright) return { executablePath: playwright, env: {}, source: "playwright" };
  }

  if (platform !== "linux" || arch !== "x64") {
    throw new Error(
      mode === "npm"
        ? `RUNWIRE_BROWSER=npm asks for the npm Chromium (@sparticuz/chromium), which is built for Linux x64 only; this machine is ${platform}-${arch}. Unset RUNWIRE_BROWSER and set CHROMIUM_PATH to a Chromium or Chrome executable.`
        : `No Chromium found on this ${platform}-${arch} machine, and the npm one (@sparticuz/chromium) is built for Linux x64 only. Install Chromium or Chrome, or set CHROMIUM_PATH to its executable.`,
    );
  }
  const npm = await npmChromium({
    env,
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
  });
  return { ...npm, source: "npm" };
}

/**
 * The environment to give the launched browser: this process's, plus what the found one needs.
 *
 * @param {import("./chromium.d.mts").FoundChromium} found
 * @returns {Record<string, string>}
 */
export function chromiumEnv(found) {
  const inherited = Object.entries(process.env).filter(([, value]) => value !== undefined);
  return { ...Object.fromEntries(inherited), ...found.env };
}

/**
 * Finds the Chromium (findChromium) and starts it headless with a persistent profile in
 * `profileDir`, through the caller's playwright-core launcher (`chromium` from playwright-core,
 * which this package does not depend on). A browser that does not start fails with where it was
 * found and how to pick another.
 *
 * @template Context
 * @param {import("./chromium.d.mts").PersistentContextLauncher<Context>} launcher
 * @param {string} profileDir
 * @returns {Promise<Context>}
 */
export async function launchChromium(launcher, profileDir) {
  const browser = await findChromium();
  console.info(`Chromium (${browser.source}): ${browser.executablePath}`);
  try {
    return await launcher.launchPersistentContext(profileDir, {
      executablePath: browser.executablePath,
      env: chromiumEnv(browser),
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
  } catch (error) {
    throw new Error(
      `Could not start ${browser.executablePath} (found via ${browser.source}; set CHROMIUM_PATH to another Chromium or Chrome, or RUNWIRE_BROWSER=npm for the npm one): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
