// One real LangGraph server for the whole run; the test points the example at it.
export { setup, teardown } from "@runwire/langgraph-test-server/vitest-global-setup";
