// The real LangGraph server for the run; starting a runtime (Bun, Deno) is part of a test file's
// setup.
export { realServerTestConfig as default } from "../../vitest.base.ts";
