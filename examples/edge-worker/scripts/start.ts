// The edge-worker example, end to end: the worker in workerd, and one call to the worker whose
// re-streamed events are printed as they arrive.
//
//   LANGGRAPH_API_URL  the LangGraph server the worker streams from (default
//                      http://127.0.0.1:2024, where `langgraph dev` listens)
//   LANGGRAPH_API_KEY  its API key, if it needs one (passed to the worker as a binding)
//   ASSISTANT_ID       the assistant or graph id to run (default "story", the repo's demo graph)
import { startWorker } from "./worker.ts";

const apiUrl = process.env.LANGGRAPH_API_URL ?? "http://127.0.0.1:2024";
const assistantId = process.env.ASSISTANT_ID ?? "story";
const worker = await startWorker({ langgraphUrl: apiUrl });
try {
  const query = new URLSearchParams({ graph: assistantId, message: "Why are there tides?" });
  const url = `${worker.url}/stream?${query}`;
  console.log(`worker (workerd) on ${worker.url}, LangGraph server on ${apiUrl}`);
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
      } else if (event === "values") line(`[values] ${data.data.messages?.length} messages`);
      else line(`[${event}] ${JSON.stringify(data)}`);
      end = buffered.indexOf("\n\n");
    }
  }
} finally {
  await worker.stop();
}
