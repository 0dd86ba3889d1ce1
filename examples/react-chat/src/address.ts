// What the page keeps in its address: the LangGraph server (`?api=`, a page has no environment),
// the graph (`?graph=`) and the thread (`?thread=`). The thread in the address is what makes a
// reload mount the same conversation again, or a link share it.
import { GRAPH_IDS, type GraphId } from "./graphs";

export interface Address {
  api: string;
  graph: GraphId;
  thread: string | null;
}

export function readAddress(): Address {
  const params = new URLSearchParams(location.search);
  const graph = params.get("graph");
  return {
    // Where `langgraph dev` listens, unless the address names another server.
    api: params.get("api") ?? "http://127.0.0.1:2024",
    graph: GRAPH_IDS.find((id) => id === graph) ?? "story",
    thread: params.get("thread"),
  };
}

/** Puts the graph and thread in the address without a navigation or a history entry. */
export function writeAddress({ graph, thread }: Pick<Address, "graph" | "thread">): void {
  const url = new URL(location.href);
  url.searchParams.set("graph", graph);
  if (thread === null) url.searchParams.delete("thread");
  else url.searchParams.set("thread", thread);
  if (url.href !== location.href) history.replaceState(null, "", url);
}
