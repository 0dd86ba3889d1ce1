// runwire's recommended list: the parent holds the store without subscribing to it
// (`useChatStore`) and reads only the message ids (`useMessageIds`); each row reads its own
// message (`useMessage`), so a token re-renders the streaming row alone. With `tree`, the rows
// are rendered by `MessageList` (its defaults: blocks of 16 rows in groups of 16), memoised:
// React then walks a few hundred fibers when a row updates, not every row of the list (a flat
// list of 10,000 rows costs React a pass over all of them).

import { MessageList, useChatStore, useIsLoading, useMessage, useMessageIds } from "@runwire/react";
import { memo } from "react";
import { API_URL, ASSISTANT_ID, counters, countRow, textOf, useReport } from "./harness.jsx";

const MessageRow = memo(function MessageRow({ store, id }) {
  const message = useMessage(store, id);
  countRow(id);
  return <li data-type={message?.type}>{textOf(message?.content)}</li>;
});

// The rows in memoised blocks and groups (MessageList): a token costs React a few hundred fibers.
const Row = ({ store, id }) => <MessageRow store={store} id={id} />;

export function StoreChat({ threadId, onThreadId, reconnect, tree }) {
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
  if (!tree) {
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
      <MessageList store={store} row={Row} />
    </ul>
  );
}
