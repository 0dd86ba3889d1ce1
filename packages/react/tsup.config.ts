import { definePackageBuild } from "../../tsup.base.ts";

// React is the application's (a peer dependency): never bundled, whatever tsup infers.
export default definePackageBuild({ external: ["react"] });
