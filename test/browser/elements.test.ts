// The facts src/elements.ts gathers from the elements, against what custom-elements.json (written from their source by
// the analyzer) says of them: the tags, and the attributes that have a default other than none or false.
import { expect } from '@open-wc/testing';
import { ATTRIBUTE_DEFAULTS, ELEMENTS } from '../../src/elements.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; default?: string }[];
}

describe('the elements, as the builder and the build read them', () => {
  it('name the defaults of their attributes as custom-elements.json does', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: Declaration[] }[];
    };
    const declared = manifest.modules.flatMap((module) => module.declarations ?? []).filter((entry) => entry.tagName);
    const defaults = Object.fromEntries(
      declared.map(({ tagName, attributes = [] }) => [
        tagName,
        Object.fromEntries(
          attributes
            .filter(({ default: value }) => value !== undefined && value !== 'false' && value !== "''")
            .map(({ name, default: value }) => [name, value]),
        ),
      ]),
    );
    expect(Object.keys(defaults).sort()).to.deep.equal(Object.keys(ELEMENTS).sort());
    expect(defaults).to.deep.equal(ATTRIBUTE_DEFAULTS);
  });
});
