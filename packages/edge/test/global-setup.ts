// One real LangGraph server for the whole run, shared by the runtime tests (Bun, Deno) and the
// client.close() scenario.
export { setup, teardown } from "@runwire/langgraph-test-server/vitest-global-setup";
