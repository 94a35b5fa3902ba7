// Run by tools/checks/check-pack.js in an app that installed the packed package: imports each specifier given, through
// the package's exports as server-rendering frameworks do in Node, and names each import that throws; then renders
// the elements on the server, as a framework would and with the package's prerenderer and command line.
let failures = 0;
for (const specifier of process.argv.slice(2)) {
  try {
    await import(specifier);
  } catch (error) {
    console.error(`import '${specifier}' in Node throws: ${error instanceof Error ? error.message : error}`);
    failures++;
  }
}
// Lit's server build gives Node a registry of elements: the package registers its tags there, and a server renderer
// (Lit's, which Eleventy's and Astro's Lit integrations use) renders them as declarative shadow roots.
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const rendered = await collectResult(render(html`<pa-statement-point point="4" excerpt></pa-statement-point>`));
if (!rendered.includes('<template shadowroot') || !rendered.includes('There is no place for torture')) {
  console.error(`Lit's server renderer did not render <pa-statement-point>: ${rendered.slice(0, 200)}`);
  failures++;
}
// The package's own prerenderer, from its export and from its command line.
const { prerender } = await import('pa-statement-widget/prerender');
const snippet = '<pa-statement-quote points="2,4" lang="de"></pa-statement-quote>';
const prerendered = await prerender(snippet);
if (!prerendered.includes('<section part="carousel" lang="de"') || !prerendered.includes('Zitate aus der Erklärung')) {
  console.error(`prerender() did not prerender a German quote: ${prerendered.slice(0, 200)}`);
  failures++;
}
const { spawnSync } = await import('node:child_process');
const cli = spawnSync('npx', ['--no-install', 'pa-statement-widget', 'prerender'], {
  input: snippet,
  encoding: 'utf8',
});
if (cli.status !== 0 || cli.stdout !== prerendered) {
  console.error(`npx pa-statement-widget prerender failed (${cli.status}): ${cli.stderr || cli.stdout.slice(0, 200)}`);
  failures++;
}
process.exit(failures > 0 ? 1 : 0);
