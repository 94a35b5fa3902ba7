import { css } from '../shared/css.js';

/**
 * Shared by every element: the private tokens (`--_*`), each falling back from a public `--pa-*`
 * property to a default, and resets that keep inherited page styles from reshaping the widget.
 * Text colour, font and size are inherited from the page unless a `--pa-*` property says otherwise; colours
 * follow the page's `color-scheme` through `light-dark()`, or the `theme` attribute.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--pa-color-accent, light-dark(#1f4fb8, #9ec1ff));
    --_muted: var(--pa-color-muted, light-dark(#595959, #b8b8b8));
    --_border: var(--pa-color-border, light-dark(#767676, #8c8c8c));
    --_highlight: var(--pa-color-highlight, light-dark(#fff4c2, #3d3411));
    --_radius: var(--pa-border-radius, 0.375em);
    --_space: var(--pa-spacing, 1em);
    display: block;
    max-inline-size: var(--pa-max-width, 40em);
    font-family: var(--pa-font-family);
    font-size: var(--pa-font-size, 1em);
    line-height: var(--pa-line-height, 1.5);
    color: var(--pa-color-text);
    background: var(--pa-color-background);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    -webkit-text-fill-color: currentColor;
    font-style: normal;
    font-weight: normal;
    hyphens: manual;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: break-word;
  }
  /* A forced theme paints its own background, so text and accents keep their contrast on any page. */
  :host([theme]) {
    color: var(--pa-color-text, CanvasText);
    background: var(--pa-color-background, Canvas);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  p,
  ol,
  figure,
  blockquote {
    margin: 0;
    padding: 0;
  }
  a {
    color: var(--_accent);
  }
  /* Sized as in every engine's own styles, which the snippets' fallback rules mirror. */
  button {
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0.25em 0.6em;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part~='attribution'] {
    margin-block-start: 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
