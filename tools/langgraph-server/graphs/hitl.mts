// Asks a question with interrupt() and records the answer it is resumed with.
import { Annotation, interrupt, StateGraph } from "@langchain/langgraph";

const State = Annotation.Root({
  question: Annotation<string>({ reducer: (_, b) => b, default: () => "" }),
  answer: Annotation<string | null>({ reducer: (_, b) => b, default: () => null }),
});

export const graph = new StateGraph(State)
  .addNode("ask", (state) => {
    const answer = interrupt({ question: state.question });
    return { answer: String(answer) };
  })
  .addEdge("__start__", "ask")
  .addEdge("ask", "__end__")
  .compile();
