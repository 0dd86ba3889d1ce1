import { type Message, type ToolCallWithResult, toolCallsWithResults } from "@runwire/ui";

// Tool calls of a messages array, computed once per array (the snapshot replaces the array only
// when a message changed), and only when read.
const computed = new WeakMap<readonly Message[], ToolCallWithResult[]>();

/** Every tool call of `messages` with its result, memoised per array. */
export function toolCallsOf(messages: readonly Message[]): ToolCallWithResult[] {
  let calls = computed.get(messages);
  if (calls === undefined) {
    calls = toolCallsWithResults(messages);
    computed.set(messages, calls);
  }
  return calls;
}
