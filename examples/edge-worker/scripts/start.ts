// The edge-worker example, end to end: the real LangGraph server, the worker in workerd, and one
// call to the worker whose re-streamed events are printed as they arrive.
import { startLangGraphServer } from "@runwire/langgraph-test-server";
import { startWorker } from "./worker.ts";

const server = await startLangGraphServer();
const worker = await startWorker({ langgraphUrl: server.url });
try {
  const url = `${worker.url}/stream?graph=story&message=${encodeURIComponent("Why are there tides?")}`;
  console.log(`worker (workerd) on ${worker.url}, LangGraph server on ${server.url}`);
  console.log(`GET ${url}\n`);
  const response = await fetch(url);
  if (!response.body) throw new Error(`no body: ${response.status}`);
  const decoder = new TextDecoder();
  let buffered = "";
  let midLine = false; // tokens printed since the last newline
  const line = (text: string) => {
    console.log(`${midLine ? "\n" : ""}${text}`);
    midLine = false;
  };
  for await (const chunk of response.body) {
    buffered += decoder.decode(chunk, { stream: true });
    let end = buffered.indexOf("\n\n");
    while (end !== -1) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "";
      const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "null");
      if (event === "messages") {
        process.stdout.write(String(data.data[0].content ?? ""));
        midLine = true;
      } else if (event === "values") line(`[values] ${data.data.messages.length} messages`);
      else line(`[${event}] ${JSON.stringify(data)}`);
      end = buffered.indexOf("\n\n");
    }
  }
} finally {
  await worker.stop();
  await server.stop();
}
