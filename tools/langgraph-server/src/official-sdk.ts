// The official JS SDK, for differential tests: the same calls through it and through runwire
// against one real server. Re-exported here because this package already pins it (1.15.0) beside
// the server it was probed against; the runtime packages do not depend on it.
export { Client as OfficialClient } from "@langchain/langgraph-sdk";
