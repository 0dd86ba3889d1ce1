// Smoke entry with @runwire/edge (platform fetch): bundled for Bun and Deno.
import { createClient } from "../../src/index";
import { runSmoke, runtimeName, serverUrlArgument } from "./smoke";

const client = createClient({ apiUrl: serverUrlArgument(), apiKey: null });
const report = await runSmoke(client, `${runtimeName()} @runwire/edge`);
console.log(`RUNWIRE_SMOKE ${JSON.stringify(report)}`);
