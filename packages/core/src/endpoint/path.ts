import { encodePathSegment } from "../http/path";
import { checkId } from "./arguments";

/**
 * Fills a path template's `{name}` placeholders. Each value is checked as an id (a non-empty,
 * well-formed string other than `.` and `..`: no encoding survives those, since URL parsers read
 * `%2E%2E` as a dot segment) and percent-encoded exactly once.
 *
 * @example
 * buildPath("/threads/{threadId}/runs/{runId}", { threadId: "t 1", runId: "r/2" }, "runs.get");
 * // "/threads/t%201/runs/r%2F2"
 * @throws RunwireValidationError naming the parameter.
 */
export function buildPath(
  template: string,
  values: Readonly<Record<string, unknown>>,
  method: string,
): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, name: string) =>
    encodePathSegment(checkId(values[name], name, method)),
  );
}
