// Run by scripts/check-pack.js in an app that installed the packed package: imports each specifier given, through
// the package's exports as server-rendering frameworks do in Node, and names each import that throws.
let failures = 0;
for (const specifier of process.argv.slice(2)) {
  try {
    await import(specifier);
  } catch (error) {
    console.error(`import '${specifier}' in Node throws: ${error instanceof Error ? error.message : error}`);
    failures++;
  }
}
process.exit(failures > 0 ? 1 : 0);
