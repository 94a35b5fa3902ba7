// `npm run docs`: writes, from custom-elements.json, the API tables of docs/api.md (between its API markers) and
// vscode.html-custom-data.json (completion and hover docs for the tags in VS Code). The prose around the markers is
// written by hand and left as it is.
// `npm run docs -- --check` fails when either is not what the manifest says.
import { readFileSync, writeFileSync } from 'node:fs';
import prettier from 'prettier';

const START = '<!-- api:start (generated from custom-elements.json by npm run docs) -->';
const END = '<!-- api:end -->';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (text) => (text === undefined || text === '' ? '' : `\`${cell(text)}\``);

function table(title, headings, rows) {
  if (rows.length === 0) return [];
  return [
    `**${title}**`,
    '',
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function elementDocs(element) {
  const properties = (element.members ?? []).filter(
    (member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static,
  );
  return [
    `### \`<${element.tagName}>\``,
    '',
    cell(element.summary ?? element.description),
    '',
    ...table(
      'Attributes and properties',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      [
        ...properties.map((property) => {
          const attribute = (element.attributes ?? []).find((candidate) => candidate.fieldName === property.name);
          return [
            code(attribute?.name),
            code(property.name),
            code(property.type?.text),
            code(property.default),
            cell(property.description),
          ];
        }),
        // Attributes with no property of their own, such as the global `lang`.
        ...(element.attributes ?? [])
          .filter((attribute) => !attribute.fieldName)
          .map((attribute) => [code(attribute.name), '', code(attribute.type?.text), '', cell(attribute.description)]),
      ],
    ),
    ...table(
      'Events',
      ['Event', 'Detail', 'Description'],
      (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), cell(event.description)]),
    ),
    ...table(
      'Slots',
      ['Slot', 'Description'],
      (element.slots ?? []).map((slot) => [code(slot.name || '(default)'), cell(slot.description)]),
    ),
    ...table(
      'CSS parts',
      ['Part', 'Description'],
      (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
    ),
  ];
}

// The tokens are shared by every element: one table.
const tokens = elements[0]?.cssProperties ?? [];
const generated = [
  START,
  ...elements.flatMap(elementDocs),
  '### CSS custom properties (all three elements)',
  '',
  ...table(
    'Tokens',
    ['Property', 'Default', 'Description'],
    tokens.map((token) => [code(token.name), code(token.default), cell(token.description)]),
  ),
  END,
].join('\n');

/** VS Code's custom HTML data format: https://github.com/microsoft/vscode-custom-data */
const vscodeData = `${JSON.stringify(
  {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: element.description,
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: [attribute.description, attribute.default && `Default: ${attribute.default}`]
          .filter(Boolean)
          .join(' '),
        ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        // A union of string literals ('light' | 'dark' | 'auto') lists its values.
        ...(/'/.test(attribute.type?.text ?? '')
          ? { values: [...attribute.type.text.matchAll(/'([^']+)'/g)].map(([, name]) => ({ name })) }
          : {}),
      })),
    })),
  },
  null,
  2,
)}\n`;

/** The page whose tables are generated: the API reference, beside the prose that explains them. */
const PAGE = 'docs/api.md';
const page = readFileSync(PAGE, 'utf8');
const start = page.indexOf(START);
const end = page.indexOf(END);
if (start < 0 || end < start) throw new Error(`${PAGE} needs the markers ${START} and ${END}`);
const updated = await prettier.format(page.slice(0, start) + generated + page.slice(end + END.length), {
  ...(await prettier.resolveConfig(PAGE)),
  filepath: PAGE,
});

const outputs = { [PAGE]: updated, 'vscode.html-custom-data.json': vscodeData };
if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([path, text]) => {
    try {
      return readFileSync(path, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  for (const [path] of stale)
    console.error(`${path} differs from custom-elements.json: run npm run analyze && npm run docs`);
  if (stale.length > 0) process.exit(1);
  console.log(`${PAGE} API tables and vscode.html-custom-data.json match custom-elements.json`);
} else {
  for (const [path, text] of Object.entries(outputs)) writeFileSync(path, text);
}
