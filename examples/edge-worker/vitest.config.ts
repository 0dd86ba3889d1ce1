// The real LangGraph server for the run; bundling the worker and starting workerd is part of the
// test's setup.
export { realServerTestConfig as default } from "../../vitest.base.ts";
