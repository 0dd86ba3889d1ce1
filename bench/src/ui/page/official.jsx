// The official hook's page: `useStream` from `@langchain/langgraph-sdk/react` 1.15.0, rendered
// through the shared chat view (memoised rows).
import { useStream } from "@langchain/langgraph-sdk/react";
import { StreamChat, startHarness } from "./harness.jsx";

startHarness("official", StreamChat, { useStream });
