// The browser example: starts the real LangGraph server, builds the page and serves it on
// 127.0.0.1, then waits (Ctrl-C stops everything). Open the printed address in a browser.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLangGraphServer } from "@runwire/langgraph-test-server";
import { buildPage, servePage } from "./page.ts";

const outDir = mkdtempSync(join(tmpdir(), "runwire-browser-example-"));
const server = await startLangGraphServer();
await buildPage(outDir);
const page = await servePage(outDir);

console.log(`LangGraph server: ${server.url}`);
console.log(`Open ${page.url}/?api=${encodeURIComponent(server.url)}`);
console.log("Ctrl-C stops the page and the server.");

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await page.close();
  await server.stop();
  rmSync(outDir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
