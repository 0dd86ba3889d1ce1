/**
 * `@runwire/ui`: a framework-agnostic chat store for LangGraph threads, on runwire's runs and
 * threads clients. No React, no DOM: bind it with `@runwire/react`, or any UI library.
 *
 * @packageDocumentation
 * @module @runwire/ui
 */
export {
  beginRun,
  type ChatState,
  chatStateFromThread,
  initialChatState,
  reduceChat,
  restoreStreaming,
  withValues,
} from "./chat-state";
export { ChatStore } from "./chat-store";
export { appendChunk, messageFromChunk, messageTypeOf } from "./message-chunk";
export { parsePartialJson } from "./partial-json";
export { resumeKey } from "./resume-token";
export { toolCallsWithResults } from "./tool-calls";
export type {
  ChatCallbacks,
  ChatClient,
  ChatJoinOptions,
  ChatRunStream,
  ChatSnapshot,
  ChatStoreOptions,
  ChatStreamPart,
  ChatSubmitOptions,
  DefaultValues,
  Message,
  MutateValues,
  NotifySchedule,
  ResumeStorage,
  ResumeToken,
  RunMetadata,
  StreamInterrupt,
  ToolCall,
  ToolCallWithResult,
} from "./types";
