// `npm run analyze` writes custom-elements.json from the JSDoc on the element classes; CI checks it is current.
import { posix } from 'node:path';

/** Writes a default given as a module constant (`= DEFAULT_INTERVAL_SECONDS`) as the constant's value (`8`). */
function resolveConstantDefaults() {
  const constants = new Map();
  return {
    name: 'resolve-constant-defaults',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isVariableStatement(node) || !ts.isSourceFile(node.parent)) return;
      for (const declaration of node.declarationList.declarations) {
        const value = declaration.initializer;
        if (value && (ts.isNumericLiteral(value) || ts.isStringLiteral(value))) {
          constants.set(`${moduleDoc.path}#${declaration.name.getText()}`, value.getText());
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          entry.default = constants.get(`${moduleDoc.path}#${entry.default}`) ?? entry.default;
        }
      }
    },
  };
}

/** Internal reactive state (`__name`, `state: true`) is not an attribute; the Lit plugin lists it as one. */
function dropPrivateState() {
  return {
    name: 'drop-private-state',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter((attribute) => !attribute.name.startsWith('__'));
        }
      }
    },
  };
}

/** The manifest describes the published package: `src/x.ts` becomes `dist/x.js` everywhere in it. */
function pointAtPublishedFiles() {
  const publish = (value) => {
    if (typeof value === 'string') return value.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');
    if (Array.isArray(value)) return value.map(publish);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, publish(entry)]));
    }
    return value;
  };
  return {
    name: 'point-at-published-files',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = publish(customElementsManifest.modules);
    },
  };
}

/**
 * The elements register through `defineElement('pa-statement', PaStatement)`, which the analyzer does not read as a
 * definition, while it reads the `customElements.define(tag, element)` inside it as one, of a tag named `tag`. Each
 * `defineElement` call with a tag written out becomes a definition; a `define` call with a computed tag names none.
 */
function readDefineElementCalls() {
  const computedTags = new Set();
  return {
    name: 'read-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const [tag, element] = node.arguments;
      const callee = node.expression.getText();
      if (/^(window\.|globalThis\.)?customElements\.define$/.test(callee) && tag && !ts.isStringLiteral(tag)) {
        computedTags.add(`${moduleDoc.path}#${tag.getText()}`);
      }
      if (callee !== 'defineElement' || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const importOfElement = node
        .getSourceFile()
        .statements.find(
          (statement) =>
            ts.isImportDeclaration(statement) &&
            statement.importClause?.namedBindings?.elements?.some((binding) => binding.name.text === element.text),
        );
      const module = importOfElement
        ? posix.join(posix.dirname(moduleDoc.path), importOfElement.moduleSpecifier.text)
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } },
      ];
    },
    moduleLinkPhase({ moduleDoc }) {
      moduleDoc.exports &&= moduleDoc.exports.filter(
        (entry) => entry.kind !== 'custom-element-definition' || !computedTags.has(`${moduleDoc.path}#${entry.name}`),
      );
    },
  };
}

/** The analyzer takes the first word after `@tag` as the tag name and drops the rest: text there is lost. */
function refuseTextAfterTagName() {
  return {
    name: 'refuse-text-after-tag-name',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node)) return;
      for (const tag of ts.getJSDocTags(node)) {
        const [tagName, ...rest] = (ts.getTextOfJSDocComment(tag.comment) ?? '').trim().split(/\s+/);
        if (['tag', 'tagname'].includes(tag.tagName.text) && rest.length > 0) {
          console.error(
            `${moduleDoc.path}: the text after "@${tag.tagName.text} ${tagName}" never reaches custom-elements.json; move it into the description`,
          );
          process.exitCode = 1;
        }
      }
    },
  };
}

/** The analyzer lists modules in the order its file search returned them, which varies from run to run. */
function sortModulesByPath() {
  return {
    name: 'sort-modules-by-path',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Styles, and the drop-in files' own modules, which the npm package does not hold (tsconfig.build.json).
  exclude: ['src/**/*.styles.ts', 'src/drop-in/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [
    resolveConstantDefaults(),
    dropPrivateState(),
    readDefineElementCalls(),
    refuseTextAfterTagName(),
    pointAtPublishedFiles(),
    sortModulesByPath(),
  ],
};
