// Checks what `npm publish` would ship: everything the exports map points at, and nothing a user does not need.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const shipped = new Set(pack.files.map((file) => file.path));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const targets = Object.values(pkg.exports).flatMap((target) =>
  typeof target === 'string' ? [target] : Object.values(target),
);
// The drop-in bundle loads its locale modules from beside itself, also when served from npm by a CDN.
const needed = [...targets, pkg.types, pkg.customElements, 'cdn/locales/de.js'].map((path) =>
  path.replace(/^\.\//, ''),
);
const missing = needed.filter((path) => !shipped.has(path));
const allowed =
  /^(dist\/.+\.(js|d\.ts)|cdn\/pa-statement-widget\.js|cdn\/locales\/[a-z]{2}\.js|custom-elements\.json|vscode\.html-custom-data\.json|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/;
const extra = [...shipped].filter((path) => !allowed.test(path));

// Server-rendering frameworks import the package in Node: importing it must not throw there.
const { points } = await import('../dist/index.js');
await import('../dist/all.js');
if (points.length !== 11) extra.push('dist/index.js in Node: the statement has no 11 points');

console.log(`npm pack: ${shipped.size} files, ${pack.size} B packed, ${pack.unpackedSize} B unpacked`);
for (const path of missing) console.error(`npm pack: missing ${path}`);
for (const path of extra) console.error(`npm pack: should not ship ${path}`);
process.exit(missing.length + extra.length > 0 ? 1 : 0);
