// Appends an AI message per node and reports progress through the custom stream writer.
import { AIMessage } from "@langchain/core/messages";
import { Annotation, MessagesAnnotation, StateGraph } from "@langchain/langgraph";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  steps: Annotation<number>({ reducer: (a, b) => a + b, default: () => 0 }),
});

export const graph = new StateGraph(State)
  .addNode("first", (state, config) => {
    config.writer?.({ node: "first", progress: 0.5 });
    const last = state.messages.at(-1);
    return {
      messages: [
        new AIMessage({ id: "ai-first-0", content: `echo: ${String(last?.content ?? "")}` }),
      ],
      steps: 1,
    };
  })
  .addNode("second", (state, config) => {
    config.writer?.({ node: "second", progress: 1 });
    return {
      messages: [new AIMessage({ id: "ai-second-1", content: `steps so far: ${state.steps}` })],
      steps: 1,
    };
  })
  .addEdge("__start__", "first")
  .addEdge("first", "second")
  .addEdge("second", "__end__")
  .compile();
