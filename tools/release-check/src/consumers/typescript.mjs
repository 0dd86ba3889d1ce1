// A strict TypeScript project type-checking a typed stream loop against the published types,
// once as Node resolves packages (node16) and once as bundlers do (bundler). Needs no server.
import { join } from "node:path";
import { runCommand } from "../run-command.mjs";

// The workspace's TypeScript and Node types, installed from the registry like everything else.
const TYPESCRIPT = "6.0.3";
const NODE_TYPES = "20.19.43";

const typecheck =
  (project) =>
  async ({ dir }) => {
    await runCommand(
      process.execPath,
      [join(dir, "node_modules", "typescript", "bin", "tsc"), "-p", project],
      {
        cwd: dir,
        timeoutMs: 120_000,
      },
    );
  };

/** @type {import("./consumer.mjs").Consumer} */
export const typescript = {
  name: "typescript",
  dependencies: (version) => ({
    "@runwire/node": version,
    typescript: TYPESCRIPT,
    "@types/node": NODE_TYPES,
  }),
  checks: [
    { name: "tsc node16", run: typecheck("tsconfig.node16.json") },
    { name: "tsc bundler", run: typecheck("tsconfig.bundler.json") },
  ],
};
