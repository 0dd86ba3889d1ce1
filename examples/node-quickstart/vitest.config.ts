// The real LangGraph server for the run (test/global-setup.ts).
export { realServerTestConfig as default } from "../../vitest.base.ts";
