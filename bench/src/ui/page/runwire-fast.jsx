// runwire's recommended usage: `useChatStore` + `useMessageIds` in the list, `useMessage` in each
// row (see store-chat.jsx).
import { startHarness } from "./harness.jsx";
import { StoreChat } from "./store-chat.jsx";

startHarness("runwire-fast", StoreChat);
