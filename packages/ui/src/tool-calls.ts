import type { Message } from "@runwire/types";
import type { ToolCall, ToolCallWithResult } from "./types";

/**
 * Every tool call of the AI messages, with the tool message that answered it. One pass over the
 * messages; the store computes it only when read, once per messages array.
 *
 * @example
 * const pending = toolCallsWithResults(messages).filter((call) => call.state === "pending");
 */
export function toolCallsWithResults(messages: readonly Message[]): ToolCallWithResult[] {
  const results = new Map<string, Message>();
  let lastAi = -1;
  messages.forEach((message, i) => {
    if (message.type === "tool" && typeof message.tool_call_id === "string") {
      results.set(message.tool_call_id, message);
    }
    if (message.type === "ai") lastAi = i;
  });
  const calls: ToolCallWithResult[] = [];
  messages.forEach((message, position) => {
    if (message.type !== "ai" || !Array.isArray(message.tool_calls)) return;
    // A later AI message means the calls before it were answered, with or without a tool message.
    const impliedCompleted = position < lastAi;
    (message.tool_calls as ToolCall[]).forEach((call, index) => {
      const result = call.id === undefined ? undefined : results.get(call.id);
      calls.push({
        id: call.id ?? `${message.id ?? "unknown"}-${index}`,
        call,
        result,
        aiMessage: message,
        index,
        state: result
          ? result.status === "error"
            ? "error"
            : "completed"
          : impliedCompleted
            ? "completed"
            : "pending",
      });
    });
  });
  return calls;
}
