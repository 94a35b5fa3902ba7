// Checks the drop-in bundle: one self-contained file holding the statement once, whose only imports are its
// on-demand locale modules in cdn/locales/ and its hydration module, hydrate.js, each self-contained too; beside it,
// the elements' stylesheets that prerendered widgets link on strict-CSP pages, and LICENSES.txt, to which the bundle
// and hydrate.js point in their one comment (tools/build/licences.js). Prints the exact sizes.
// The bundle's size budget is size-limit's (package.json "size-limit"); each locale's, 600 B, is checked here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { LICENCES_FILE, licenceComment, REDISTRIBUTED } from '../build/licences.js';

const bundlePath = 'cdn/pa-statement-widget.js';
const LOCALE_BUDGET = 600;
const problems = [];
const gzipped = (code) => gzipSync(code, { level: 9 }).length;
const importsOf = (code) => [
  ...code.matchAll(/(?:^|[;}])\s*import[\s{*"'`]|(?:^|[^.\w])import\s*\(\s*(["'`][^"'`]*["'`])?/g),
];

// The budget the guide for developers states is size-limit's.
const budget = Number.parseInt(JSON.parse(readFileSync('package.json', 'utf8'))['size-limit'][0].limit, 10);
const statedBudget = `at most ${budget.toLocaleString('en')} B gzip -9`;
if (!readFileSync('docs/developers.md', 'utf8').includes(statedBudget)) {
  problems.push(`docs/developers.md should say the bundle's budget, "${statedBudget}"`);
}

const files = existsSync('cdn') ? readdirSync('cdn').sort() : [];
const expectedFiles = [
  LICENCES_FILE,
  'hydrate.js',
  'locales',
  'pa-statement-point.css',
  'pa-statement-quote.css',
  'pa-statement-widget.js',
  'pa-statement.css',
].sort();
if (files.join() !== expectedFiles.join()) {
  // The checks below read these files: without them, say what is missing, not a stack trace.
  console.error(
    `bundle check: cdn/ should hold pa-statement-widget.js, hydrate.js, locales/, each element's stylesheet and ${LICENCES_FILE}, holds: ${files.join(', ')} (run npm run build:cdn)`,
  );
  process.exit(1);
}
// The licences of what the bundle and hydrate.js carry: each begins with the comment that points to them.
const licences = readFileSync(`cdn/${LICENCES_FILE}`, 'utf8');
for (const [file, packages] of Object.entries(REDISTRIBUTED)) {
  if (!readFileSync(`cdn/${file}`, 'utf8').startsWith(`${licenceComment()}\n`)) {
    problems.push(`cdn/${file} should begin with ${licenceComment()}`);
  }
  for (const name of packages) if (!licences.includes(`  ${name} `)) problems.push(`${LICENCES_FILE} lacks ${name}`);
}
const locales = readdirSync('cdn/locales');

const code = readFileSync(bundlePath, 'utf8');
const expected = ['./hydrate.js', ...locales.map((file) => `./locales/${file}`)].sort();
const imported = importsOf(code).map(([, specifier]) => specifier?.slice(1, -1) ?? '(static import)');
if (imported.sort().join() !== expected.join()) {
  problems.push(
    `${bundlePath} may import only its locale modules and hydrate.js, on demand; it imports: ${imported.join(', ')}`,
  );
}
const hydration = readFileSync('cdn/hydrate.js', 'utf8');
if (importsOf(hydration).length > 0) problems.push('cdn/hydrate.js imports another module');
const sentence = 'There is no place for torture in 21st century Europe.';
const copies = code.split(sentence).length - 1;
if (copies !== 1) problems.push(`${bundlePath} holds the statement ${copies} times; it must hold it once`);
// Terser renames the `__*` members; a name that survives is referred to where renaming cannot follow (a string, such
// as a property name in brackets), and the code that uses it no longer finds what it names.
const privateNames = new Set(
  readdirSync('src', { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => readFileSync(`src/${file}`, 'utf8').match(/\b__[A-Za-z]\w*/g) ?? []),
);
const surviving = [...privateNames].filter((name) => new RegExp(`\\b${name}\\b`).test(code));
if (surviving.length > 0) problems.push(`${bundlePath} still names ${surviving.join(', ')}: referred to by a string?`);
console.log(
  `${bundlePath}: ${code.length} B, ${gzipped(code)} B gzip -9, statement once, ${privateNames.size} private names renamed`,
);
console.log(
  `cdn/hydrate.js: ${hydration.length} B, ${gzipped(hydration)} B gzip -9, loaded only beside a server-rendered widget`,
);

for (const file of locales) {
  const locale = readFileSync(`cdn/locales/${file}`, 'utf8');
  if (importsOf(locale).length > 0) problems.push(`cdn/locales/${file} imports another module`);
  if (gzipped(locale) > LOCALE_BUDGET) problems.push(`cdn/locales/${file} is over ${LOCALE_BUDGET} B gzip -9`);
  console.log(`cdn/locales/${file}: ${locale.length} B, ${gzipped(locale)} B gzip -9`);
}
for (const problem of problems) console.error(`bundle check: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
