import { definePackageBuild } from "../../tsup.base.ts";

// Two entries: the public client and the unstable `@runwire/core/internal`. Split, so that code
// both use (the error classes) is one shared chunk rather than a copy in each entry: an app that
// imports both (as @runwire/edge does) ships it once.
export default definePackageBuild({
  entry: ["src/index.ts", "src/internal.ts"],
  splitting: true,
});
