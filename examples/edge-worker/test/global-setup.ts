// One real LangGraph server for the whole run; the worker in workerd streams from it.
export { setup, teardown } from "@runwire/langgraph-test-server/vitest-global-setup";
