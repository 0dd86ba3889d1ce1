export type { SseDecoder, SseDecoderCallbacks, SseEvent } from "./decoder";
export { createSseDecoder } from "./decoder";
export { SseDecoderStream } from "./decoder-stream";
