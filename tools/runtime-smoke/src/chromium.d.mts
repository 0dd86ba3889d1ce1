/** Where the browser was found. */
export type ChromiumSource = "CHROMIUM_PATH" | "system" | "playwright" | "npm";

export interface FindChromiumOptions {
  /** Defaults to `process.env` (CHROMIUM_PATH, RUNWIRE_BROWSER, PATH, PLAYWRIGHT_BROWSERS_PATH, HOME). */
  readonly env?: NodeJS.ProcessEnv;
  /** Defaults to `process.platform`. */
  readonly platform?: NodeJS.Platform;
  /** Defaults to `process.arch`. */
  readonly arch?: string;
  /** Where the npm browser is unpacked; defaults to this package's node_modules/.cache. */
  readonly cacheDir?: string;
}

export interface FoundChromium {
  readonly executablePath: string;
  /** Variables the browser needs on top of this process's (the npm one: LD_LIBRARY_PATH, FONTCONFIG_FILE). */
  readonly env: Readonly<Record<string, string>>;
  readonly source: ChromiumSource;
  /** The npm browser only: unpacked by this call (false when a previous run had). */
  readonly unpacked?: boolean;
}

/** The flags both browser consumers start Chromium with. */
export declare const CHROMIUM_ARGS: readonly string[];

/**
 * The Chromium to launch: CHROMIUM_PATH, a system Chromium/Chrome, Playwright's cache, else the
 * npm package @sparticuz/chromium (Linux x64). RUNWIRE_BROWSER=npm forces the npm one.
 */
export declare function findChromium(options?: FindChromiumOptions): Promise<FoundChromium>;

/** `process.env` plus what the found browser needs: the `env` to launch it with. */
export declare function chromiumEnv(found: FoundChromium): Record<string, string>;

/** What `launchChromium` needs of playwright-core's `chromium` (typed here: no dependency on it). */
export interface PersistentContextLauncher<Context> {
  launchPersistentContext(
    userDataDir: string,
    options: {
      executablePath: string;
      env: Record<string, string>;
      headless: boolean;
      args: string[];
    },
  ): Promise<Context>;
}

/**
 * Finds the Chromium (`findChromium`) and starts it headless with a persistent profile in
 * `profileDir`, through playwright-core's `chromium`; the error says where the browser was found
 * and how to pick another.
 *
 * @example
 * const context = await launchChromium(chromium, mkdtempSync(join(tmpdir(), "profile-")));
 */
export declare function launchChromium<Context>(
  launcher: PersistentContextLauncher<Context>,
  profileDir: string,
): Promise<Context>;
