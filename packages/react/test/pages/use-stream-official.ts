// The official hook, for the differential page's second build.
export { useStream } from "@langchain/langgraph-sdk/react";
