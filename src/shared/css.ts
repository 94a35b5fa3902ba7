import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Lit's `css` for the widgets' own style literals, which interpolate nothing: the same one sheet per literal, through
 * Lit's `unsafeCSS`, without the checks of interpolated values (and their messages) that `css` carries. Safe as
 * `css` is: it takes a template literal only, written in this package's source.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
