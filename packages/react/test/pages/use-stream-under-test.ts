// The hook the differential page runs: @runwire/react's here; the official build of the page
// swaps this module for use-stream-official.ts (test/support/pages.ts).
export { useStream } from "../../src/index.ts";
