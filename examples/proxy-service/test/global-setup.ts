// One real LangGraph server for the whole run; each test file starts its own proxy in front of it.
export { setup, teardown } from "@runwire/langgraph-test-server/vitest-global-setup";
