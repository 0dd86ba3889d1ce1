import { sharedTestConfig } from "../../vitest.base.ts";

export default sharedTestConfig;
