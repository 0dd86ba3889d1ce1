// Calls one LangChain tool with a tool call id, so that `tools` stream mode has something to
// report (on_tool_start, then on_tool_end).
import { tool } from "@langchain/core/tools";
import { Annotation, StateGraph } from "@langchain/langgraph";

const add = tool(async ({ a, b }: { a: number; b: number }) => String(a + b), {
  name: "add",
  description: "Adds two numbers.",
  schema: {
    type: "object",
    properties: { a: { type: "number" }, b: { type: "number" } },
    required: ["a", "b"],
  },
});

const State = Annotation.Root({
  sum: Annotation<string>({ reducer: (_, b) => b, default: () => "" }),
});

export const graph = new StateGraph(State)
  .addNode("call", async () => {
    const message = await add.invoke({
      name: "add",
      args: { a: 1, b: 2 },
      id: "call-1",
      type: "tool_call",
    });
    return { sum: String(message.content) };
  })
  .addEdge("__start__", "call")
  .addEdge("call", "__end__")
  .compile();
