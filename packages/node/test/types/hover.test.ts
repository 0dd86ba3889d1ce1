import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

// What an editor shows for runwire's options comes from the published declarations, not from the
// sources: a type inferred from a zod schema loses its TSDoc in the build. This test asks the
// TypeScript language service (what editors run) about a consumer file that imports the BUILT
// `@runwire/node` (packages/node/dist, made by turbo's `build`, which `test` depends on), and
// checks the hover text is the TSDoc written in packages/types/src (runs, assistants, threads and
// store options), that a method shows its own TSDoc and `@example` from packages/core/src, and that
// `checkpointDuring` is reported deprecated (the suggestion editors draw as a strikethrough).

const packageDir = fileURLToPath(new URL("../../", import.meta.url));
const typesSrcDir = fileURLToPath(new URL("../../../types/src/", import.meta.url));
const coreSrcDir = fileURLToPath(new URL("../../../core/src/", import.meta.url));

// The consumer lives (in memory only) inside packages/node, so `@runwire/node` resolves through
// the package's own `exports` (a self-reference), exactly as an app's import of the installed
// package resolves: to dist/index.d.ts for `import`, dist/index.d.cts for `require`.
const CONSUMER = `import { createClient, type RunsStreamPayload } from "@runwire/node";
const client = createClient();
client.runs.stream(null, "a", { streamResumable: true, checkpointDuring: true, apiKey: null });
client.runs.joinStream("t", "r", { lastEventId: "-1" });
client.runs.wait(null, "a", { raiseError: false });
declare const payload: RunsStreamPayload;
payload.checkpointDuring;
client.assistants.search({ includePagination: true });
client.assistants.search({ graphId: "agent" });
client.store.getItem(["users", "u1"], "prefs", { refreshTtl: true });
client.threads.update("t", { returnMinimal: true });
`;

const variants = [
  {
    name: "ESM (import condition, dist/index.d.ts)",
    file: `${packageDir}test/types/consumer.ts`,
    declarations: `${packageDir}dist/index.d.ts`,
    options: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  },
  {
    name: "CommonJS (require condition, dist/index.d.cts)",
    file: `${packageDir}test/types/consumer.cts`,
    declarations: `${packageDir}dist/index.d.cts`,
    options: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
  },
];

/** A language service over one in-memory file; everything else is read from disk. */
function languageService(file: string, text: string, options: ts.CompilerOptions) {
  const compilerOptions: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: ["node"],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    ...options,
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const content = name === file ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => packageDir,
    getCompilationSettings: () => compilerOptions,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: (name) => ts.sys.realpath?.(name) ?? name,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

/** The TSDoc text of `member` of interface `owner`, as written in a packages/types source file. */
function sourceDoc(sourceFile: string, owner: string, member: string): string {
  const path = `${typesSrcDir}${sourceFile}`;
  const source = ts.createSourceFile(
    path,
    readFileSync(path, "utf8"),
    ts.ScriptTarget.ES2022,
    true,
  );
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement) || statement.name.text !== owner) continue;
    for (const property of statement.members) {
      if (property.name === undefined || property.name.getText(source) !== member) continue;
      const [doc] = ts.getJSDocCommentsAndTags(property).filter(ts.isJSDoc);
      const text = ts.getTextOfJSDocComment(doc?.comment);
      if (text) return text;
    }
  }
  throw new Error(`no TSDoc for ${owner}.${member} in ${sourceFile}`);
}

/** The TSDoc of method `method` of class `owner` (a packages/core source), with its `@example`. */
function methodDoc(sourceFile: string, owner: string, method: string) {
  const path = `${coreSrcDir}${sourceFile}`;
  const source = ts.createSourceFile(
    path,
    readFileSync(path, "utf8"),
    ts.ScriptTarget.ES2022,
    true,
  );
  for (const statement of source.statements) {
    if (!ts.isClassDeclaration(statement) || statement.name?.text !== owner) continue;
    for (const member of statement.members) {
      if (!ts.isMethodDeclaration(member) || member.name.getText(source) !== method) continue;
      // An overloaded method carries its TSDoc on the first signature.
      const [doc] = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
      const text = ts.getTextOfJSDocComment(doc?.comment);
      const example = doc?.tags?.find((tag) => tag.tagName.text === "example");
      const exampleText = ts.getTextOfJSDocComment(example?.comment);
      if (text && exampleText) return { text, example: exampleText };
    }
  }
  throw new Error(`no TSDoc with an @example for ${owner}.${method} in ${sourceFile}`);
}

/** Offset of the `occurrence`-th `text` in the consumer, pointing inside the identifier. */
function at(text: string, occurrence = 1): number {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen += 1) {
    index = CONSUMER.indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" occurs fewer than ${occurrence} times`);
  }
  return index + 1;
}

const docs = (parts: readonly ts.SymbolDisplayPart[] | undefined) =>
  ts.displayPartsToString(parts ? [...parts] : []);

describe.each(variants)("editor hover over the built @runwire/node: $name", (variant) => {
  let service: ts.LanguageService;

  beforeAll(() => {
    if (!existsSync(variant.declarations)) {
      throw new Error(
        `${variant.declarations} is missing: build first (pnpm turbo run build --filter @runwire/node...)`,
      );
    }
    service = languageService(variant.file, CONSUMER, variant.options);
  });

  it("resolves @runwire/node to the built declarations and type-checks the consumer", () => {
    const program = service.getProgram();
    expect(program?.getSourceFile(variant.declarations)).toBeDefined();
    const problems = service
      .getSemanticDiagnostics(variant.file)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    expect(problems).toEqual([]);
  });

  it.each([
    { option: "streamResumable", owner: "RunStreamingOptions", file: "options.ts" },
    { option: "apiKey", owner: "RequestOptions", file: "request-options.ts" },
    { option: "lastEventId", owner: "RunsJoinStreamOptions", file: "options.ts" },
    { option: "raiseError", owner: "RunsWaitOptions", file: "options.ts" },
    {
      option: "includePagination",
      owner: "AssistantsSearchOptions",
      file: "assistants/options.ts",
    },
    { option: "refreshTtl", owner: "StoreGetItemOptions", file: "store/options.ts" },
    { option: "returnMinimal", owner: "ThreadsUpdateOptions", file: "threads/options.ts" },
  ])("hovering $option shows its TSDoc from $owner", ({ option, owner, file }) => {
    const info = service.getQuickInfoAtPosition(variant.file, at(option));
    // `(property) streamResumable?: …`, `(property) RunsWaitOptions.raiseError?: …`, or, where
    // the call picks search's `includePagination: true` overload, `(property) includePagination:
    // true`.
    expect(docs(info?.displayParts)).toMatch(
      new RegExp(`^\\(property\\) (\\w+\\.)?${option}\\??: `),
    );
    expect(docs(info?.documentation)).toBe(sourceDoc(file, owner, option));
  });

  // The TSDoc sits on search's first overload only; the hover must show it whichever overload the
  // call resolves to (the display line names the resolved one by its result type).
  it.each([
    { call: "client.assistants.search({ includePagination", resolves: "AssistantsSearchResponse" },
    { call: "client.assistants.search({ graphId", resolves: "Assistant[]" },
  ])("hovering search in $call… shows the method's TSDoc and @example", ({ call, resolves }) => {
    const expected = methodDoc("assistants/assistants-client.ts", "AssistantsClient", "search");
    const info = service.getQuickInfoAtPosition(variant.file, at(call) + call.indexOf("search"));
    const display = docs(info?.displayParts);
    expect(display).toMatch(/^\(method\) AssistantsClient\.search\(/);
    expect(display).toContain(`): Promise<${resolves}> (+2 overloads)`);
    expect(docs(info?.documentation)).toBe(expected.text);
    const examples = info?.tags?.filter((tag) => tag.name === "example") ?? [];
    expect(examples.map((tag) => docs(tag.text))).toEqual([expected.example]);
  });

  it("hovering checkpointDuring in the call shows it deprecated, naming durability", () => {
    const info = service.getQuickInfoAtPosition(variant.file, at("checkpointDuring"));
    expect(docs(info?.documentation)).toBe(
      sourceDoc("options.ts", "RunStartOptions", "checkpointDuring"),
    );
    const deprecated = info?.tags?.filter((tag) => tag.name === "deprecated") ?? [];
    expect(deprecated).toHaveLength(1);
    expect(docs(deprecated[0]?.text)).toContain("durability");
  });

  it("reports reading checkpointDuring as deprecated (the editor's strikethrough)", () => {
    // TypeScript reports a deprecated member where it is read, not where an object literal sets
    // it (microsoft/TypeScript#45657): the key in the call above gets the hover tag only.
    const deprecations = service
      .getSuggestionDiagnostics(variant.file)
      .filter((diagnostic) => diagnostic.reportsDeprecated)
      .map(({ code, start, length }) => ({ code, start, length }));
    expect(deprecations).toContainEqual({
      code: 6385,
      start: at("checkpointDuring", 2) - 1,
      length: "checkpointDuring".length,
    });
    const others = deprecations.filter(({ start }) => start !== at("checkpointDuring", 2) - 1);
    expect(others).toEqual([]);
  });
});
