import type { LitElement } from 'lit';
import { digestFor, digestOf } from '../shared/digest.js';
import { styleTextsOf } from '../shared/style-texts.js';

/** What a widget's tree depends on besides its templates, as the widget tells it. */
export interface RenderFacts {
  /** The language of its phrases and of the statement's text. */
  lang: string;
  textLang: string;
  /** The sets of words it shows: its phrases, and a partner's translation if any. */
  words: readonly object[];
}

/** A widget that tells what its tree depends on. */
export interface KeyedElement extends LitElement {
  readonly renderFacts: RenderFacts;
}

/**
 * The attribute a server writes on a widget it renders (Lit's server renderer writes the attributes an element sets
 * on itself): its render key. The client compares it before hydrating and removes it once it has taken over.
 */
export const RENDER_KEY = 'data-render-key';

/** A property's value as the key records it: text, numbers and lists as text, never throwing. */
const keyText = (value: unknown) =>
  Array.isArray(value) ? value.join() : typeof value === 'object' || typeof value === 'function' ? '' : String(value);

/**
 * `<phrases language> <text language> <words and styles> <properties>`: digests of the words it shows and of the
 * element's styles (another version's differ), and of every public property's value (a page's script may have
 * changed one). Made once for what stays as it is (a class's styles, a language's phrases).
 */
export function renderKeyOf(element: KeyedElement): string {
  const { lang, textLang, words } = element.renderFacts;
  const type = element.constructor as typeof LitElement;
  const styles = digestFor(type, () => styleTextsOf(type));
  const content = digestOf([styles, ...words.map((set) => digestFor(set, () => [JSON.stringify(set)]))]);
  const values = [...type.elementProperties]
    .filter(([, options]) => !options.state)
    .map(([name]) => keyText(element[name as keyof KeyedElement]));
  return `${lang} ${textLang} ${content} ${digestOf(values)}`;
}
