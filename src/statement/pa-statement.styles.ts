import { css } from 'lit';

export const statementStyles = css`
  [part~='article'] {
    container-type: inline-size;
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.375em;
    font-weight: bold;
    line-height: 1.25;
  }
  [part~='byline'] {
    margin-block: 0.25em var(--_space);
    color: var(--_muted);
  }
  [part~='list'] {
    display: grid;
    gap: var(--_space);
    list-style: none;
  }
  [part~='point'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 0.75em;
    align-items: start;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid transparent;
    scroll-margin-block: 2em;
  }
  .numbered [part~='point'] {
    grid-template-columns: 2em 1fr auto;
  }
  [part~='highlighted'] {
    border-inline-start: 0.5em double var(--_accent);
    background: var(--_highlight);
    color: var(--pa-color-text, light-dark(#1a1a1a, #f2f2f2));
  }
  [part~='number'] {
    font-weight: bold;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  [part~='copy-button'] {
    font-size: 0.75em;
  }
  [part~='toggle-button'] {
    margin-block-start: var(--_space);
    /* Not a scroll anchor: when points appear above it, reading goes on where the button was. */
    overflow-anchor: none;
  }
  [part~='status'] {
    overflow-wrap: anywhere;
  }
  /* Narrow: the copy button goes under its point, so the text keeps the width. */
  @container (max-width: 26em) {
    [part~='point'] {
      grid-template-columns: 1fr;
    }
    .numbered [part~='point'] {
      grid-template-columns: 2em 1fr;
    }
    [part~='copy-button'] {
      grid-column: -2;
      justify-self: start;
    }
  }
  @media print {
    button,
    [part~='status'] {
      display: none !important;
    }
    [part~='point'][hidden] {
      display: grid !important;
    }
  }
`;
