// One real LangGraph server for the whole run, shared by the runtime tests (workerd, Bun, Deno).
export { setup, teardown } from "@runwire/langgraph-test-server/vitest-global-setup";
