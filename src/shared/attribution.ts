import { html, nothing } from 'lit';
import { statement, type StatementPoint } from '../content/statement.js';
import type { Wording } from '../localization/wording.js';

/** "Progressive Alliance, 18th September 2020 · Point 4 of 11 · Read the full statement" under a point. */
export const attribution = (point: StatementPoint, wording: Wording, href?: string) => html`
  <figcaption part="attribution">
    <span part="publisher" lang="en">${statement.publisher}</span>,
    <time part="date" datetime=${statement.date}>${wording.date}</time> ·
    <span part="position">${wording.phrase('pointOf', { point: point.number, total: statement.points.length })}</span>
    ${href ? html`· <a part="link" href=${href}>${wording.phrase('readFullStatement')}</a>` : nothing}
  </figcaption>
`;
