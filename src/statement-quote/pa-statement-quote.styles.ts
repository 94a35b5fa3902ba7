import { css } from '../shared/css.js';

export const quoteStyles = css`
  [part~='controls'] {
    display: flex;
    justify-content: flex-end;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  [part~='button'] {
    display: inline-grid;
    place-items: center;
    padding: 0.25em;
    min-inline-size: max(24px, 2em);
    min-block-size: max(24px, 2em);
  }
  svg {
    fill: currentColor;
  }
  [part~='slides'] {
    display: grid;
  }
  /* Every quote shares one cell, so the widget keeps the height of the tallest and nothing below jumps. */
  [part~='slide'] {
    grid-area: 1 / 1;
    margin: 0;
    visibility: hidden;
    opacity: 0;
    transition:
      opacity 0.4s,
      visibility 0.4s;
  }
  [part~='slide'].current {
    visibility: visible;
    opacity: 1;
  }
  [part~='quote'] {
    font-size: var(--pa-quote-font-size, 1.25em);
    font-style: italic;
  }
  /* Buttons on paper are of no use. */
  @media print {
    [part~='controls'] {
      display: none !important;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='slide'] {
      transition: none;
    }
  }
`;
