// runwire's recommended list: the parent holds the store without subscribing to it
// (`useChatStore`) and reads only the message ids (`useMessageIds`); each row reads its own
// message (`useMessage`), so a token re-renders the streaming row alone. With `blockSize`, the
// rows are rendered by `MessageList` in a tree of memoised blocks that wide: React then walks a
// few dozen fibers when a row updates, not every row of the list (a flat list of 10,000 rows
// costs React a pass over all of them).

import { MessageList, useChatStore, useIsLoading, useMessage, useMessageIds } from "@runwire/react";
import { memo } from "react";
import { API_URL, ASSISTANT_ID, counters, countRow, textOf, useReport } from "./harness.jsx";

const MessageRow = memo(function MessageRow({ store, id }) {
  const message = useMessage(store, id);
  countRow(id);
  return <li data-type={message?.type}>{textOf(message?.content)}</li>;
});

// The rows in a tree of memoised blocks (MessageList): a token costs React a few dozen fibers.
const Row = ({ store, id }) => <MessageRow store={store} id={id} />;

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
  return (
    <ul id="messages">
      <MessageList store={store} row={Row} fanout={blockSize} />
    </ul>
  );
}
