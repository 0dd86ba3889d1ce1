// Starts the proxy with its settings from the environment (see README.md) and stops it on
// SIGINT/SIGTERM.
//
//   LANGGRAPH_API_URL=http://127.0.0.1:2024 PROXY_TOKEN=… ALLOWED_ASSISTANTS=agent pnpm start
import { configFromEnv, type ProxyConfig } from "./config";
import { startProxyServer } from "./server";

let config: ProxyConfig;
try {
  config = configFromEnv(process.env);
} catch (error) {
  console.error(`proxy-service: ${(error as Error).message}`);
  process.exit(1);
}

const server = await startProxyServer(config);
console.log(
  `proxy-service on ${server.url} -> ${config.langgraphUrl} (assistants: ${config.allowedAssistants.join(", ")})`,
);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void server.close());
}
