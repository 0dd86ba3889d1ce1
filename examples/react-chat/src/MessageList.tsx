// The message list, made to stay fast on long threads. MessageList subscribes to the message
// ids only and renders the rows in a tree of memoised blocks (never re-rendered for a token);
// each row subscribes to its own message. A token re-renders one row, the one streaming, and
// costs React a few hundred fibers on a 10,000-message thread (a flat list: every row).

import type { ChatStore, Message } from "@runwire/react";
import { MessageList as Rows, useMessage } from "@runwire/react";
import { memo } from "react";
import type { Values } from "./graphs";

export function MessageList({ store }: { store: ChatStore<Values> }) {
  return (
    <ol id="messages" aria-label="Messages" aria-live="polite">
      <Rows store={store} row={MessageRow} />
    </ol>
  );
}

interface RowProps {
  store: ChatStore<Values>;
  id: string;
}

// memo: when a message is added its block re-renders, and the rows already there need not.
const MessageRow = memo(function MessageRow({ store, id }: RowProps) {
  const message = useMessage(store, id);
  if (message === undefined) return null;
  return (
    <li className={`message ${message.type}`} data-type={message.type}>
      {textOf(message)}
    </li>
  );
});

/** The text of a message: its content string, or the text blocks of a content array. */
function textOf(message: Message): string {
  const { content } = message;
  if (typeof content === "string") return content;
  return (content ?? [])
    .map((block) =>
      typeof block === "object" && block !== null && "text" in block ? String(block.text) : "",
    )
    .join("");
}
