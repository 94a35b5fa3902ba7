// The embed-code builder's options, and what the element's attributes and the snippet's custom properties are for
// them: from the package's own definitions (its tags, the elements' declared properties and defaults), never copies.
import type { PropertyDeclaration } from 'lit';
import { PaElement } from '../../src/base/pa-element.js';
import { ATTRIBUTE_DEFAULTS, ELEMENTS } from '../../src/elements.js';
import { DEFAULT_INTERVAL_SECONDS } from '../../src/statement-quote/pa-statement-quote.js';
import { TAG_NAMES, type TagName } from '../../src/tag-names.js';

export interface EmbedOptions {
  tag: TagName;
  /** `<pa-statement-point>`: the point shown. The options named as the elements' properties write those attributes. */
  point: string;
  /** `<pa-statement>`: the highlighted point ('' for none). */
  highlight: string;
  excerpt: boolean;
  numbered: boolean;
  limit: string;
  /** `<pa-statement-quote>`: comma-separated points ('' for all). */
  points: string;
  interval: string;
  full: boolean;
  theme: '' | NonNullable<PaElement['theme']>;
  /** The language of the widget's phrases: buttons, labels, attribution ('' for the page's). */
  lang: string;
  /** `--pa-*` colours ('' for the default). */
  accent: string;
  text: string;
  background: string;
  font: string;
  href: string;
  /** The drop-in bundle's address; the builder's default is the bundle on the host it is served from. */
  scriptUrl: string;
  /**
   * The script's Subresource Integrity (`sha384-…`), for an address whose bytes never change (the site's pinned
   * folder); '' for none.
   */
  integrity: string;
  /**
   * With `integrity`: the integrity of each module the bundle may load (hydrate.js, its language modules), by address,
   * which the snippet gives the browser in an import map, so that those are checked too.
   */
  moduleIntegrity: Record<string, string>;
  /**
   * Links the fallback's layout rules as the stylesheet published beside the bundle, in place of an inline
   * `<style>`, for pages whose Content-Security-Policy refuses inline styles.
   */
  linkStylesheet: boolean;
  /**
   * The snippet prerendered: each widget holds its shadow tree as a declarative shadow root, as
   * `pa-statement-widget prerender` writes it (see prerenderOptionsOf); the builder runs the prerenderer.
   */
  prerendered: boolean;
  /**
   * What to paste: the script and the element (`script`); the address of the element's page on the site, for a
   * platform that embeds a link pasted on its own line (oEmbed) or shows its card (Open Graph) (`link`); or a frame of
   * its embed page, for a site that allows frames but not scripts (`frame`).
   */
  output: Output;
}

export type Output = 'script' | 'link' | 'frame';

/** What the element's markup and its fallback depend on: every option but where the script comes from. */
export type ElementOptions = Omit<EmbedOptions, 'scriptUrl'>;

export const defaultOptions: ElementOptions = {
  tag: TAG_NAMES.point,
  point: '4',
  highlight: '',
  excerpt: false,
  numbered: false,
  limit: '',
  points: '',
  interval: String(DEFAULT_INTERVAL_SECONDS),
  full: false,
  theme: '',
  lang: '',
  accent: '',
  text: '',
  background: '',
  font: '',
  href: '',
  integrity: '',
  moduleIntegrity: {},
  linkStylesheet: false,
  prerendered: false,
  output: 'script',
};

/**
 * The element's attributes, in order: a value, or `true` for a boolean attribute. An option named as one of the
 * element's properties writes that property's attribute: which apply to which element, their names and types come
 * from the elements' own property declarations; a value equal to the element's default is left out, as is an empty
 * one.
 */
export function attributesOf(options: ElementOptions): [string, string | true][] {
  const declared: Record<string, PropertyDeclaration> = {
    ...ELEMENTS[options.tag].properties,
    ...PaElement.properties,
  };
  const chosen: [string, string | true][] = [];
  for (const [name, declaration] of Object.entries(declared)) {
    if (declaration.state || !Object.hasOwn(options, name)) continue;
    const value = options[name as keyof ElementOptions];
    const attribute = typeof declaration.attribute === 'string' ? declaration.attribute : name.toLowerCase();
    if (value === true) chosen.push([attribute, true]);
    // A field at its element's default adds nothing.
    else if (typeof value === 'string' && value !== '' && value !== ATTRIBUTE_DEFAULTS[options.tag][attribute])
      chosen.push([attribute, value]);
  }
  if (options.lang) chosen.push(['lang', options.lang]);
  return chosen;
}

/**
 * The `--pa-*` custom properties chosen. None with a linked stylesheet: without inline style the snippet has no
 * place for them, and they belong in the site's own stylesheet.
 */
export function customPropertiesOf(options: EmbedOptions): [string, string][] {
  if (options.linkStylesheet) return [];
  const chosen: [string, string][] = [
    ['--pa-color-accent', options.accent],
    ['--pa-color-text', options.text],
    ['--pa-color-background', options.background],
    ['--pa-font-family', options.font],
  ];
  return chosen.filter(([, value]) => value !== '');
}
