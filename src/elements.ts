// Each tag with its class, registering nothing: for the builder and the build's scripts, which read the elements'
// own declarations (their properties, attributes and styles) rather than copies.
import { DEFAULT_HEADING_LEVEL, PaStatement } from './statement/pa-statement.js';
import { PaStatementPoint } from './statement-point/pa-statement-point.js';
import { DEFAULT_INTERVAL_SECONDS, PaStatementQuote } from './statement-quote/pa-statement-quote.js';
import { TAG_NAMES, type TagName } from './tag-names.js';

export const ELEMENTS: Readonly<
  Record<TagName, typeof PaStatement | typeof PaStatementPoint | typeof PaStatementQuote>
> = {
  [TAG_NAMES.statement]: PaStatement,
  [TAG_NAMES.point]: PaStatementPoint,
  [TAG_NAMES.quote]: PaStatementQuote,
};

/**
 * The attributes whose element has a default other than none, with it, by tag: what an attribute at its default need
 * not say (the builder leaves it out). Read from the elements' own constants; test/browser/elements.test.ts checks it against
 * the defaults custom-elements.json gives.
 */
export const ATTRIBUTE_DEFAULTS: Readonly<Record<TagName, Readonly<Record<string, string>>>> = {
  [TAG_NAMES.statement]: { 'heading-level': String(DEFAULT_HEADING_LEVEL) },
  [TAG_NAMES.point]: {},
  [TAG_NAMES.quote]: { interval: String(DEFAULT_INTERVAL_SECONDS) },
};
