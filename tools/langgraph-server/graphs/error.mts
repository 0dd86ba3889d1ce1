// Fails in its only node, with an error class of its own.
import { Annotation, StateGraph } from "@langchain/langgraph";

class CustomError extends Error {
  override name = "CustomError";
}

const State = Annotation.Root({
  input: Annotation<string>({ reducer: (_, b) => b, default: () => "" }),
});

export const graph = new StateGraph(State)
  .addNode("fail", () => {
    throw new CustomError("Boo!");
  })
  .addEdge("__start__", "fail")
  .addEdge("fail", "__end__")
  .compile();
