/** Raw bytes or already-decoded text of an error response body. */
export type RawErrorBody = Uint8Array | ArrayBuffer | string | null | undefined;

/** Most validation issues listed in a message; the rest stay available on `err.body`. */
const MAX_LISTED_ISSUES = 5;

/**
 * Decodes an error response body per docs/spec/runs.md §4.5.2 step 2: empty → null, JSON → the value, other
 * UTF-8 → the text, bytes that are not valid UTF-8 → null.
 *
 * @example
 * decodeErrorBody('{"detail":"gone"}'); // { detail: "gone" }
 * decodeErrorBody("Run not found"); // "Run not found"
 */
export function decodeErrorBody(raw: RawErrorBody): unknown {
  const text = bodyText(raw);
  if (text === null || text === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The body as UTF-8 text, or null when absent or not valid UTF-8. */
function bodyText(raw: RawErrorBody): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") return raw;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return null;
  }
}

/**
 * Picks an error message from a decoded body per docs/spec/runs.md §4.5.2 step 3: the first non-empty string
 * among `message`, `detail`, `error`, then among `error.message`, `error.detail`. Beyond the spec,
 * a zod error (`{"error":{"issues":[…]}}`, what the LangGraph JS server sends on bad input) is
 * summarised as `Validation failed: <path>: <message>; …`. Returns null when nothing fits.
 */
export function errorMessageFromBody(body: unknown): string | null {
  if (!isPlainObject(body)) return null;
  const topLevel = firstNonEmptyString(body, ["message", "detail", "error"]);
  if (topLevel !== null) return topLevel;
  const nested = body.error;
  if (!isPlainObject(nested)) return null;
  return firstNonEmptyString(nested, ["message", "detail"]) ?? zodSummary(nested);
}

const MAX_TEXT_MESSAGE = 500;

/**
 * The message of a plain-text (non-JSON) error body: the LangGraph JS server answers every
 * HTTPException as `text/plain` (`Run not found`), and that text is what a reader needs. This
 * departs from the spec's status-line fallback, as the core issue asks for messages "from JSON or
 * plain-text bodies". An HTML page (a gateway's error page) or a long text is not a message.
 */
export function plainTextMessage(raw: RawErrorBody, decoded: unknown): string | null {
  // Only a body that did not parse as JSON decodes to itself; a JSON string (`"str"`) does not.
  if (typeof decoded !== "string" || bodyText(raw) !== decoded) return null;
  const trimmed = decoded.trim();
  if (trimmed === "" || trimmed.length > MAX_TEXT_MESSAGE || trimmed.startsWith("<")) return null;
  return trimmed;
}

function zodSummary(error: Record<string, unknown>): string | null {
  const lines = collectIssues(error.issues, new Set<string>());
  if (lines.length === 0) return null;
  const listed = lines.slice(0, MAX_LISTED_ISSUES).join("; ");
  const more = lines.length - MAX_LISTED_ISSUES;
  return `Validation failed: ${listed}${more > 0 ? `; and ${more} more` : ""}`;
}

/**
 * Flattens zod issues into `path: message` lines. A union issue is replaced by the issues of its
 * branches, since its own message ("Invalid input") says nothing about what was wrong.
 */
function collectIssues(issues: unknown, seen: Set<string>): string[] {
  if (!Array.isArray(issues)) return [];
  const lines: string[] = [];
  for (const issue of issues) {
    if (!isPlainObject(issue)) continue;
    const branches = issue.unionErrors;
    if (Array.isArray(branches)) {
      const nested = branches.flatMap((branch) =>
        isPlainObject(branch) ? collectIssues(branch.issues, seen) : [],
      );
      if (nested.length > 0) {
        lines.push(...nested);
        continue;
      }
    }
    const message = issue.message;
    if (typeof message !== "string" || message === "") continue;
    const line = `${formatIssuePath(issue.path)}: ${message}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
  }
  return lines;
}

function formatIssuePath(path: unknown): string {
  if (!Array.isArray(path) || path.length === 0) return "(root)";
  return path.map((part) => String(part)).join(".");
}

function firstNonEmptyString(
  record: Record<string, unknown>,
  keys: readonly string[],
): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
