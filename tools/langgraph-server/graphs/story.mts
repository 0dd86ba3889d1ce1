// The demo's chat agent: a fake chat model that streams its scripted reply token by token at a
// readable pace (25 ms a token), so a terminal shows it arriving live.
import { FakeListChatModel } from "@langchain/core/utils/testing";
import { MessagesAnnotation, StateGraph } from "@langchain/langgraph";

const model = new FakeListChatModel({
  responses: [
    "Tides come from the Moon's gravity: it pulls hardest on the ocean nearest to it, raising a bulge there and another on the far side, and the Earth turns beneath both twice a day.",
  ],
  sleep: 25,
});

export const graph = new StateGraph(MessagesAnnotation)
  .addNode("agent", async (state) => ({ messages: [await model.invoke(state.messages)] }))
  .addEdge("__start__", "agent")
  .addEdge("agent", "__end__")
  .compile();
