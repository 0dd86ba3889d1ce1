import { definePackageBuild } from "../../tsup.base.ts";

// Two entries: the zod schemas and everything else (`@runwire/types`), and the zod-free runtime
// that @runwire/core imports (`@runwire/types/runtime`). Split, so that what both hold (the
// descriptors, the generated checks) is one shared chunk that never imports zod.
export default definePackageBuild({
  entry: ["src/index.ts", "src/runtime.ts"],
  splitting: true,
});
