import { html, nothing } from 'lit';
import { statement, type StatementPoint } from '../content/statement.js';
import { formatStatementDate } from './locale.js';
import { strings } from './strings.js';

/** The statement's date as a `<time>` in `language`: in the full statement's byline and under each point. */
export const statementDate = (language: string) =>
  html`<time part="date" lang=${language} datetime=${statement.date}>${formatStatementDate(language)}</time>`;

/** "Progressive Alliance, 18 September 2020 · Point 4 of 11 · Read the full statement" under a point. */
export const attribution = (point: StatementPoint, language: string, href?: string) => html`
  <figcaption part="attribution">
    <span part="publisher">${statement.publisher}</span>, ${statementDate(language)} ·
    <span part="position">${strings.pointOf(point.number)}</span>
    ${href ? html`· <a part="link" href=${href}>${strings.readFullStatement}</a>` : nothing}
  </figcaption>
`;
