// Two levels of subgraphs, each with two nodes, for the assistants' drawing and schema calls:
// `getGraph` with `xray` draws a subgraph's nodes only when it has more than one, and
// `getSubgraphs` with `recurse` lists the inner level as `middle|inner`.
import { Annotation, StateGraph } from "@langchain/langgraph";

const State = Annotation.Root({
  trail: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
});

const inner = new StateGraph(State)
  .addNode("i_one", () => ({ trail: ["i_one"] }))
  .addNode("i_two", () => ({ trail: ["i_two"] }))
  .addEdge("__start__", "i_one")
  .addEdge("i_one", "i_two")
  .addEdge("i_two", "__end__")
  .compile();

const middle = new StateGraph(State)
  .addNode("m_one", () => ({ trail: ["m_one"] }))
  .addNode("inner", inner)
  .addEdge("__start__", "m_one")
  .addEdge("m_one", "inner")
  .addEdge("inner", "__end__")
  .compile();

export const graph = new StateGraph(State)
  .addNode("middle", middle)
  .addEdge("__start__", "middle")
  .addEdge("middle", "__end__")
  .compile();
