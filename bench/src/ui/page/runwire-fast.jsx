// runwire's recommended list: the parent holds the store without subscribing to it
// (`useChatStore`) and reads only the message ids; each row reads its own message
// (`useMessage`), so a token re-renders the streaming row alone.
import { useChatStore, useIsLoading, useMessage, useMessageIds } from "@runwire/react";
import { memo } from "react";
import {
  API_URL,
  ASSISTANT_ID,
  counters,
  countRow,
  startHarness,
  textOf,
  useReport,
} from "./harness.jsx";

const FastRow = memo(function FastRow({ store, id }) {
  const message = useMessage(store, id);
  countRow(id);
  return <li data-type={message?.type}>{textOf(message?.content)}</li>;
});

function Chat({ threadId, onThreadId, reconnect }) {
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
  return (
    <ul id="messages">
      {ids.map((id) => (
        <FastRow key={id} store={store} id={id} />
      ))}
    </ul>
  );
}

startHarness("runwire-fast", Chat);
