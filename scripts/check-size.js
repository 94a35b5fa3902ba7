// Checks the drop-in bundle: one self-contained file, the statement in it once, and within the size budget.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 12288; // gzip -9
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

const gzipBytes = gzipSync(code, { level: 9 }).length;
console.log(
  `${bundlePath}: ${code.length} B, ${gzipBytes} B gzip -9, budget ${BUDGET_BYTES} B (${BUDGET_BYTES - gzipBytes} B left)`,
);
if (gzipBytes > BUDGET_BYTES) problems.push(`${bundlePath} is ${gzipBytes - BUDGET_BYTES} B over its budget`);

for (const problem of problems) console.error(`size check: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
