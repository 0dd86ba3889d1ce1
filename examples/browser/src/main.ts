// The page's script: streams a run with @runwire/browser and renders each token as it arrives,
// then the final state; starts a slow background run and cancels it.
//
// The LangGraph server is the page's `?api=` parameter (default http://127.0.0.1:2024).
import { createClient, RunwireError } from "@runwire/browser";

const apiUrl = new URLSearchParams(location.search).get("api") ?? "http://127.0.0.1:2024";
const client = createClient({ apiUrl, apiKey: null });

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

const form = element<HTMLFormElement>("stream-form");
const graph = element<HTMLSelectElement>("graph");
const message = element<HTMLInputElement>("message");
const streamButton = element<HTMLButtonElement>("stream");
const answer = element<HTMLDivElement>("answer");
const streamStatus = element<HTMLSpanElement>("stream-status");
const events = element<HTMLOListElement>("events");
const finalState = element<HTMLPreElement>("final-state");
const startSlow = element<HTMLButtonElement>("start-slow");
const cancel = element<HTMLButtonElement>("cancel");
const runIdView = element<HTMLElement>("run-id");
const runStatus = element<HTMLSpanElement>("run-status");

element("api-url").textContent = apiUrl;

/** Shows an error as runwire typed it: class name and message. */
function describe(error: unknown): string {
  if (RunwireError.isInstance(error)) return `${error.name}: ${error.message}`;
  return String(error);
}

/** One entry of the part log; `data-at` is when the page rendered it (ms since load). */
function logPart(type: string, label: string): void {
  const item = document.createElement("li");
  item.dataset.type = type;
  item.dataset.at = performance.now().toFixed(1);
  item.textContent = label;
  events.append(item);
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  streamButton.disabled = true;
  answer.textContent = "";
  events.replaceChildren();
  finalState.textContent = "";
  streamStatus.textContent = "streaming";
  let parts = 0;
  try {
    const stream = client.runs.stream(null, graph.value, {
      input: { messages: [{ type: "human", content: message.value }] },
      streamMode: ["messages-tuple", "values"],
      version: "v2",
    });
    for await (const part of stream) {
      parts += 1;
      if (part.type === "messages") {
        // Each token is rendered as soon as it arrives.
        const token = String(part.data[0].content ?? "");
        answer.append(token);
        logPart("messages", JSON.stringify(token));
      } else if (part.type === "values") {
        finalState.textContent = JSON.stringify(part.data, null, 2);
        logPart("values", "values");
      } else if (part.type === "metadata") {
        logPart("metadata", `run ${String(part.data.run_id).slice(0, 8)}…`);
      } else if (part.type === "error") {
        logPart("error", `${part.data.error}: ${part.data.message}`);
        streamStatus.textContent = `run error: ${part.data.error}: ${part.data.message}`;
        return;
      }
    }
    streamStatus.textContent = `done: ${parts} parts`;
  } catch (error) {
    streamStatus.textContent = `failed: ${describe(error)}`;
  } finally {
    streamButton.disabled = false;
  }
});

let slowRun: { threadId: string; runId: string } | undefined;

startSlow.addEventListener("click", async () => {
  startSlow.disabled = true;
  runStatus.textContent = "starting";
  try {
    const threadId = crypto.randomUUID();
    // Five nodes of 4 s each: plenty of time to cancel it.
    const run = await client.runs.create(threadId, "slow", {
      input: { delay: 4_000 },
      ifNotExists: "create",
    });
    slowRun = { threadId, runId: run.run_id };
    runIdView.textContent = run.run_id;
    runStatus.textContent = run.status;
    cancel.disabled = false;
  } catch (error) {
    runStatus.textContent = `failed: ${describe(error)}`;
    startSlow.disabled = false;
  }
});

cancel.addEventListener("click", async () => {
  if (!slowRun) return;
  cancel.disabled = true;
  runStatus.textContent = "cancelling";
  try {
    // Waits for the run to stop, then reads its status back.
    await client.runs.cancel(slowRun.threadId, slowRun.runId, true, "interrupt");
    runStatus.textContent = (await client.runs.get(slowRun.threadId, slowRun.runId)).status;
  } catch (error) {
    runStatus.textContent = `failed: ${describe(error)}`;
  } finally {
    startSlow.disabled = false;
  }
});
