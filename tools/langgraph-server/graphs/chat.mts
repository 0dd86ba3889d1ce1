// A chat agent on a fake chat model that streams its scripted reply token by token: no model,
// no network, the same tokens every run.
import { FakeListChatModel } from "@langchain/core/utils/testing";
import { MessagesAnnotation, StateGraph } from "@langchain/langgraph";

const model = new FakeListChatModel({
  responses: ["Tides are caused by the Moon's gravity pulling on the oceans."],
});

export const graph = new StateGraph(MessagesAnnotation)
  .addNode("agent", async (state) => ({ messages: [await model.invoke(state.messages)] }))
  .addEdge("__start__", "agent")
  .addEdge("agent", "__end__")
  .compile();
