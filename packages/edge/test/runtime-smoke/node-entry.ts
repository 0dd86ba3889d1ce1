// Smoke entry with @runwire/node (undici): run under Bun as an app that installed it would be.
import { createClient } from "@runwire/node";
// The verbs go through the undici transport itself, which is not public: from source.
import { createUndiciTransport } from "../../../node/src/undici-transport";
import { runSmoke, runtimeName, serverUrlArgument } from "./smoke";

// Bun answers an import of "undici" with a built-in module of its own, even when the real undici
// is installed; say so plainly when that module lacks what @runwire/node's transport calls.
const undiciSpecifier = "undici";
const undici = (await import(undiciSpecifier)) as { Agent: new () => { request?: unknown } };
if (typeof new undici.Agent().request !== "function") {
  console.error(
    `DIAGNOSIS: in ${runtimeName()}, import "undici" gives an Agent without request(): the runtime's own undici module, not the installed package, so @runwire/node's undici transport cannot send.`,
  );
}

const apiUrl = serverUrlArgument();
const client = createClient({ apiUrl, apiKey: null });
// The verbs go through a transport of the kind the client sends with: undici.
const verbsTransport = createUndiciTransport();
let report: unknown;
let failure: unknown;
try {
  report = await runSmoke(
    client,
    verbsTransport.transport,
    apiUrl,
    `${runtimeName()} @runwire/node`,
  );
} catch (error) {
  failure = error;
}
// A failing close() must not hide why the smoke test failed.
try {
  await client.close();
  await verbsTransport.close();
} catch (error) {
  console.error("close() failed:", error);
}
if (failure !== undefined) throw failure;
console.log(`RUNWIRE_SMOKE ${JSON.stringify(report)}`);
