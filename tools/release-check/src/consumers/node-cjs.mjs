// A CommonJS Node app: `require("@runwire/node")`, a run, and a typed 404.
import { runNodeScript } from "./run-node-script.mjs";

/** @type {import("./consumer.mjs").Consumer} */
export const nodeCjs = {
  name: "node-cjs",
  dependencies: (version) => ({ "@runwire/node": version }),
  checks: [
    {
      name: "require, wait and typed errors",
      run: async ({ dir, langgraphUrl }) => runNodeScript(dir, "main.cjs", await langgraphUrl()),
    },
  ],
};
