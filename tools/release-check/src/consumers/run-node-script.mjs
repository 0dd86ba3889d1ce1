// Runs a consumer's script with this Node, pointed at the LangGraph server; the script asserts
// (node:assert) and a failure exits non-zero with the assertion's diff, which runCommand reports.
import { runCommand } from "../run-command.mjs";

export async function runNodeScript(dir, script, langgraphUrl) {
  await runCommand(process.execPath, [script], {
    cwd: dir,
    env: { ...process.env, LANGGRAPH_API_URL: langgraphUrl },
    timeoutMs: 60_000,
  });
}
