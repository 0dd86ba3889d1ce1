import { type LangGraphServer, startLangGraphServer } from "@runwire/langgraph-test-server";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    langgraphUrl: string;
  }
}

let server: LangGraphServer | undefined;

// One real LangGraph server for the whole run, shared by the runtime tests (workerd, Bun, Deno).
export async function setup(project: TestProject) {
  server = await startLangGraphServer();
  project.provide("langgraphUrl", server.url);
}

export async function teardown() {
  await server?.stop();
}
