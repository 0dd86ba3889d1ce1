// Smoke entry with @runwire/edge (platform fetch): bundled for Bun and Deno.
import { createClient } from "../../src/index";
import { runSmoke, runtimeName, smokeArguments } from "./smoke";

const { apiUrl, recorderUrl } = smokeArguments();
const client = createClient({ apiUrl, apiKey: null });
// The recorder's answers are checked against the response schemas too.
const recorderClient = createClient({ apiUrl: recorderUrl, apiKey: null, validateResponses: true });
const report = await runSmoke(client, recorderClient, `${runtimeName()} @runwire/edge`);
console.log(`RUNWIRE_SMOKE ${JSON.stringify(report)}`);
