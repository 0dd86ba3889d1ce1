// Every consumer the release check installs and runs.
import { browser } from "./browser.mjs";
import { edge } from "./edge.mjs";
import { nodeCjs } from "./node-cjs.mjs";
import { nodeEsm } from "./node-esm.mjs";
import { typescript } from "./typescript.mjs";

/** @type {import("./consumer.mjs").Consumer[]} */
export const consumers = [nodeEsm, nodeCjs, typescript, browser, edge];
