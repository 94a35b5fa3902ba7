// The prerenderer's limits, and the check of those on markup that parse5 cannot keep by itself: its time grows with
// the square of how deep elements nest and of how many attributes one tag writes (40,000 nested <div> took 13 s, one
// tag of 200,000 attributes 188 s). One pass over the text, before parse5 reads it, finds where html first goes beyond
// either: the HTML standard's tokenizer here, and its tree construction reduced to the stack of open elements in
// nesting.ts. Nothing here needs the server-rendering packages, so the command line checks before it loads them.
import { Nesting, type StartTag } from './nesting.js';

/**
 * The most `prerender()` takes in one call: a server that prerenders what its users write must not be tied up by a
 * small input. Beyond any it throws a `RangeError` saying which, before any work: prerender a page in parts, or mend
 * its markup. Its cost is linear in the input within them.
 */
export const PRERENDER_LIMITS = {
  /** Characters of HTML: 10 MiB of text. */
  characters: 10 * 1024 * 1024,
  /** Widgets to prerender. */
  widgets: 1000,
  /**
   * Elements nested in one another, `<body>` the first, as a browser's HTML parser nests them: 512, the most that
   * Chromium, Firefox and WebKit nest (deeper, they flatten). The parser's time grows with the square of the depth.
   * The formatting elements it reopens (a `<b>` left open across blocks) count, and may number, by any point, no more
   * than the characters before it, or than this depth could need.
   */
  depth: 512,
  /** Attributes written in one tag, where the parser's time grows with the square of their number. */
  attributes: 1000,
} as const;

export type MarkupLimits = Pick<typeof PRERENDER_LIMITS, 'depth' | 'attributes'>;

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d;
const isLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const [GREATER, SLASH, EQUALS, QUOTE, APOSTROPHE, EXCLAMATION, QUESTION] = [...'>/="\'!?'].map((c) => c.charCodeAt(0));
/** Tag names are compared in ASCII lower case only: `toLowerCase` would make `<\u212Aeygen>` (Kelvin sign) a keygen. */
const asciiLowerCase = (text: string) =>
  /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()) : text;
/** The tags whose treatment depends on an attribute's value: a `<font color>` leaves SVG, and so on. */
const READ_VALUES = new Set(['annotation-xml', 'font', 'input']);
const NON_WHITESPACE = /[^\t\n\f\r ]/g;
const SCRIPT_TOKENS = /<!--|-->|<(\/?)script[\t\n\f\r />]/gi;
const rawTextEnds = new Map<string, RegExp>();

function skipSpace(html: string, from: number): number {
  let index = from;
  while (index < html.length && isSpace(html.charCodeAt(index))) index += 1;
  return index;
}

/** Where a name ends: at space, `/` or `>`, and at `=` for an attribute's name past its first character. */
function nameEnd(html: string, from: number, attribute: boolean): number {
  let index = from;
  while (index < html.length) {
    const code = html.charCodeAt(index);
    if (isSpace(code) || code === SLASH || code === GREATER || (attribute && code === EQUALS)) break;
    index += 1;
  }
  return index;
}

/** Where an attribute's value that starts at `from` ends; -1 where the text ends inside its quotes. */
function valueEnd(html: string, from: number): number {
  const quote = html.charCodeAt(from);
  if (quote === QUOTE || quote === APOSTROPHE) {
    const close = html.indexOf(html[from], from + 1);
    return close < 0 ? -1 : close + 1;
  }
  let index = from;
  while (index < html.length && !isSpace(html.charCodeAt(index)) && html.charCodeAt(index) !== GREATER) index += 1;
  return index;
}

/** The value of an attribute written from `from` to `end`, without its quotes. */
function valueOf(html: string, from: number, end: number): string {
  const quote = html.charCodeAt(from);
  return quote === QUOTE || quote === APOSTROPHE ? html.slice(from + 1, end - 1) : html.slice(from, end);
}

/** A start or end tag, read as the standard's tokenizer reads it; one reader serves every tag of a text. */
class TagReader implements StartTag {
  name = '';
  selfClosing = false;
  /** Where the tag ends: after its `>`, or at the end of the text. */
  end = 0;
  /** Ended by its `>`: a tag that the end of the text cuts off is dropped. */
  complete = false;
  /** Its attributes as written, duplicates too: parse5 compares each with those before it. */
  written = 0;
  attributes: Map<string, string> | undefined;
  private __attributesStart = 0;

  constructor(private readonly __html: string) {}

  get attributeText(): string {
    return this.__html.slice(this.__attributesStart, this.end - (this.selfClosing ? 2 : 1)).trim();
  }

  read(open: number, closing: boolean): this {
    const html = this.__html;
    const nameStart = open + (closing ? 2 : 1);
    let index = nameEnd(html, nameStart, false);
    this.name = asciiLowerCase(html.slice(nameStart, index));
    this.__attributesStart = index;
    this.attributes = !closing && READ_VALUES.has(this.name) ? new Map() : undefined;
    this.written = 0;
    for (;;) {
      index = skipSpace(html, index);
      const code = html.charCodeAt(index);
      if (index >= html.length) return this.__ended(html.length, false);
      if (code === GREATER) return this.__ended(index + 1, true);
      if (code === SLASH) {
        index += 1;
        if (html.charCodeAt(index) === GREATER) return this.__ended(index + 1, true, true);
        continue;
      }
      this.written += 1;
      index = this.__attribute(index);
      if (index < 0) return this.__ended(html.length, false);
    }
  }

  /** Reads the attribute at `start`, keeping its value where wanted; returns where it ends, or -1 at the text's end. */
  private __attribute(start: number): number {
    const html = this.__html;
    const nameEnds = nameEnd(html, start + 1, true);
    let index = skipSpace(html, nameEnds);
    let valueStart = index;
    if (html.charCodeAt(index) === EQUALS) {
      valueStart = skipSpace(html, index + 1);
      index = valueEnd(html, valueStart);
    }
    const name = this.attributes && asciiLowerCase(html.slice(start, nameEnds));
    if (name && index >= 0 && !this.attributes?.has(name)) {
      this.attributes?.set(name, index > valueStart ? valueOf(html, valueStart, index) : '');
    }
    return index;
  }

  private __ended(end: number, complete: boolean, selfClosing = false): this {
    this.end = end;
    this.complete = complete;
    this.selfClosing = selfClosing;
    return this;
  }
}

/** Where a comment whose `<!--` ends before `from` ends: at `-->` or `--!>`, or at `>` or `->` straight away. */
function commentEnd(html: string, from: number): number {
  if (html.startsWith('>', from)) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  for (let search = from; ;) {
    const dashes = html.indexOf('--', search);
    if (dashes < 0) return html.length;
    if (html.startsWith('>', dashes + 2)) return dashes + 3;
    if (html.startsWith('!>', dashes + 2)) return dashes + 4;
    search = dashes + 1;
  }
}

/** Where a script's text that starts at `from` ends: its `</script`, not one inside `<!--<script>…-->`. */
function scriptEnd(html: string, from: number): number {
  let state: 'data' | 'escaped' | 'double escaped' = 'data';
  SCRIPT_TOKENS.lastIndex = from;
  for (let match = SCRIPT_TOKENS.exec(html); match; match = SCRIPT_TOKENS.exec(html)) {
    const [token, slash] = match;
    if (token === '<!--') {
      if (state === 'data') state = 'escaped';
      // Its dashes may end it at once: `<!-->`.
      SCRIPT_TOKENS.lastIndex = match.index + 2;
    } else if (token === '-->') state = 'data';
    else if (slash && state !== 'double escaped') return match.index;
    else if (slash) state = 'escaped';
    else if (state === 'escaped') state = 'double escaped';
  }
  return html.length;
}

/** Where the text of a raw text element (`<style>`, `<textarea>`…) that starts at `from` ends: at its end tag. */
function rawTextEnd(html: string, from: number, name: string): number {
  let end = rawTextEnds.get(name);
  if (!end) rawTextEnds.set(name, (end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')));
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

/** One pass over the text, token by token, stopping at the first problem. */
class MarkupScan {
  private readonly __nesting = new Nesting();
  private readonly __tag: TagReader;
  /** As many elements as paragraphs nested as deep as the limit, each reopening all those before it, make reopened. */
  private readonly __deepestReopening: number;
  private __problem: string | undefined;

  constructor(
    private readonly __html: string,
    private readonly __limits: MarkupLimits,
  ) {
    this.__tag = new TagReader(__html);
    this.__deepestReopening = (__limits.depth * (__limits.depth + 1)) / 2;
  }

  firstProblem(): string | undefined {
    const html = this.__html;
    for (let index = 0; index < html.length && !this.__problem;) {
      const open = html.indexOf('<', index);
      const textEnd = open < 0 ? html.length : open;
      if (textEnd > index) this.__text(index, textEnd);
      this.__checkNesting(index);
      if (open < 0 || this.__problem) break;
      index = this.__markup(open);
      this.__checkNesting(open);
    }
    return this.__problem;
  }

  private __text(start: number, end: number) {
    this.__nesting.text(() => {
      NON_WHITESPACE.lastIndex = start;
      const found = NON_WHITESPACE.exec(this.__html);
      return found !== null && found.index < end;
    });
  }

  /** Reads the markup (or a lone `<`) at `open`; returns where the next token starts. */
  private __markup(open: number): number {
    const html = this.__html;
    const next = html.charCodeAt(open + 1);
    if (next === EXCLAMATION) return this.__declaration(open);
    if (next === QUESTION) return this.__bogusComment(open);
    if (next === SLASH) {
      const after = html.charCodeAt(open + 2);
      if (isLetter(after)) return this.__endTag(open);
      if (after === GREATER) return open + 3;
      if (open + 2 < html.length) return this.__bogusComment(open);
    }
    if (isLetter(next)) return this.__startTag(open);
    this.__text(open, open + 1);
    return open + 1;
  }

  private __declaration(open: number): number {
    const html = this.__html;
    if (html.startsWith('<!--', open)) return commentEnd(html, open + 4);
    if (html.startsWith('<![CDATA[', open) && this.__nesting.inForeignContent()) {
      const end = html.indexOf(']]>', open + 9);
      return end < 0 ? html.length : end + 3;
    }
    if (/^<!doctype/i.test(html.slice(open, open + 9))) {
      const nameStart = skipSpace(html, open + 9);
      this.__nesting.doctype(asciiLowerCase(html.slice(nameStart, nameEnd(html, nameStart, false))));
    }
    return this.__bogusComment(open);
  }

  private __bogusComment(open: number): number {
    const end = this.__html.indexOf('>', open);
    return end < 0 ? this.__html.length : end + 1;
  }

  private __startTag(open: number): number {
    const tag = this.__tag.read(open, false);
    if (!this.__attributesWithin(tag, open) || !tag.complete) return this.__html.length;
    const content = this.__nesting.startTag(tag);
    if (content === 'markup') return tag.end;
    if (content === 'plaintext') return this.__html.length;
    const textEnd = content === 'script' ? scriptEnd(this.__html, tag.end) : rawTextEnd(this.__html, tag.end, tag.name);
    return textEnd < this.__html.length ? this.__endTag(textEnd, true) : textEnd;
  }

  /** Reads an end tag; `endsRawText` where it ends a raw text element's text, which it closes whatever its name. */
  private __endTag(open: number, endsRawText = false): number {
    const tag = this.__tag.read(open, true);
    if (!this.__attributesWithin(tag, open) || !tag.complete) return this.__html.length;
    if (endsRawText) this.__nesting.endRawText();
    else this.__nesting.endTag(tag.name);
    return tag.end;
  }

  private __attributesWithin(tag: TagReader, open: number): boolean {
    if (tag.written <= this.__limits.attributes) return true;
    this.__problem = `html writes ${tag.written} attributes in one tag (at character ${open + 1}), more than the ${this.__limits.attributes} one call takes; remove those the page does not need.`;
    return false;
  }

  private __checkNesting(at: number) {
    const { depth } = this.__limits;
    if (this.__problem) return;
    if (this.__nesting.open.deepest > depth) {
      this.__problem = `html nests elements more than ${depth} deep (at character ${at + 1}), deeper than browsers' HTML parsers go; close the elements it leaves open.`;
    } else if (this.__nesting.reopened > Math.max(at, this.__deepestReopening)) {
      // Formatting elements left open across blocks are reopened in each: a few characters can have the parser make
      // any number of elements, and this scan take as many steps. More than one a character read is refused.
      this.__problem = `html has a browser's HTML parser reopen ${this.__nesting.reopened} elements by character ${at + 1}, more than one a character, as formatting elements such as <b> left open across blocks make it do; close them.`;
    }
  }
}

/**
 * Throws a `RangeError` saying where `html` goes beyond `limits`: where a browser's HTML parser would nest its elements
 * deeper than `limits.depth`, where one tag writes more than `limits.attributes` attributes, or where the parser would
 * have reopened more formatting elements than characters (or than `limits.depth` could need). Its time is linear
 * in the text. It follows parse5, the parser `prerender()` uses; where it simplifies, it counts deeper.
 */
export function checkMarkup(html: string, limits: MarkupLimits = PRERENDER_LIMITS): void {
  const problem = new MarkupScan(html, limits).firstProblem();
  if (problem) throw new RangeError(`prerender(html): ${problem}`);
}
