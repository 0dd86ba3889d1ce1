// The real LangGraph server for the run; each test file starts its own proxy in front of it.
export { realServerTestConfig as default } from "../../vitest.base.ts";
