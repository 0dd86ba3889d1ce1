import { RunwireValidationError } from "../errors/validation-error";
import { type HeadersLayer, isSendableHeaderValue, layerEntries } from "./headers";

/** Environment variables read for the API key, in order (as the official SDKs read them). */
const API_KEY_ENV_VARS = ["LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"] as const;

/** The header that carries the API key; callers may not set it through client headers. */
export const API_KEY_HEADER = "x-api-key";

/**
 * Resolves the API key: a string is used as is (`""` means none); `null` means none
 * and never reads the environment; `undefined` takes the first of `LANGGRAPH_API_KEY`,
 * `LANGSMITH_API_KEY`, `LANGCHAIN_API_KEY` that is non-empty once stripped of surrounding
 * whitespace, then `"`, then `'`.
 *
 * @example
 * resolveApiKey("sk-1"); // "sk-1"
 * resolveApiKey(null); // undefined, even with LANGGRAPH_API_KEY set
 */
export function resolveApiKey(apiKey: string | null | undefined): string | undefined {
  if (typeof apiKey === "string") return apiKey === "" ? undefined : apiKey;
  if (apiKey === null) return undefined;
  for (const name of API_KEY_ENV_VARS) {
    const raw = readEnv(name);
    if (raw === undefined) continue;
    const key = raw
      .trim()
      .replace(/^"+|"+$/g, "")
      .replace(/^'+|'+$/g, "");
    if (key !== "") return key;
  }
  return undefined;
}

/**
 * The API key rule: `x-api-key` comes only from `apiKey` (the client's option or
 * `LANGGRAPH_API_KEY`, or a call's own `apiKey`). Throws when a layer of caller headers
 * (`defaultHeaders`, a call's `headers`) names it in any case, to set it or to remove it
 * (`undefined`). The error names the header, never its value.
 *
 * @example
 * assertNoApiKeyHeader({ "X-Api-Key": "k" }, "headers", "runs.get"); // throws, naming headers
 * @throws RunwireValidationError naming `field`.
 */
export function assertNoApiKeyHeader(headers: HeadersLayer, field: string, label: string): void {
  if (headers === null || headers === undefined) return;
  for (const [name] of layerEntries(headers)) {
    if (name.toLowerCase() === API_KEY_HEADER) {
      throw new RunwireValidationError(
        `${label}: invalid option "${field}": ${API_KEY_HEADER} cannot be set or removed through headers; pass apiKey instead`,
        { field },
      );
    }
  }
}

/**
 * Checks an API key before it becomes a header: a string that HTTP can carry unchanged (no line
 * break or other control character, nothing past U+00FF, no surrounding whitespace, which HTTP
 * would drop). The key is never put on the error.
 *
 * @example
 * checkApiKeyValue("sk-1\n", "apiKey", "createClient"); // throws, naming apiKey
 * @throws RunwireValidationError naming `field`.
 */
export function checkApiKeyValue(key: string, field: string, label: string, hint = ""): string {
  let problem: string | null = null;
  if (!isSendableHeaderValue(key)) {
    problem =
      "the API key has a character no header can carry (a line break, a control character, or one past U+00FF)";
  } else if (key.trim() !== key) {
    problem = "the API key has leading or trailing whitespace, which HTTP would drop";
  }
  if (problem === null) return key;
  throw new RunwireValidationError(`${label}: invalid option "${field}": ${problem}${hint}`, {
    field,
  });
}

/**
 * Reads one variable from `process.env` where it exists. Browsers have no `process`, and Deno
 * without `--allow-env` throws on access: both mean "not set".
 */
function readEnv(name: string): string | undefined {
  try {
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
      ?.env;
    const value = env?.[name];
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}
