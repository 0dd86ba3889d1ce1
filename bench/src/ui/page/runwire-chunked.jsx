// runwire's recommended usage for long threads: `MessageList`, the rows in a tree of memoised
// blocks 32 wide (see store-chat.jsx): on a 10,000-message thread a token then costs React a
// few dozen fibers instead of a pass over 10,000 rows.
import { startHarness } from "./harness.jsx";
import { StoreChat } from "./store-chat.jsx";

startHarness("runwire-chunked", StoreChat, { blockSize: 32 });
