// One real LangGraph server for the whole run (integration and fault suites).
export { setup, teardown } from "@runwire/langgraph-test-server/vitest-global-setup";
