// Checks the drop-in bundle is one self-contained file holding the statement once, and prints its exact size.
// The size budget itself is size-limit's (package.json "size-limit").
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const bundlePath = 'cdn/pa-statement-widget.js';
const problems = [];
const files = readdirSync('cdn');
if (files.length !== 1) problems.push(`cdn/ should hold only pa-statement-widget.js, holds: ${files.join(', ')}`);

const code = readFileSync(bundlePath, 'utf8');
if (/(?:^|[;}])\s*import[\s{*"']|(?:^|[^.\w])import\s*\(/.test(code)) {
  problems.push(`${bundlePath} imports another module; it must be self-contained`);
}
const sentence = 'There is no place for torture in 21st century Europe.';
const copies = code.split(sentence).length - 1;
if (copies !== 1) problems.push(`${bundlePath} holds the statement ${copies} times; it must hold it once`);

console.log(
  `${bundlePath}: ${code.length} B, ${gzipSync(code, { level: 9 }).length} B gzip -9, one file, statement once`,
);
for (const problem of problems) console.error(`bundle check: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
