/**
 * `@runwire/react`: React bindings for the `@runwire/ui` chat store. `useStream` is the official
 * hook's common subset; `useChatStore` with the selector hooks (`useMessageIds`, `useMessage`, …)
 * builds lists that re-render only the row that streams.
 *
 * @packageDocumentation
 * @module @runwire/react
 */

// The store and its types, so an app imports from one package.
export {
  type ChatCallbacks,
  type ChatClient,
  type ChatSnapshot,
  ChatStore,
  type ChatStoreOptions,
  type ChatSubmitOptions,
  type Message,
  type ResumeStorage,
  type StreamInterrupt,
  type ToolCallWithResult,
} from "@runwire/ui";
export { MessageList, type MessageListProps, type MessageRowProps } from "./message-list";
export { useInterrupts, useIsLoading, useMessageIds, useMessages } from "./slice-hooks";
export type { UseStreamOptions, UseStreamResult } from "./types";
export { useChatSelector } from "./use-chat-selector";
export { useChatSnapshot } from "./use-chat-snapshot";
export { useChatStore } from "./use-chat-store";
export { useMessage } from "./use-message";
export { useMessageBlocks } from "./use-message-blocks";
export { useStream } from "./use-stream";
