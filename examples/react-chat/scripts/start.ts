// The React chat example: builds the page, serves it on 127.0.0.1 and prints the address to open,
// with the LangGraph server in its `?api=` parameter (a page has no environment). Waits until
// Ctrl-C.
//
//   LANGGRAPH_API_URL  the LangGraph server the page talks to (default http://127.0.0.1:2024,
//                      where `langgraph dev` listens); it must allow the page's origin (CORS)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPage, servePage } from "./page.ts";

const apiUrl = process.env.LANGGRAPH_API_URL ?? "http://127.0.0.1:2024";
const outDir = mkdtempSync(join(tmpdir(), "runwire-react-chat-"));
await buildPage(outDir);
const page = await servePage(outDir);

console.log(`LangGraph server: ${apiUrl}`);
console.log(`Open ${page.url}/?api=${encodeURIComponent(apiUrl)}`);
console.log("Ctrl-C stops the page.");

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await page.close();
  rmSync(outDir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
