/** One block of the worker's answer: its `event:` and `data:` lines. */
export interface SseBlock {
  readonly event: string;
  readonly data: string;
}

/**
 * Text of the worker's `text/event-stream` answer in, its blocks out, each as soon as its blank
 * line arrives. The worker writes exactly one `event:` and one `data:` line per block, LF line
 * ends (src/worker.ts), so this reads no more of SSE than that; it is the test's own reader, not
 * runwire's decoder, so the worker's output is checked by something independent of it.
 *
 * @example
 * response.body.pipeThrough(new TextDecoderStream()).pipeThrough(sseBlocks());
 */
export function sseBlocks(): TransformStream<string, SseBlock> {
  let buffered = "";
  return new TransformStream({
    transform(text, controller) {
      buffered += text;
      let end = buffered.indexOf("\n\n");
      while (end !== -1) {
        const lines = buffered.slice(0, end).split("\n");
        buffered = buffered.slice(end + 2);
        const field = (name: string) =>
          lines.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2) ?? "";
        controller.enqueue({ event: field("event"), data: field("data") });
        end = buffered.indexOf("\n\n");
      }
    },
    flush(controller) {
      if (buffered !== "") controller.error(new Error(`answer ended inside a block: ${buffered}`));
    },
  });
}
