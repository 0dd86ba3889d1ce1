import {
  createSseDecoder,
  type SseDecoder,
  type SseDecoderOptions,
  type SseEvent,
} from "./decoder";

/**
 * A `TransformStream` from response-body bytes to {@link SseEvent}s, built on
 * {@link createSseDecoder}. Closing the input is a clean end of body (a last block without a
 * trailing blank line is delivered); an errored or cancelled input delivers nothing more.
 *
 * @example
 * ```ts
 * const events = response.body.pipeThrough(new SseDecoderStream());
 * for await (const { event, data } of events) console.log(event, data);
 * ```
 */
export class SseDecoderStream extends TransformStream<Uint8Array, SseEvent> {
  /** @param options - optional `onComment` / `onRetry` callbacks and `maxEventLength`; events go to the readable side. */
  constructor(options: Omit<SseDecoderOptions, "onEvent"> = {}) {
    let decoder: SseDecoder | undefined;
    super({
      start(controller) {
        // Only the callbacks given are passed on, so the decoder skips work for the others.
        decoder = createSseDecoder({ ...options, onEvent: (event) => controller.enqueue(event) });
      },
      transform(chunk) {
        decoder?.feed(chunk);
      },
      flush() {
        decoder?.end();
      },
    });
  }
}
