import type { SseEvent } from "./decoder";

/**
 * One decoded event written back as an SSE block: `event:` (when named), one `data:` line per
 * line of its data, `id:` (when it has one), then the blank line. The data is the text as
 * received, never parsed: decoding the block again gives back the same event. A `data:` line is
 * written even for empty data, so that an EventSource (which drops blocks without data) still
 * dispatches events such as `end`.
 *
 * @example
 * encodeSseEvent({ event: "values", data: '{"a":1}', id: "3" });
 * // 'event: values\ndata: {"a":1}\nid: 3\n\n'
 */
export function encodeSseEvent(event: SseEvent): string {
  // The decoder split lines on CR, LF and CRLF and joined data lines with LF: the data holds no
  // CR, and each LF starts a new data line. One space after the colon, so a value that itself
  // starts with a space keeps it (the decoder strips exactly one).
  const data = event.data.includes("\n") ? event.data.replaceAll("\n", "\ndata: ") : event.data;
  const name = event.event === "" ? "" : `event: ${event.event}\n`;
  const id = event.id === undefined ? "" : `id: ${event.id}\n`;
  return `${name}data: ${data}\n${id}\n`;
}
