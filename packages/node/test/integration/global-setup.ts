import { type LangGraphServer, startLangGraphServer } from "@runwire/langgraph-test-server";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    langgraphUrl: string;
  }
}

let server: LangGraphServer | undefined;

export async function setup(project: TestProject) {
  server = await startLangGraphServer();
  project.provide("langgraphUrl", server.url);
}

export async function teardown() {
  await server?.stop();
}
