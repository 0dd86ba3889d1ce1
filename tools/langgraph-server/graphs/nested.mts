// A parent graph whose middle node is a compiled subgraph: for streamSubgraphs namespaces.
import { Annotation, StateGraph } from "@langchain/langgraph";

const State = Annotation.Root({
  trail: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
});

const child = new StateGraph(State)
  .addNode("inner", () => ({ trail: ["inner"] }))
  .addEdge("__start__", "inner")
  .addEdge("inner", "__end__")
  .compile();

export const graph = new StateGraph(State)
  .addNode("before", () => ({ trail: ["before"] }))
  .addNode("child", child)
  .addNode("after", () => ({ trail: ["after"] }))
  .addEdge("__start__", "before")
  .addEdge("before", "child")
  .addEdge("child", "after")
  .addEdge("after", "__end__")
  .compile();
