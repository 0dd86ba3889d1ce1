// runwire's recommended usage with the rows in memoised blocks of 100 (see store-chat.jsx): on a
// 10,000-message thread, a token then costs React a walk over 100 rows instead of 10,000.
import { startHarness } from "./harness.jsx";
import { StoreChat } from "./store-chat.jsx";

startHarness("runwire-chunked", StoreChat, { blockSize: 100 });
