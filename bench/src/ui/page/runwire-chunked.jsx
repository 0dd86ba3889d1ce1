// runwire's recommended usage for long threads: `MessageList`, the rows in memoised blocks and
// groups (see store-chat.jsx): on a 10,000-message thread a token then costs React a few hundred
// fibers instead of a pass over 10,000 rows.
import { startHarness } from "./harness.jsx";
import { StoreChat } from "./store-chat.jsx";

startHarness("runwire-chunked", StoreChat, { tree: true });
