import { css } from '../shared/css.js';

export const statementStyles = css`
  /* Bold, as every engine shows headings. */
  [part~='title'] {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
  }
  [part~='byline'] {
    margin-block: 0.25em var(--_space);
    color: var(--_muted);
  }
  [part~='list'] {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    list-style: none;
  }
  [part~='point'] {
    display: flex;
    gap: 0.75em;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid transparent;
    scroll-margin-block: 2em;
  }
  /* Text and button share a line while the text keeps 18em; narrower, the button goes under the text. */
  .point-body {
    display: flex;
    flex: 1;
    flex-wrap: wrap;
    gap: 0 0.75em;
    align-items: start;
  }
  [part~='text'] {
    flex: 1 1 18em;
  }
  [part~='highlighted'] {
    border-inline-start: 0.5em double var(--_accent);
    background: var(--_highlight);
    color: var(--pa-color-text, light-dark(#1a1a1a, #f2f2f2));
  }
  /* Forced colours paint the transparent bar too: only the marked point may show one. */
  @media (forced-colors: active) {
    [part~='point']:not([part~='highlighted']) {
      border-inline-start-color: Canvas;
    }
  }
  [part~='number'] {
    inline-size: 2em;
    font-weight: bold;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  [part~='copy-button'] {
    font-size: 0.75em;
  }
  [part~='toggle-button'] {
    display: block;
    margin-block-start: var(--_space);
    /* Not a scroll anchor: when points appear above it, reading goes on where the button was. */
    overflow-anchor: none;
  }
  [part~='status'] {
    overflow-wrap: anywhere;
  }
  /* The link to the full statement stands alone, under a button: at least 24px tall, as WCAG 2.5.8 asks of a
     target that is not in a sentence (its line is as tall, so the layout does not move). */
  p > [part~='link'] {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  @media print {
    button,
    [part~='status'] {
      display: none !important;
    }
  }
`;
