import { type LangGraphServer, startLangGraphServer } from "@runwire/langgraph-test-server";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    langgraphUrl: string;
  }
}

let server: LangGraphServer | undefined;

// One real LangGraph server for the whole run; the page in Chromium talks to it (it answers
// cross-origin requests: its CORS middleware allows any origin by default).
export async function setup(project: TestProject) {
  server = await startLangGraphServer();
  project.provide("langgraphUrl", server.url);
}

export async function teardown() {
  await server?.stop();
}
