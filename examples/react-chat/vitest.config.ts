// The real LangGraph server for the run; starting Chromium is part of the test's setup.
export { realServerTestConfig as default } from "../../vitest.base.ts";
