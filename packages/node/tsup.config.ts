import { readFileSync } from "node:fs";
import { definePackageBuild } from "../../tsup.base.ts";

// The version sent in User-Agent is fixed at build time: nothing reads package.json at run time.
const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default definePackageBuild({
  define: { __RUNWIRE_NODE_VERSION__: JSON.stringify(version) },
});
