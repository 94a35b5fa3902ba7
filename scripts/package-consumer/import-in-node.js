// Run by scripts/check-pack.js in an app that installed the packed package: imports each specifier given, through
// the package's exports as server-rendering frameworks do in Node, and names each import that throws or registers
// an element.
let failures = 0;
for (const specifier of process.argv.slice(2)) {
  try {
    await import(specifier);
  } catch (error) {
    console.error(`import '${specifier}' in Node throws: ${error instanceof Error ? error.message : error}`);
    failures++;
  }
}
// Lit's server build gives Node a registry of elements; a server renderer would render what is in it, and the
// elements need a page. They must leave their tags, with the fallback, to the browser.
const defined = ['pa-statement', 'pa-statement-point', 'pa-statement-quote'].filter((tag) =>
  globalThis.customElements?.get(tag),
);
if (defined.length > 0) {
  console.error(`in Node, importing the package registered ${defined.join(', ')}: a server renderer would render them`);
  failures++;
}
process.exit(failures > 0 ? 1 : 0);
