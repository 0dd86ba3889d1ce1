/**
 * `@runwire/react`: React bindings for the `@runwire/ui` chat store. `useStream` is the official
 * hook's common subset; `useChatStore` with the selector hooks (`useMessageIds`, `useMessage`, …)
 * builds lists that re-render only the row that streams.
 *
 * @packageDocumentation
 */

export { useInterrupts, useIsLoading, useMessageIds, useMessages } from "./slice-hooks";
export type { UseStreamOptions, UseStreamResult } from "./types";
export { useChatSelector } from "./use-chat-selector";
export { useChatSnapshot } from "./use-chat-snapshot";
export { useChatStore } from "./use-chat-store";
export { useMessage } from "./use-message";
export { useStream } from "./use-stream";
