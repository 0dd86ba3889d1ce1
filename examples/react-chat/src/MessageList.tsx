// The message list, made to stay fast on long threads. The list subscribes to the message ids
// only, in blocks of 100 (a block is a new array only when a message in it comes or goes, never
// per token); each row subscribes to its own message. A token re-renders one row, the one
// streaming, and React walks that row's block, not every row of the thread.

import type { ChatStore, Message } from "@runwire/react";
import { useMessage, useMessageBlocks } from "@runwire/react";
import { memo } from "react";
import type { Values } from "./graphs";

export function MessageList({ store }: { store: ChatStore<Values> }) {
  const blocks = useMessageBlocks(store);
  return (
    <ol id="messages" aria-label="Messages" aria-live="polite">
      {blocks.map((ids, index) => (
        // A block is its place in the thread: the first blocks never change.
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional by design
        <Block key={index} store={store} ids={ids} />
      ))}
    </ol>
  );
}

interface BlockProps {
  store: ChatStore<Values>;
  ids: readonly string[];
}

// memo: a block whose ids did not change is the same array (useMessageBlocks keeps it).
const Block = memo(function Block({ store, ids }: BlockProps) {
  return ids.map((id) => <MessageRow key={id} store={store} id={id} />);
});

interface RowProps {
  store: ChatStore<Values>;
  id: string;
}

// memo: when a message is added the list re-renders, and the rows already there need not.
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
