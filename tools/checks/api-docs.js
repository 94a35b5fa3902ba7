// `npm run docs`: writes, from custom-elements.json, the API tables of docs/api.md and the attribute list of
// docs/security.md for HTML filters (each between its markers), and vscode.html-custom-data.json (completion and
// hover docs for the tags in VS Code). The prose around the markers is written by hand and left as it is.
// `npm run docs -- --check` fails when any is not what the manifest says.
import { readFileSync, writeFileSync } from 'node:fs';
import prettier from 'prettier';

const markers = (name) => ({
  start: `<!-- ${name}:start (generated from custom-elements.json by npm run docs) -->`,
  end: `<!-- ${name}:end -->`,
});

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
const apiTables = [
  ...elements.flatMap(elementDocs),
  '### CSS custom properties (all three elements)',
  '',
  ...table(
    'Tokens',
    ['Property', 'Default', 'Description'],
    tokens.map((token) => [code(token.name), code(token.default), cell(token.description)]),
  ),
];

// What an author may write on each element, for a CMS's HTML filter: those every element has, once.
const attributeNames = (element) => (element.attributes ?? []).map((attribute) => attribute.name);
const shared = attributeNames(elements[0] ?? {}).filter((name) =>
  elements.every((element) => attributeNames(element).includes(name)),
);
const filterTable = table(
  'Attributes a filter should keep',
  ['Element', 'Attributes'],
  [
    ...elements.map((element) => [
      code(`<${element.tagName}>`),
      attributeNames(element)
        .filter((name) => !shared.includes(name))
        .map(code)
        .join(', '),
    ]),
    ['all three', shared.map(code).join(', ')],
  ],
);

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

/** `page` with the lines between its markers `name` replaced by `lines`, formatted as the repository formats it. */
async function withRegion(page, name, lines) {
  const { start, end } = markers(name);
  const text = readFileSync(page, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${page} needs the markers ${start} and ${end}`);
  return prettier.format(text.slice(0, from) + [start, ...lines, end].join('\n') + text.slice(to + end.length), {
    ...(await prettier.resolveConfig(page)),
    filepath: page,
  });
}

const outputs = {
  'docs/api.md': await withRegion('docs/api.md', 'api', apiTables),
  'docs/security.md': await withRegion('docs/security.md', 'filter', filterTable),
  'vscode.html-custom-data.json': vscodeData,
};
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
  console.log(`${Object.keys(outputs).join(', ')} match custom-elements.json`);
} else {
  for (const [path, text] of Object.entries(outputs)) writeFileSync(path, text);
}
