// Child-process entry: starts the real LangGraph API server (in-memory) with the options given as
// the last argument (the API's preload hook reads them from there too), reports readiness on
// stdout, and shuts down cleanly on SIGTERM.
import { startServer } from "@langchain/langgraph-api/server";

const options = JSON.parse(process.argv.at(-1) ?? "{}");
const { host, cleanup } = await startServer(options);
process.stdout.write(`RUNWIRE_LANGGRAPH_READY ${host}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await cleanup().catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
// The harness closes stdin when it goes away, even if it could not send a signal.
process.stdin.on("end", stop);
process.stdin.resume();
