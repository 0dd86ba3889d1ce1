import { sharedTestConfig } from "../../vitest.base";

export default sharedTestConfig;
