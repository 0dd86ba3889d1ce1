// The Chromium inside the npm package @sparticuz/chromium (Linux x64): brotli-compressed in its
// tarball, with the shared libraries it needs beyond glibc (NSS, NSPR, expat: the al2023 set
// built for AWS Lambda, which load on any glibc >= 2.34 Linux) and a font. Unpacked once per
// package version into node_modules/.cache, then reused.
//
// Only the package's files are used, not its JavaScript: that unpacks into a fixed /tmp/chromium
// shared by every user and run, and its newest versions declare Node >= 22 while runwire's tests
// run on Node 20. What is read here works on any Node >= 20.
import { createReadStream, createWriteStream, existsSync, readFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { createBrotliDecompress } from "node:zlib";
import { extract } from "tar-fs";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const defaultCacheDir = join(packageDir, "node_modules", ".cache");

function sparticuzBinDir() {
  let entry;
  try {
    // Its exports map lists "." only: resolve the entry (build/index.js), then go up to bin/.
    entry = createRequire(join(packageDir, "package.json")).resolve("@sparticuz/chromium");
  } catch (error) {
    throw new Error(
      `The npm package @sparticuz/chromium (a devDependency of @runwire/runtime-smoke) is not installed: run pnpm install. ${error.message}`,
    );
  }
  const dir = join(dirname(entry), "..");
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return { bin: join(dir, "bin"), version };
}

const unbrotli = (from, to) =>
  pipeline(
    createReadStream(from),
    createBrotliDecompress({ chunkSize: 2 ** 21 }),
    createWriteStream(to, { mode: 0o755 }),
  );

const untar = (from, dir) =>
  pipeline(createReadStream(from), createBrotliDecompress(), extract(dir));

// Its own fonts.conf names /tmp/fonts (Lambda's layout); this one names the unpacked folder.
const fontsConf = (dir) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(dir, "fonts")}</dir>
  <cachedir>${join(dir, "fonts-cache")}</cachedir>
</fontconfig>
`;

/** Unpacks into a private folder, then renames it into place: readers never see half a browser. */
async function unpack(bin, target) {
  const staging = `${target}.partial-${process.pid}-${Date.now()}`;
  await mkdir(staging, { recursive: true });
  try {
    await Promise.all([
      unbrotli(join(bin, "chromium.br"), join(staging, "chromium")),
      // lib/*.so: NSS, NSPR, expat.
      untar(join(bin, "al2023.tar.br"), staging),
      // fonts/ (Open Sans).
      untar(join(bin, "fonts.tar.br"), staging),
      // libEGL, libGLESv2, SwiftShader: Chromium looks for them next to its binary.
      untar(join(bin, "swiftshader.tar.br"), staging),
    ]);
    await writeFile(join(staging, "fonts.conf"), fontsConf(target));
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another process unpacked the same version first: use that one.
    if (existsSync(join(target, "chromium"))) return;
    throw error;
  }
}

/**
 * The npm Chromium's path (unpacked on first use) and the environment it needs.
 *
 * @param {{ cacheDir?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ executablePath: string, env: Record<string, string>, unpacked: boolean }>}
 */
export async function npmChromium(options = {}) {
  const { bin, version } = sparticuzBinDir();
  const target = join(options.cacheDir ?? defaultCacheDir, `sparticuz-chromium-${version}`);
  const executablePath = join(target, "chromium");
  const unpacked = !existsSync(executablePath);
  if (unpacked) {
    await mkdir(dirname(target), { recursive: true });
    await unpack(bin, target);
  }
  const inherited = (options.env ?? process.env).LD_LIBRARY_PATH;
  return {
    executablePath,
    env: {
      // Its libraries first, so the launched browser needs no NSS from the system.
      LD_LIBRARY_PATH: inherited ? `${join(target, "lib")}:${inherited}` : join(target, "lib"),
      FONTCONFIG_FILE: join(target, "fonts.conf"),
    },
    unpacked,
  };
}
