// The proxy end to end: the real LangGraph server (in-memory), the proxy in front of it, and one
// run streamed through the proxy by the stock @runwire/edge client, as a page would. Then the
// proxy keeps serving, so the curl example below can be tried; Ctrl-C stops both.
import { randomUUID } from "node:crypto";
import { createClient } from "@runwire/edge";
import { startLangGraphServer } from "@runwire/langgraph-test-server";
import { startProxyServer } from "../src/server.ts";

const langgraph = await startLangGraphServer();
const browserToken = randomUUID();
const proxy = await startProxyServer({
  langgraphUrl: langgraph.url,
  // The in-memory server accepts any key; a deployment checks it.
  langgraphApiKey: "demo-upstream-key",
  browserToken,
  allowedAssistants: ["story", "echo"],
  corsOrigins: [],
  hostname: "127.0.0.1",
  port: 0,
});
const stop = async () => {
  await proxy.close();
  await langgraph.stop();
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());

console.log(`proxy on ${proxy.url} -> LangGraph server on ${langgraph.url}\n`);
try {
  // The page's client: apiUrl is the proxy, and the only credential is the proxy's token.
  const page = createClient({
    apiUrl: proxy.url,
    apiKey: null,
    defaultHeaders: { authorization: `Bearer ${browserToken}` },
  });
  for await (const part of page.runs.stream(null, "story", {
    input: { messages: [{ type: "human", content: "Why are there tides?" }] },
    streamMode: ["messages-tuple"],
    version: "v2",
  })) {
    if (part.type === "messages") process.stdout.write(String(part.data[0].content ?? ""));
    else console.log(`[${part.type}] ${JSON.stringify(part.data)}`);
  }
  console.log("\n\nTry it with curl (the same wire as the LangGraph server's):\n");
  console.log(
    `curl -N ${proxy.url}/runs/stream -H 'authorization: Bearer ${browserToken}' -H 'content-type: application/json' -d '{"assistant_id":"echo","input":{"messages":[{"type":"human","content":"hi"}]},"stream_mode":["updates"]}'`,
  );
  console.log("\nCtrl-C stops the proxy and the LangGraph server.");
} catch (error) {
  await stop();
  throw error;
}
