// runwire's recommended list: the parent holds the store without subscribing to it
// (`useChatStore`) and reads only the message ids (`useMessageIds`); each row reads its own
// message (`useMessage`), so a token re-renders the streaming row alone. With `blockSize`, the
// rows are grouped into memoised blocks: React then walks one block's rows when a row updates,
// not every row of the list (a flat list of 10,000 rows costs React a pass over all of them).

import { useChatStore, useIsLoading, useMessage, useMessageIds } from "@runwire/react";
import { memo } from "react";
import { API_URL, ASSISTANT_ID, counters, countRow, textOf, useReport } from "./harness.jsx";

const MessageRow = memo(function MessageRow({ store, id }) {
  const message = useMessage(store, id);
  countRow(id);
  return <li data-type={message?.type}>{textOf(message?.content)}</li>;
});

const sameIds = (a, b) => a.length === b.length && a.every((id, i) => id === b[i]);

const Block = memo(
  function Block({ store, ids }) {
    return ids.map((id) => <MessageRow key={id} store={store} id={id} />);
  },
  (before, after) => before.store === after.store && sameIds(before.ids, after.ids),
);

export function StoreChat({ threadId, onThreadId, reconnect, blockSize }) {
  counters.chat++;
  const store = useChatStore({
    apiUrl: API_URL,
    assistantId: ASSISTANT_ID,
    threadId,
    onThreadId,
    reconnectOnMount: reconnect,
  });
  const ids = useMessageIds(store);
  const isLoading = useIsLoading(store);
  useReport(ids.length, isLoading, (input, options) => store.submit(input, options));
  if (blockSize === undefined) {
    return (
      <ul id="messages">
        {ids.map((id) => (
          <MessageRow key={id} store={store} id={id} />
        ))}
      </ul>
    );
  }
  const blocks = [];
  for (let start = 0; start < ids.length; start += blockSize) {
    blocks.push(ids.slice(start, start + blockSize));
  }
  return (
    <ul id="messages">
      {blocks.map((block, index) => (
        // A block is identified by its place: its first rows never change.
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional by design
        <Block key={index} store={store} ids={block} />
      ))}
    </ul>
  );
}
