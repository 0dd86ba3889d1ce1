// One real LangGraph server for the whole run; the pages in Chromium talk to it (it answers
// cross-origin requests: its CORS middleware allows any origin by default).
export { setup, teardown } from "@runwire/langgraph-test-server/vitest-global-setup";
