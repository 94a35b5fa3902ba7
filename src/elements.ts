// Each tag with its class, registering nothing: for the builder and the build's scripts, which read the elements'
// own declarations (their properties, attributes and styles) rather than copies.
import { PaStatement } from './statement/pa-statement.js';
import { PaStatementPoint } from './statement-point/pa-statement-point.js';
import { PaStatementQuote } from './statement-quote/pa-statement-quote.js';
import { TAG_NAMES, type TagName } from './tag-names.js';

export const ELEMENTS: Readonly<
  Record<TagName, typeof PaStatement | typeof PaStatementPoint | typeof PaStatementQuote>
> = {
  [TAG_NAMES.statement]: PaStatement,
  [TAG_NAMES.point]: PaStatementPoint,
  [TAG_NAMES.quote]: PaStatementQuote,
};
