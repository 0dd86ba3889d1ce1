// Smoke entry with @runwire/edge (platform fetch): bundled for Bun and Deno.
import { createFetchTransport } from "@runwire/core/internal";
import { createClient } from "../../src/index";
import { runSmoke, runtimeName, serverUrlArgument } from "./smoke";

const apiUrl = serverUrlArgument();
const client = createClient({ apiUrl, apiKey: null });
// The verbs go through the transport the client sends with: fetch.
const report = await runSmoke(
  client,
  createFetchTransport(),
  apiUrl,
  `${runtimeName()} @runwire/edge`,
);
console.log(`RUNWIRE_SMOKE ${JSON.stringify(report)}`);
