// The proxy end to end: the proxy in front of a LangGraph server, and one run streamed through
// the proxy by the stock @runwire/edge client, as a page would. Then the proxy keeps serving, so
// the curl example below can be tried; Ctrl-C stops it.
//
//   LANGGRAPH_API_URL  the LangGraph server (default http://127.0.0.1:2024, where
//                      `langgraph dev` listens; `npm run demo:proxy` starts one and sets it)
//   LANGGRAPH_API_KEY  its API key, if it needs one
//   ASSISTANT_ID       the assistant or graph id to run (default "story", the repo's demo graph)
import { randomUUID } from "node:crypto";
import { createClient } from "@runwire/edge";
import { startProxyServer } from "../src/server.ts";

const langgraphUrl = process.env.LANGGRAPH_API_URL ?? "http://127.0.0.1:2024";
const assistantId = process.env.ASSISTANT_ID ?? "story";
const browserToken = randomUUID();
const proxy = await startProxyServer({
  langgraphUrl,
  langgraphApiKey: process.env.LANGGRAPH_API_KEY || null,
  browserToken,
  allowedAssistants: [assistantId],
  corsOrigins: [],
  hostname: "127.0.0.1",
  port: 0,
});
const stop = async () => {
  await proxy.close();
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());

console.log(`proxy on ${proxy.url} -> LangGraph server on ${langgraphUrl}\n`);
try {
  // The page's client: apiUrl is the proxy, and the only credential is the proxy's token.
  const page = createClient({
    apiUrl: proxy.url,
    apiKey: null,
    defaultHeaders: { authorization: `Bearer ${browserToken}` },
  });
  for await (const part of page.runs.stream(null, assistantId, {
    input: { messages: [{ type: "human", content: "Why are there tides?" }] },
    streamMode: ["messages-tuple"],
    version: "v2",
  })) {
    if (part.type === "messages") process.stdout.write(String(part.data[0].content ?? ""));
    else console.log(`[${part.type}] ${JSON.stringify(part.data)}`);
  }
  console.log("\n\nTry it with curl (the same wire as the LangGraph server's):\n");
  console.log(
    `curl -N ${proxy.url}/runs/stream -H 'authorization: Bearer ${browserToken}' -H 'content-type: application/json' -d '{"assistant_id":"${assistantId}","input":{"messages":[{"type":"human","content":"hi"}]},"stream_mode":["updates"]}'`,
  );
  console.log("\nCtrl-C stops the proxy.");
} catch (error) {
  await stop();
  throw error;
}
