// runwire's recommended list: the parent holds the store without subscribing to it
// (`useChatStore`) and reads only the message ids (`useMessageIds`); each row reads its own
// message (`useMessage`), so a token re-renders the streaming row alone. With `blockSize`, the
// rows are grouped into memoised blocks: React then walks one block's rows when a row updates,
// not every row of the list (a flat list of 10,000 rows costs React a pass over all of them).

import {
  useChatStore,
  useIsLoading,
  useMessage,
  useMessageBlocks,
  useMessageIds,
} from "@runwire/react";
import { memo } from "react";
import { API_URL, ASSISTANT_ID, counters, countRow, textOf, useReport } from "./harness.jsx";

const MessageRow = memo(function MessageRow({ store, id }) {
  const message = useMessage(store, id);
  countRow(id);
  return <li data-type={message?.type}>{textOf(message?.content)}</li>;
});

// useMessageBlocks keeps a block's array while its ids are the same: memo's shallow check skips it.
const Block = memo(function Block({ store, ids }) {
  return ids.map((id) => <MessageRow key={id} store={store} id={id} />);
});

function BlockList({ store, blockSize }) {
  const blocks = useMessageBlocks(store, blockSize);
  return (
    <ul id="messages">
      {blocks.map((ids, index) => (
        // A block is identified by its place: its first rows never change.
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional by design
        <Block key={index} store={store} ids={ids} />
      ))}
    </ul>
  );
}

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
  return <BlockList store={store} blockSize={blockSize} />;
}
