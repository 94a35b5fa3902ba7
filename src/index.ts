// The package root: classes and content, registering nothing. Import `pa-statement-widget/all.js`
// or one element's file (e.g. `pa-statement-widget/pa-statement-point.js`) to register tags.
export { PaStatement } from './statement/pa-statement.js';
export { PaStatementPoint } from './statement-point/pa-statement-point.js';
export { PaStatementQuote, type QuoteChangeDetail } from './statement-quote/pa-statement-quote.js';
export {
  findPoint,
  pointByNumber,
  pointBySlug,
  points,
  statement,
  type PointLookup,
  type PointLookupError,
  type StatementPoint,
} from './content/statement.js';
export { registerTranslation } from './localization/translations.js';
export type { Phrases, PluralForms, StatementTranslation } from './localization/types.js';
