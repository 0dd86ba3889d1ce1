// One Chromium (found by @runwire/runtime-smoke: CHROMIUM_PATH, a system one, Playwright's cache,
// else the npm package; RUNWIRE_BROWSER=npm forces that one) and the built test pages, for a
// test file; each test opens its pages and records the API requests they send.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "@runwire/runtime-smoke/chromium";
import { type BrowserContext, chromium, type Page, type Request } from "playwright-core";
import { buildPages, type PageName, type StaticServer, servePages } from "./pages.ts";

/** A request a page sent to the LangGraph server. */
export interface ApiRequest {
  method: string;
  /** The path, e.g. `/threads/<id>/runs/stream`. */
  path: string;
  /** The query string, e.g. `?wait=0&action=interrupt` (empty when none). */
  search: string;
  headers: Record<string, string>;
}

/** A page of a test, with the requests it sent to `apiUrl` and its uncaught errors. */
export interface TestPage {
  page: Page;
  /** Every request to the API, in order (headers as sent). */
  requests(): Promise<ApiRequest[]>;
  errors: string[];
}

export interface TestBrowser {
  /** Opens `name` with these URL parameters (`api` is added). */
  open(name: PageName, params?: Record<string, string>): Promise<TestPage>;
  close(): Promise<void>;
}

/** Builds the pages, serves them, and starts Chromium. */
export async function startBrowser(
  apiUrl: string,
  names: readonly PageName[],
): Promise<TestBrowser> {
  const pagesDir = mkdtempSync(join(tmpdir(), "runwire-react-pages-"));
  const profileDir = mkdtempSync(join(tmpdir(), "runwire-react-profile-"));
  let site: StaticServer | undefined;
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close();
    await site?.close();
    for (const dir of [pagesDir, profileDir]) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await buildPages(pagesDir, names);
    site = await servePages(pagesDir);
    context = await launchChromium(chromium, profileDir);
  } catch (error) {
    await close();
    throw error;
  }
  const origin = site.url;
  const browserContext = context;
  return {
    close,
    async open(name, params = {}) {
      const page = await browserContext.newPage();
      const sent: Promise<ApiRequest>[] = [];
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      page.on("request", (request: Request) => {
        if (!request.url().startsWith(apiUrl)) return;
        sent.push(
          request.allHeaders().then((headers) => ({
            method: request.method(),
            path: new URL(request.url()).pathname,
            search: new URL(request.url()).search,
            headers,
          })),
        );
      });
      const query = new URLSearchParams({ api: apiUrl, ...params });
      await page.goto(`${origin}/${name}.html?${query}`);
      return { page, errors, requests: () => Promise.all(sent) };
    },
  };
}
