// The proxy's settings, read from the environment once at start-up. Anything missing or malformed
// stops the start with a message naming the variable, instead of a proxy that fails per request.

/** What `main.ts` needs to start the proxy. */
export interface ProxyConfig {
  /** The LangGraph server the proxy forwards to (`LANGGRAPH_API_URL`). */
  readonly langgraphUrl: string;
  /** Sent to the LangGraph server as `x-api-key` (`LANGGRAPH_API_KEY`); `null`: no key. */
  readonly langgraphApiKey: string | null;
  /** The bearer token browsers must present (`PROXY_TOKEN`). */
  readonly browserToken: string;
  /** The assistants / graph ids browsers may run (`ALLOWED_ASSISTANTS`, comma-separated). */
  readonly allowedAssistants: readonly string[];
  /** Origins allowed to call the proxy from a page (`CORS_ORIGINS`, comma-separated; may be empty). */
  readonly corsOrigins: readonly string[];
  /** Address to listen on (`HOST`, default 127.0.0.1). */
  readonly hostname: string;
  /** Port to listen on (`PORT`, default 8787). */
  readonly port: number;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the proxy's settings from `env`.
 *
 * @throws Error naming the variable that is missing or invalid.
 */
export function configFromEnv(env: Env): ProxyConfig {
  return {
    langgraphUrl: required(env, "LANGGRAPH_API_URL", "the LangGraph server to forward to"),
    langgraphApiKey: optional(env, "LANGGRAPH_API_KEY") ?? null,
    browserToken: required(
      env,
      "PROXY_TOKEN",
      'the token browsers send as "Authorization: Bearer <token>"',
    ),
    allowedAssistants: list(
      required(
        env,
        "ALLOWED_ASSISTANTS",
        "comma-separated assistants or graph ids browsers may run",
      ),
    ),
    corsOrigins: list(optional(env, "CORS_ORIGINS") ?? ""),
    hostname: optional(env, "HOST") ?? "127.0.0.1",
    port: port(optional(env, "PORT") ?? "8787"),
  };
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === "" ? undefined : value;
}

function required(env: Env, name: string, what: string): string {
  const value = optional(env, name);
  if (value === undefined) throw new Error(`${name} is not set: it must name ${what}`);
  return value;
}

function list(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65_535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(value)}`);
  }
  return number;
}
