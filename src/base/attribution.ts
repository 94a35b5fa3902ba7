import { html, nothing } from 'lit';
import { statement, type StatementPoint } from '../content/statement.js';
import type { Wording } from '../localization/wording.js';

/** "Point 4 of 11", in the wording's language. */
export const positionOf = (point: StatementPoint, { phrase }: Pick<Wording, 'phrase'>) =>
  phrase('pointOf', { point: point.number, total: statement.points.length });

/**
 * "Progressive Alliance, 18th September 2020 · Point 4 of 11", a point's attribution as text: for a snippet's fallback,
 * a page's description and a link-preview card, which say it as the element does.
 */
export const attributionText = (point: StatementPoint, wording: Pick<Wording, 'phrase' | 'date'>) =>
  `${statement.publisher}, ${wording.date} · ${positionOf(point, wording)}`;

/** "· Translation: …" after the date, where a partner's translation is shown: never the publisher's name alone. */
export const translationMark = ({ translation }: Pick<Wording, 'translation'>) =>
  translation ? html`· <span part="translation">${translation}</span>` : nothing;

/** "Progressive Alliance, 18th September 2020 · Point 4 of 11 · Read the full statement" under a point. */
export const attribution = (point: StatementPoint, wording: Wording, href?: string) => html`
  <figcaption part="attribution">
    <span part="publisher" lang="en">${statement.publisher}</span>,
    <time part="date" datetime=${statement.date}>${wording.date}</time> ·
    <span part="position">${positionOf(point, wording)}</span>
    ${translationMark(wording)}
    ${href ? html`· <a part="link" href=${href}>${wording.phrase('readFullStatement')}</a>` : nothing}
  </figcaption>
`;
