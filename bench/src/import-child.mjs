// Cold import time of one package, in a fresh process: prints the milliseconds `import()` took.
//   node src/import-child.mjs <specifier>

const [specifier = "@runwire/node"] = process.argv.slice(2);
const start = performance.now();
await import(specifier);
process.stdout.write(`${JSON.stringify({ specifier, ms: performance.now() - start })}\n`);
