// One real LangGraph server for the whole run; the example's page in Chromium talks to it (it
// answers cross-origin requests: its CORS middleware allows any origin by default).
export { setup, teardown } from "@runwire/langgraph-test-server/vitest-global-setup";
