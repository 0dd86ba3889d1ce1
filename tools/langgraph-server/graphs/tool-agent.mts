// A chat agent that calls a tool before it answers: its model streams an AI message with one tool
// call (`add`, id `call-add`), the tool node answers with a tool message, and the model then
// streams its reply. Fake models: no network, the same messages every run. For the React hook's
// `toolCalls`/`getToolCalls`.
import { AIMessageChunk, type BaseMessage, ToolMessage } from "@langchain/core/messages";
import { FakeListChatModel, FakeStreamingChatModel } from "@langchain/core/utils/testing";
import { MessagesAnnotation, StateGraph } from "@langchain/langgraph";

const caller = new FakeStreamingChatModel({
  chunks: [
    new AIMessageChunk({ content: "Let me add them." }),
    new AIMessageChunk({
      content: "",
      tool_calls: [{ name: "add", args: { a: 1, b: 2 }, id: "call-add", type: "tool_call" }],
    }),
  ],
});
const answerer = new FakeListChatModel({ responses: ["1 + 2 = 3."] });

export const graph = new StateGraph(MessagesAnnotation)
  .addNode("agent", async (state) => {
    const model = state.messages.at(-1)?.getType() === "tool" ? answerer : caller;
    return { messages: [await model.invoke(state.messages)] };
  })
  .addNode("tools", async (state) => {
    const call = toolCallsOf(state.messages.at(-1))[0];
    const sum = Number(call?.args.a) + Number(call?.args.b);
    return {
      messages: [
        new ToolMessage({ content: String(sum), tool_call_id: call?.id ?? "", name: "add" }),
      ],
    };
  })
  .addEdge("__start__", "agent")
  .addConditionalEdges("agent", (state) =>
    toolCallsOf(state.messages.at(-1)).length > 0 ? "tools" : "__end__",
  )
  .addEdge("tools", "agent")
  .compile();

// The AI message's tool calls (a streamed reply is an AIMessageChunk: ask for the field, not the
// class).
function toolCallsOf(message: BaseMessage | undefined) {
  const calls = (message as { tool_calls?: { id?: string; args: Record<string, unknown> }[] })
    ?.tool_calls;
  return message?.getType() === "ai" ? (calls ?? []) : [];
}
