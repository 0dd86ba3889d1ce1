// The real LangGraph server for the run; starting Chromium and building the test pages is part of
// each test file's setup.
export { realServerTestConfig as default } from "../../vitest.base.ts";
