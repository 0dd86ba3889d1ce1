// runwire's drop-in page: `useStream` from `@runwire/react`, rendered through the same chat view
// as the official page (memoised rows): the apples-to-apples line.
import { useStream } from "@runwire/react";
import { StreamChat, startHarness } from "./harness.jsx";

startHarness("runwire", StreamChat, { useStream });
