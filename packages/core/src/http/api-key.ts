import { RunwireValidationError } from "../errors/validation-error";
import { type HeadersLayer, layerEntries } from "./headers";

/** Environment variables read for the API key, in order (spec §4.1). */
const API_KEY_ENV_VARS = ["LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"] as const;

/** The header that carries the API key; callers may not set it through client headers. */
export const API_KEY_HEADER = "x-api-key";

/**
 * Resolves the API key (spec §4.1): a string is used as is (`""` means none); `null` means none
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
 * Throws when client-level headers try to set `x-api-key`, compared case-insensitively (the
 * reference only refuses the exact lowercase name). A record entry set to `undefined` is
 * ignored. The error names the header, never its value.
 *
 * @example
 * assertNoReservedHeader({ "X-Api-Key": "k" }); // throws "Cannot set reserved header 'x-api-key'"
 */
export function assertNoReservedHeader(headers: HeadersLayer): void {
  if (headers === null || headers === undefined) return;
  for (const [name, value] of layerEntries(headers)) {
    if (value !== undefined && name.toLowerCase() === API_KEY_HEADER) {
      throw new RunwireValidationError(`Cannot set reserved header '${API_KEY_HEADER}'`, {
        field: "headers",
        received: name,
      });
    }
  }
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
