// Smoke entry with @runwire/node (undici): run under Bun as an app that installed it would be.
import { createClient } from "@runwire/node";
import { runSmoke, runtimeName, smokeArguments } from "./smoke";

// Bun answers an import of "undici" with a built-in module of its own, even when the real undici
// is installed; say so plainly when that module lacks what @runwire/node's transport calls.
const undiciSpecifier = "undici";
const undici = (await import(undiciSpecifier)) as { Agent: new () => { request?: unknown } };
if (typeof new undici.Agent().request !== "function") {
  console.error(
    `DIAGNOSIS: in ${runtimeName()}, import "undici" gives an Agent without request(): the runtime's own undici module, not the installed package, so @runwire/node's undici transport cannot send.`,
  );
}

const { apiUrl, recorderUrl } = smokeArguments();
const client = createClient({ apiUrl, apiKey: null });
// The recorder's answers are checked against the response schemas too.
const recorderClient = createClient({ apiUrl: recorderUrl, apiKey: null, validateResponses: true });
let report: unknown;
let failure: unknown;
try {
  report = await runSmoke(client, recorderClient, `${runtimeName()} @runwire/node`);
} catch (error) {
  failure = error;
}
// A failing close() must not hide why the smoke test failed (closing twice is harmless).
try {
  await client.close();
  await recorderClient.close();
} catch (error) {
  console.error("close() failed:", error);
}
if (failure !== undefined) throw failure;
console.log(`RUNWIRE_SMOKE ${JSON.stringify(report)}`);
