// The docs' code in src/assistant-ui comes twice: on the official SDK's `Client` (docs-official,
// which shows the code compiles as the docs meant it) and on runwire's (docs-runwire). `typecheck`
// compiles both; this test keeps them the same code: past their header comments, they differ
// only in the module `Client` is imported from, and in the adaptations named below, each with
// the reason runwire's types call for it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const docsDir = join(import.meta.dirname, "..", "src", "assistant-ui");
const OFFICIAL = 'from "@langchain/langgraph-sdk";';
const RUNWIRE = 'from "@runwire/browser";';

interface Adaptation {
  readonly file: string;
  readonly official: string;
  readonly runwire: string;
  readonly why: string;
}

const ADAPTATIONS: readonly Adaptation[] = [
  {
    file: "getting-started.tsx",
    official: "      return state.checkpoint.checkpoint_id ?? null;\n",
    runwire:
      "      // runwire types `checkpoint` as the server sends it: null for a thread without a graph.\n" +
      "      return state.checkpoint?.checkpoint_id ?? null;\n",
    why: "a state's checkpoint is null for a thread without a graph (PLATFORM_SPEC §2.12); the SDK types it non-null",
  },
];

/** The file's code: its leading comment block dropped. */
function code(dir: string, file: string): string {
  const text = readFileSync(join(docsDir, dir, file), "utf8");
  return text.replace(/^(?:\/\/.*\n)+/, "");
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

const files = readdirSync(join(docsDir, "docs-official")).sort();

describe("the docs' code on runwire is the docs' code on the official SDK", () => {
  it("has the same files on both sides", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(readdirSync(join(docsDir, "docs-runwire")).sort()).toEqual(files);
  });

  it.each(files)("%s differs only in the import of Client and the named adaptations", (file) => {
    const official = code("docs-official", file);
    let runwire = code("docs-runwire", file);
    expect(occurrences(official, OFFICIAL)).toBe(1);
    expect(occurrences(runwire, RUNWIRE)).toBe(1);
    runwire = runwire.replace(RUNWIRE, OFFICIAL);
    for (const adaptation of ADAPTATIONS.filter((a) => a.file === file)) {
      expect(occurrences(official, adaptation.official), adaptation.why).toBe(1);
      expect(occurrences(runwire, adaptation.runwire), adaptation.why).toBe(1);
      runwire = runwire.replace(adaptation.runwire, adaptation.official);
    }
    expect(runwire).toBe(official);
  });
});
