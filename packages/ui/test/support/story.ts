import type { Message } from "../../src/index";

/**
 * The reply of the `story` graph (tools/langgraph-server/graphs/story.mts): a fake chat model
 * streams it one character per `messages` event, 25 ms apart, every run the same.
 */
export const STORY_REPLY =
  "Tides come from the Moon's gravity: it pulls hardest on the ocean nearest to it, raising a bulge there and another on the far side, and the Earth turns beneath both twice a day.";

/** The input of a story run: one human message. */
export const storyInput = (content = "Why are there tides?") => ({
  messages: [{ type: "human", content }],
});

/** The text of a message's content (string content, or its text blocks joined). */
export function textOf(message: Message | undefined): string {
  const content = message?.content;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((block) => {
      const text = (block as { text?: unknown } | null)?.text;
      return typeof text === "string" ? text : "";
    })
    .join("");
}

/** The text of the last AI message shown, or "" when there is none. */
export function aiText(messages: readonly Message[]): string {
  return textOf([...messages].reverse().find((message) => message.type === "ai"));
}

/**
 * Messages with their ids replaced by their position: two runs of the same deterministic graph
 * compare equal, while everything else of each message (type, text, fields) must match.
 */
export function withoutIds(messages: readonly Message[]): Message[] {
  return messages.map((message, index) => ({ ...message, id: `#${index}` }));
}

/** Values with the messages' ids replaced by their position (see {@link withoutIds}). */
export function valuesWithoutIds(values: Record<string, unknown>): Record<string, unknown> {
  const messages = values.messages;
  return Array.isArray(messages) ? { ...values, messages: withoutIds(messages) } : values;
}
