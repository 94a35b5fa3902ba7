import { css } from '../shared/css.js';

export const pointStyles = css`
  [part='quote'] {
    padding-inline-start: var(--_space);
    border-inline-start: 0.25em solid var(--_accent);
    font-size: var(--pa-quote-font-size, 1.25em);
  }
`;
