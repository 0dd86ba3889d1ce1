// Runs a command against a fresh real LangGraph server: starts the server (in-memory, this
// package's graphs), runs the command with LANGGRAPH_API_URL set to the server's URL, stops the
// server when the command ends (or on Ctrl-C), and exits with the command's exit code.
//
//   tsx tools/langgraph-server/src/with-server.ts tsx index.ts
//
// The examples' `demo` scripts use it, so the examples themselves only read LANGGRAPH_API_URL, as
// they would against a real deployment, and never import this private package.
import { spawn } from "node:child_process";
import { startLangGraphServer } from "./index.ts";

const [command, ...args] = process.argv.slice(2);
if (command === undefined) {
  console.error("usage: with-server.ts <command> [args…]");
  process.exit(2);
}

const server = await startLangGraphServer();
console.error(`LangGraph server (in-memory) on ${server.url}\n`);

const child = spawn(command, args, {
  stdio: "inherit",
  env: { ...process.env, LANGGRAPH_API_URL: server.url },
});
// Ctrl-C reaches the whole foreground process group, the command included: the launcher itself
// waits for the command to finish, then stops the server. A SIGTERM sent to the launcher alone
// is passed on to the command, with the same wait.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => child.kill("SIGTERM"));
const code = await new Promise<number>((resolve) => {
  child.once("error", (error) => {
    console.error(`with-server: could not run ${command}: ${error.message}`);
    resolve(127);
  });
  child.once("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 130 : 1)));
});
await server.stop();
process.exit(code);
