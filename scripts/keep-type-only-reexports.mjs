// Restores `export type * from "…"` in a package's built declarations. tsup bundles them with
// rollup-plugin-dts 6.1.1, which prints a source's `export type * from "@runwire/types"` as
// `export * from '@runwire/types'`: the declarations would then claim every schema and function
// of that package as a value export, which the JavaScript does not have (an import of one would
// type-check and fail at run time). Run from the package folder right after tsup (its `build`
// script does); fails when a type-only re-export of the source is in neither form in dist/.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const TYPE_ONLY_STAR = /^export type \* from "([^"]+)";$/gm;

const failures = [];
let restored = 0;
for (const file of readdirSync("dist")) {
  const entry = /^(.+)\.d\.c?ts$/.exec(file)?.[1];
  const source = entry === undefined ? "" : join("src", `${entry}.ts`);
  if (entry === undefined || !existsSync(source)) continue;
  const specifiers = [...readFileSync(source, "utf8").matchAll(TYPE_ONLY_STAR)].map((m) => m[1]);
  if (specifiers.length === 0) continue;
  const path = join("dist", file);
  let text = readFileSync(path, "utf8");
  for (const specifier of specifiers) {
    const typeOnly = `export type * from '${specifier}';`;
    const widened = `export * from '${specifier}';`;
    if (text.includes(widened)) {
      text = text.replace(widened, typeOnly);
      restored += 1;
    } else if (!text.includes(typeOnly)) {
      failures.push(`${path}: no \`export * from '${specifier}'\` to make type-only`);
    }
  }
  writeFileSync(path, text);
}
if (failures.length > 0) {
  console.error(`Type-only re-exports not restored:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log(`Type-only re-exports: ${restored} restored in dist/.`);
