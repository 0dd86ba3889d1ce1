import { createClient } from "@runwire/node";
import { createProxyApp } from "./app";
import type { ProxyConfig } from "./config";
import { type Listening, listen } from "./listen";

/**
 * Starts the proxy for `config`: one runwire client toward the LangGraph server for the whole
 * process, the app on @hono/node-server. `close()` stops both.
 */
export async function startProxyServer(config: ProxyConfig): Promise<Listening> {
  // `apiKey: null` when none is set: no lookup of LANGSMITH_API_KEY & co. behind the operator's back.
  const upstream = createClient({ apiUrl: config.langgraphUrl, apiKey: config.langgraphApiKey });
  const app = createProxyApp({
    upstream,
    browserToken: config.browserToken,
    allowedAssistants: config.allowedAssistants,
    corsOrigins: config.corsOrigins,
  });
  try {
    const server = await listen(app.fetch, config);
    return {
      url: server.url,
      close: async () => {
        await server.close();
        await upstream.close();
      },
    };
  } catch (error) {
    await upstream.close();
    throw error;
  }
}
