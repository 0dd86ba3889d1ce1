// An ESM Node app: `import` from @runwire/node, a real `runs.stream` and `runs.wait`.
import { runNodeScript } from "./run-node-script.mjs";

/** @type {import("./consumer.mjs").Consumer} */
export const nodeEsm = {
  name: "node-esm",
  dependencies: (version) => ({ "@runwire/node": version }),
  checks: [
    {
      name: "stream and wait",
      run: async ({ dir, langgraphUrl }) => runNodeScript(dir, "main.mjs", await langgraphUrl()),
    },
  ],
};
