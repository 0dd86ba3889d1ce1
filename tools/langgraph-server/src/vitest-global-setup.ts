import type { TestProject } from "vitest/node";
import { type LangGraphServer, startLangGraphServer } from "./index.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the real LangGraph server started for the test run. */
    langgraphUrl: string;
  }
}

let server: LangGraphServer | undefined;

/**
 * vitest global setup shared by every suite that talks to the real server: one server for the
 * whole run, its URL provided as `langgraphUrl` (`inject("langgraphUrl")`), stopped at the end,
 * also when tests fail.
 */
export async function setup(project: TestProject) {
  server = await startLangGraphServer();
  project.provide("langgraphUrl", server.url);
}

export async function teardown() {
  await server?.stop();
}
