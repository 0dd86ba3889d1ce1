export type { SseDecoder, SseDecoderCallbacks, SseDecoderOptions, SseEvent } from "./decoder";
export { createSseDecoder } from "./decoder";
export { SseDecoderStream } from "./decoder-stream";
