// One real LangGraph server for the whole run: the store's integration and fault suites talk to it
// (the faults through a cutting proxy in front of it). Workers for every run the suites have going
// at once (the seeded cuts alone stream twelve), so none waits in the server's queue.
import { type LangGraphServer, startLangGraphServer } from "@runwire/langgraph-test-server";
import type {} from "@runwire/langgraph-test-server/vitest-global-setup";
import type { TestProject } from "vitest/node";

let server: LangGraphServer | undefined;

export async function setup(project: TestProject) {
  server = await startLangGraphServer({ workers: 32 });
  project.provide("langgraphUrl", server.url);
}

export async function teardown() {
  await server?.stop();
}
