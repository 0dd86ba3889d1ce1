// The examples' demo launcher, end to end: it starts the real LangGraph server, hands its URL to
// the command in LANGGRAPH_API_URL, passes the command's exit code on, and stops the server after.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const launcher = fileURLToPath(new URL("../src/with-server.ts", import.meta.url));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // `--import tsx` resolves from `cwd`: this package's own tsx, as the examples' scripts use.
    const child = spawn(process.execPath, ["--import", "tsx", launcher, ...args], {
      cwd: packageDir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

// The command prints the URL it was given and exits 7 if the server answers there, 1 if not.
const probe = `
const url = process.env.LANGGRAPH_API_URL;
console.log(url);
fetch(url + "/ok").then((r) => process.exit(r.status === 200 ? 7 : 1), () => process.exit(1));
`;

it("runs the command with LANGGRAPH_API_URL set to a live server, exits with its code, then stops the server", async () => {
  const result = await run([process.execPath, "-e", probe]);
  expect(result.code, result.stderr).toBe(7);
  const url = result.stdout.trim();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  // The launcher has exited: its server is gone too.
  await expect(fetch(`${url}/ok`)).rejects.toThrow();
});

it("fails with a usage message and code 2 when no command is given", async () => {
  const result = await run([]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain("usage: with-server.ts <command>");
});
