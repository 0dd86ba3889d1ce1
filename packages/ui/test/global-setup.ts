// One real LangGraph server for the whole run: the store's integration and fault suites talk to it
// (the faults through a cutting proxy in front of it).
export { setup, teardown } from "@runwire/langgraph-test-server/vitest-global-setup";
