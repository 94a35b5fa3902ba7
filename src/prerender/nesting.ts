// How deep a browser's HTML parser nests what it reads, token by token: the tree construction of the HTML standard, as
// parse5 implements it, reduced to what changes its stack of open elements. Which tags it ignores, which end tags it
// honours (by scope), which elements a start tag closes (`<p>`, `<li>`, table cells), where it implies one (`<tbody>`),
// foreign content (SVG, MathML), templates, `<select>`, and the formatting elements (`<b>`, `<a>`) it reopens. Where
// this simplifies, it counts deeper than the parser, so that it can guard it; the one exception is noted at `<table>`.
import {
  isMathTextIntegration,
  OpenElements,
  Scope,
  type OpenElement,
  type Space,
  type TemplateMode,
} from './open-elements.js';

/** How the tokenizer reads what follows a start tag: as markup, or as text to the element's end tag, or to the end. */
export type ContentModel = 'markup' | 'script' | 'raw' | 'plaintext';

export interface StartTag {
  readonly name: string;
  readonly selfClosing: boolean;
  /** The attributes as written: of formatting elements alike in tag and attributes, three at most are reopened. */
  readonly attributeText: string;
  /** Attribute values by name, for the few tags whose treatment depends on one (`font`, `annotation-xml`, `input`). */
  readonly attributes?: ReadonlyMap<string, string>;
}

type Mode = TemplateMode | 'cell' | 'caption' | 'select' | 'select-in-table';
const REPROCESS = 'reprocess';
type Outcome = ContentModel | typeof REPROCESS;

const words = (text: string) => new Set(text.split(' '));
const FORMATTING = words('b big code em font i s small strike strong tt u');
const CLOSES_P = words(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup ' +
    'main menu nav ol p search section summary ul',
);
const HEADINGS = words('h1 h2 h3 h4 h5 h6');
const ENDS_IN_SCOPE = words(
  'address article aside blockquote button center details dialog dir div dl fieldset figcaption figure footer ' +
    'header hgroup listing main menu nav ol pre search section summary ul',
);
const IMPLIED_END = words('dd dt li optgroup option p rb rp rt rtc');
const TABLE_PARTS = words('caption col colgroup tbody td tfoot th thead tr');
const SECTIONS = words('tbody tfoot thead');
const TABLE_STRUCTURE = words('table tbody tfoot thead tr');
const IGNORED_IN_BODY = words('caption col colgroup frame head html tbody td tfoot th thead tr');
/** Start tags after which a `<frameset>` no longer replaces the body (as do text, `<body>` and `<template>`). */
const CLEARS_FRAMESET_OK = words(
  'applet area br button dd dt embed hr iframe image img input keygen li listing marquee object pre select table ' +
    'textarea wbr xmp',
);
const HEAD_ELEMENTS = words('base basefont bgsound link meta noframes script style template title');
const LEAVES_FOREIGN_CONTENT = words(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta ' +
    'nobr ol p pre ruby s small span strike strong sub sup table tt u ul var',
);
const HTML_ENCODINGS = new Set(['text/html', 'application/xhtml+xml']);

/** An attribute value's character references that could spell an HTML encoding: numeric ones, `&sol;`, `&plus;`. */
const decodedEncoding = (value: string) =>
  value
    .replace(/&#(x[0-9a-f]+|[0-9]+);?/gi, (_, code: string) =>
      String.fromCodePoint(
        Math.min(code[0].toLowerCase() === 'x' ? parseInt(code.slice(1), 16) : Number(code), 0xfffd),
      ),
    )
    .replace(/&sol;/g, '/')
    .replace(/&plus;/g, '+')
    .toLowerCase();

function foreignElement(name: string, space: Space, tag: StartTag): OpenElement {
  const htmlIntegration =
    space === 'svg'
      ? name === 'foreignobject' || name === 'desc' || name === 'title'
      : name === 'annotation-xml' && HTML_ENCODINGS.has(decodedEncoding(tag.attributes?.get('encoding') ?? ''));
  return { name, space, htmlIntegration };
}

const htmlElement = (name: string): OpenElement => ({ name, space: 'html', htmlIntegration: false });

export class Nesting {
  readonly open = new OpenElements();
  /** Formatting elements the parser has reopened, in all: elements no tag writes, which the limits must also bound. */
  reopened = 0;
  /** Whether the document is in quirks mode; undefined until its first tag or text, before which a doctype decides. */
  private __quirks: boolean | undefined;
  /** The standard's form element pointer: set, a `<form>` outside a template is ignored. */
  private __formPointer = false;
  /** The standard's frameset-ok flag: while set, a `<frameset>` replaces the body, after which only framesets count. */
  private __framesetOk = true;
  private __framesetPage = false;

  doctype(name: string) {
    this.__quirks ??= name !== 'html';
  }

  text(hasNonWhitespace: () => boolean) {
    if ((this.__quirks === undefined || this.__framesetOk) && hasNonWhitespace()) {
      this.__quirks ??= true;
      this.__framesetOk = false;
    }
    if (this.__framesetPage || this.inForeignContent()) return;
    const mode = this.__mode();
    if (mode === 'select' || mode === 'select-in-table') return;
    if (mode === 'colgroup') {
      // Space belongs in a column group; other text closes it, and goes before the table.
      if (!hasNonWhitespace() || !this.__topIs('colgroup')) return;
      this.open.pop();
    }
    if (!this.open.formatting.hasReopenable()) return;
    // Space in a table's structure stays there; other text goes before the table, as body text does.
    const top = this.open.top();
    const inTableStructure = top?.space === 'html' && TABLE_STRUCTURE.has(top.name);
    if (!inTableStructure || hasNonWhitespace()) this.__reopenFormatting();
  }

  startTag(tag: StartTag): ContentModel {
    this.__quirks ??= true;
    if (this.__framesetPage) return this.__startTagInFrameset(tag.name);
    for (;;) {
      const outcome = this.__foreignStartTag(tag) ?? this.__startTagIn(this.__mode(), tag);
      if (outcome !== REPROCESS) return outcome;
    }
  }

  endTag(name: string) {
    if (this.__framesetPage) {
      if (name === 'frameset' && this.__topIs(name)) this.open.pop();
      return;
    }
    for (let outcome = this.__foreignEndTag(name); outcome === REPROCESS;) {
      outcome = this.__endTagIn(this.__mode(), name);
    }
  }

  /** The end tag that ends a raw text element's text: the parser closes the element, whatever the tag's name. */
  endRawText() {
    this.open.pop();
  }

  /** Whether the current node is foreign, and no integration point: its text and start tags are foreign content. */
  inForeignContent(): boolean {
    const top = this.open.top();
    return !!top && top.space !== 'html' && !top.htmlIntegration && !isMathTextIntegration(top);
  }

  /** How the parser takes the next token: the insertion mode, which the nearest table, template or select decides. */
  private __mode(): Mode {
    const index = this.open.nearest(Scope.mode);
    if (index < 0) return 'body';
    const { name, templateMode, inTable } = this.open.at(index);
    if (name === 'td' || name === 'th') return 'cell';
    if (name === 'tr') return 'row';
    if (SECTIONS.has(name)) return 'tbody';
    if (name === 'caption' || name === 'colgroup' || name === 'table') return name;
    if (name === 'select') return inTable ? 'select-in-table' : 'select';
    return templateMode ?? 'template';
  }

  /** A start tag in foreign content, or undefined where the HTML rules take it (after leaving foreign content). */
  private __foreignStartTag(tag: StartTag): Outcome | undefined {
    const top = this.open.top();
    if (!top || top.space === 'html') return undefined;
    const { name } = tag;
    if (name === 'svg' && top.space === 'math' && top.name === 'annotation-xml') return undefined;
    const glyph = name === 'mglyph' || name === 'malignmark';
    if (top.htmlIntegration || (isMathTextIntegration(top) && !glyph)) return undefined;
    const leaves =
      LEAVES_FOREIGN_CONTENT.has(name) ||
      (name === 'font' && ['color', 'face', 'size'].some((attribute) => tag.attributes?.has(attribute)));
    if (leaves) {
      this.open.popAbove(this.open.nearest(Scope.htmlOrIntegration));
      return undefined;
    }
    if (!tag.selfClosing) this.open.push(foreignElement(name, top.space, tag));
    return 'markup';
  }

  private __foreignEndTag(name: string): Outcome {
    const top = this.open.top();
    if (!top || top.space === 'html') return REPROCESS;
    if (name === 'p' || name === 'br') {
      this.open.popAbove(this.open.nearest(Scope.htmlOrIntegration));
      return REPROCESS;
    }
    const index = this.open.lastIndexOf(`~${name}`);
    if (index < 0 || index < this.open.nearest(Scope.html)) return REPROCESS;
    this.open.popTo(index);
    return 'markup';
  }

  private __startTagIn(mode: Mode, tag: StartTag): Outcome {
    switch (mode) {
      case 'table':
        return this.__startTagInTable(tag);
      case 'tbody':
        return this.__startTagInTableBody(tag);
      case 'row':
        return this.__startTagInRow(tag);
      case 'cell':
        return this.__closesCell(tag.name) ?? this.__startTagInBody(tag);
      case 'caption':
        return this.__closesCaption(tag.name) ?? this.__startTagInBody(tag);
      case 'colgroup':
        return this.__startTagInColumnGroup(tag);
      case 'select':
      case 'select-in-table':
        return this.__startTagInSelect(tag, mode === 'select-in-table');
      case 'template':
        return this.__startTagInTemplate(tag);
      default:
        return this.__startTagInBody(tag);
    }
  }

  private __startTagInBody(tag: StartTag): Outcome {
    const { name } = tag;
    const hidden = name === 'input' && tag.attributes?.get('type')?.toLowerCase() === 'hidden';
    if (name === 'body' || (CLEARS_FRAMESET_OK.has(name) && !hidden)) this.__framesetOk = false;
    if (FORMATTING.has(name)) return this.__pushFormatting(tag);
    if (CLOSES_P.has(name) || name === 'pre' || name === 'listing') {
      this.__closeP();
      return this.__push(name);
    }
    if (HEADINGS.has(name)) {
      this.__closeP();
      const top = this.open.top();
      if (top?.space === 'html' && HEADINGS.has(top.name)) this.open.pop();
      return this.__push(name);
    }
    if (IGNORED_IN_BODY.has(name)) return 'markup';
    if (HEAD_ELEMENTS.has(name)) return this.__startTagInHead(name);
    switch (name) {
      case 'a':
        this.__adoptionAgency('a', false);
        return this.__pushFormatting(tag);
      case 'nobr':
        this.__reopenFormatting();
        if (this.open.inScope('nobr', Scope.default)) this.__adoptionAgency('nobr', false);
        return this.__pushFormatting(tag);
      case 'li':
      case 'dd':
      case 'dt':
        return this.__startListItem(name);
      case 'area':
      case 'br':
      case 'embed':
      case 'image':
      case 'img':
      case 'input':
      case 'keygen':
      case 'wbr':
        this.__reopenFormatting();
        return 'markup';
      case 'hr':
        this.__closeP();
        return 'markup';
      case 'param':
      case 'source':
      case 'track':
        return 'markup';
      case 'rb':
      case 'rtc':
      case 'rp':
      case 'rt':
        if (this.open.inScope('ruby', Scope.default))
          this.__generateImpliedEndTags(name === 'rp' || name === 'rt' ? 'rtc' : '');
        return this.__push(name);
      case 'xmp':
        this.__closeP();
        this.__reopenFormatting();
        return this.__push(name, 'raw');
      case 'svg':
      case 'math':
        this.__reopenFormatting();
        if (!tag.selfClosing) this.open.push(foreignElement(name, name, tag));
        return 'markup';
      case 'form':
        return this.__startForm();
      case 'body':
        return 'markup';
      case 'frameset':
        if (!this.__framesetOk) return 'markup';
        this.__framesetPage = true;
        this.__framesetOk = false;
        this.open.popAbove(-1);
        this.open.bodyImplied = false;
        return this.__push(name);
      case 'table':
        // A doctype whose public identifier puts the page in quirks mode keeps a <p> open around the table, and this
        // closes it, counting one less: only a <p> around each of nested tables repeats that.
        if (this.__quirks === false) this.__closeP();
        return this.__push(name);
      case 'button':
        this.__closeInScope('button', Scope.default);
        this.__reopenFormatting();
        return this.__push(name);
      case 'plaintext':
        this.__closeP();
        return this.__push(name, 'plaintext');
      case 'iframe':
      case 'noembed':
      case 'noscript':
      case 'textarea':
        return this.__push(name, 'raw');
      case 'option':
      case 'optgroup':
        if (this.__topIs('option')) this.open.pop();
        this.__reopenFormatting();
        return this.__push(name);
      case 'select':
        return this.__startSelect();
      default:
        // Any other element; and applet, object and marquee, which start a marker.
        this.__reopenFormatting();
        return this.__push(name);
    }
  }

  /** In a frameset page the parser takes framesets, while one is open, and `<noframes>`, and ignores all else. */
  private __startTagInFrameset(name: string): ContentModel {
    if (name === 'noframes') return this.__push(name, 'raw');
    if (name === 'frameset' && (this.open.depth === 0 || this.__topIs(name))) return this.__push(name);
    return 'markup';
  }

  private __startTagInHead(name: string): Outcome {
    if (name === 'script') return this.__push(name, 'script');
    if (name === 'style' || name === 'noframes' || name === 'title') return this.__push(name, 'raw');
    if (name !== 'template') return 'markup';
    this.__framesetOk = false;
    return this.__push(name);
  }

  private __startTagInTable(tag: StartTag): Outcome {
    const { name } = tag;
    switch (name) {
      case 'caption':
      case 'colgroup':
      case 'tbody':
      case 'tfoot':
      case 'thead':
        this.__clearToContext();
        return this.__push(name);
      case 'col':
        this.__clearToContext();
        this.__push('colgroup');
        return REPROCESS;
      case 'td':
      case 'th':
      case 'tr':
        this.__clearToContext();
        this.__push('tbody');
        return REPROCESS;
      case 'table':
        if (!this.open.inScope('table', Scope.table)) return 'markup';
        this.open.popTo(this.open.lastIndexOf('table'));
        return REPROCESS;
      case 'style':
      case 'script':
      case 'template':
        return this.__startTagInHead(name);
      case 'form':
        // Opened and closed at once: a form in a table holds nothing.
        if (this.__formPointer || this.__inTemplate()) return 'markup';
        this.__formPointer = true;
        this.__pushAndPop('form');
        return 'markup';
      case 'input':
        if (tag.attributes?.get('type')?.toLowerCase() === 'hidden') return 'markup';
        return this.__startTagInBody(tag);
      default:
        return this.__startTagInBody(tag);
    }
  }

  private __startTagInTableBody(tag: StartTag): Outcome {
    const { name } = tag;
    if (name === 'tr' || name === 'td' || name === 'th') {
      this.__clearToContext();
      this.__push('tr');
      return name === 'tr' ? 'markup' : REPROCESS;
    }
    if (TABLE_PARTS.has(name)) {
      if (!this.open.inScope('#section', Scope.table)) return 'markup';
      this.__clearToContext();
      this.open.pop();
      return REPROCESS;
    }
    return this.__startTagInTable(tag);
  }

  private __startTagInRow(tag: StartTag): Outcome {
    const { name } = tag;
    if (name === 'td' || name === 'th') {
      this.__clearToContext();
      return this.__push(name);
    }
    if (TABLE_PARTS.has(name)) {
      if (!this.open.inScope('tr', Scope.table)) return 'markup';
      this.__clearToContext();
      this.open.pop();
      return REPROCESS;
    }
    return this.__startTagInTable(tag);
  }

  /** A table's part in a cell closes the cell, and is taken again; undefined where it is no table's part. */
  private __closesCell(name: string): Outcome | undefined {
    if (!TABLE_PARTS.has(name)) return undefined;
    if (!this.open.inScope('#cell', Scope.table)) return 'markup';
    this.__closeMarked('#cell');
    return REPROCESS;
  }

  /** A table's part in a caption closes the caption, and is taken again; undefined where it is no table's part. */
  private __closesCaption(name: string): Outcome | undefined {
    if (!TABLE_PARTS.has(name)) return undefined;
    if (!this.open.inScope('caption', Scope.table)) return 'markup';
    this.__closeMarked('caption');
    return REPROCESS;
  }

  private __startTagInColumnGroup(tag: StartTag): Outcome {
    if (tag.name === 'col' || tag.name === 'html') return 'markup';
    if (tag.name === 'template') return this.__push('template');
    if (!this.__topIs('colgroup')) return 'markup';
    this.open.pop();
    return REPROCESS;
  }

  private __startTagInSelect(tag: StartTag, inTable: boolean): Outcome {
    const { name } = tag;
    const inScope = this.open.inScope('select', Scope.select);
    if (inTable && (TABLE_PARTS.has(name) || name === 'table') && name !== 'col' && name !== 'colgroup') {
      this.open.popTo(this.open.lastIndexOf('select'));
      return REPROCESS;
    }
    switch (name) {
      case 'option':
      case 'optgroup':
      case 'hr':
        if (this.__topIs('option')) this.open.pop();
        if (name !== 'option' && this.__topIs('optgroup')) this.open.pop();
        return name === 'hr' ? 'markup' : this.__push(name);
      case 'select':
      case 'input':
      case 'keygen':
      case 'textarea':
        if (!inScope) return 'markup';
        this.open.popTo(this.open.lastIndexOf('select'));
        return name === 'select' ? 'markup' : REPROCESS;
      case 'script':
      case 'template':
        return this.__startTagInHead(name);
      default:
        // Ignored, and so is what it would make of its content (a <title> in a <select> starts no text).
        return 'markup';
    }
  }

  private __startTagInTemplate(tag: StartTag): Outcome {
    const { name } = tag;
    if (HEAD_ELEMENTS.has(name)) return this.__startTagInHead(name);
    const template = this.open.at(this.open.nearest(Scope.mode));
    if (name === 'caption' || name === 'colgroup' || SECTIONS.has(name)) template.templateMode = 'table';
    else if (name === 'col') template.templateMode = 'colgroup';
    else if (name === 'tr') template.templateMode = 'tbody';
    else if (name === 'td' || name === 'th') template.templateMode = 'row';
    else template.templateMode = 'body';
    return REPROCESS;
  }

  private __endTagIn(mode: Mode, name: string): Outcome {
    switch (mode) {
      case 'table':
        return this.__endTagInTable(name);
      case 'tbody':
        return this.__endTagInTableBody(name);
      case 'row':
        return this.__endTagInRow(name);
      case 'cell':
        return this.__endTagInCell(name);
      case 'caption':
        return this.__endTagInCaption(name);
      case 'colgroup':
        return this.__endTagInColumnGroup(name);
      case 'select':
      case 'select-in-table':
        return this.__endTagInSelect(name, mode === 'select-in-table');
      case 'template':
        if (name === 'template') this.__endTemplate();
        return 'markup';
      default:
        return this.__endTagInBody(name);
    }
  }

  private __endTagInBody(name: string): Outcome {
    if (FORMATTING.has(name) || name === 'a' || name === 'nobr') this.__adoptionAgency(name, true);
    else if (ENDS_IN_SCOPE.has(name) || name === 'dd' || name === 'dt') this.__closeInScope(name, Scope.default);
    else if (name === 'applet' || name === 'marquee' || name === 'object') {
      if (this.open.inScope(name, Scope.default)) this.__closeMarked(name);
    } else if (name === 'p') this.__endP();
    else if (name === 'li') this.__closeInScope(name, Scope.listItem);
    else if (HEADINGS.has(name)) this.__closeInScope('#heading', Scope.default);
    else if (name === 'br') {
      // Taken as a <br>, which parse5 opens and closes.
      this.__framesetOk = false;
      this.__reopenFormatting();
      this.__pushAndPop('br');
    } else if (name === 'form') this.__endForm();
    else if (name === 'template') this.__endTemplate();
    else if (name !== 'body' && name !== 'html') this.__anyOtherEndTag(name);
    return 'markup';
  }

  private __endTagInTable(name: string): Outcome {
    if (name === 'table') this.__closeInScope(name, Scope.table);
    else if (name === 'template') this.__endTemplate();
    else if (!TABLE_PARTS.has(name) && name !== 'body' && name !== 'html') return this.__endTagInBody(name);
    return 'markup';
  }

  private __endTagInTableBody(name: string): Outcome {
    if (SECTIONS.has(name) || name === 'table') {
      if (!this.open.inScope(name === 'table' ? '#section' : name, Scope.table)) return 'markup';
      this.__clearToContext();
      this.open.pop();
      return name === 'table' ? REPROCESS : 'markup';
    }
    return TABLE_PARTS.has(name) || name === 'body' || name === 'html' ? 'markup' : this.__endTagInTable(name);
  }

  private __endTagInRow(name: string): Outcome {
    const rowInScope = this.open.inScope('tr', Scope.table);
    // parse5 closes the row for a table section's end tag if either is in scope; the standard asks for both.
    const closes = SECTIONS.has(name) ? rowInScope || this.open.inScope(name, Scope.table) : rowInScope;
    if (name === 'tr' || name === 'table' || SECTIONS.has(name)) {
      if (!closes) return 'markup';
      this.__clearToContext();
      this.open.pop();
      return name === 'tr' ? 'markup' : REPROCESS;
    }
    return TABLE_PARTS.has(name) || name === 'body' || name === 'html' ? 'markup' : this.__endTagInTable(name);
  }

  private __endTagInCell(name: string): Outcome {
    if (name === 'td' || name === 'th') {
      if (this.open.inScope(name, Scope.table)) this.__closeMarked(name);
      return 'markup';
    }
    if (TABLE_STRUCTURE.has(name)) {
      if (!this.open.inScope(name, Scope.table)) return 'markup';
      this.__closeMarked('#cell');
      return REPROCESS;
    }
    return TABLE_PARTS.has(name) || name === 'body' || name === 'html' ? 'markup' : this.__endTagInBody(name);
  }

  private __endTagInCaption(name: string): Outcome {
    if (name === 'caption' || name === 'table') {
      if (!this.open.inScope('caption', Scope.table)) return 'markup';
      this.__closeMarked('caption');
      return name === 'table' ? REPROCESS : 'markup';
    }
    return TABLE_PARTS.has(name) || name === 'body' || name === 'html' ? 'markup' : this.__endTagInBody(name);
  }

  private __endTagInColumnGroup(name: string): Outcome {
    if (name === 'template') this.__endTemplate();
    else if (name !== 'col' && this.__topIs('colgroup')) {
      this.open.pop();
      return name === 'colgroup' ? 'markup' : REPROCESS;
    }
    return 'markup';
  }

  private __endTagInSelect(name: string, inTable: boolean): Outcome {
    if (inTable && (TABLE_PARTS.has(name) || name === 'table') && name !== 'col' && name !== 'colgroup') {
      if (!this.open.inScope(name, Scope.table)) return 'markup';
      this.open.popTo(this.open.lastIndexOf('select'));
      return REPROCESS;
    }
    const top = this.open.top();
    if (name === 'optgroup') {
      const below = this.open.depth >= 2 ? this.open.at(this.open.depth - 2) : undefined;
      if (top?.name === 'option' && below?.name === 'optgroup') this.open.pop();
      if (this.__topIs('optgroup')) this.open.pop();
    } else if (name === 'option') {
      if (this.__topIs('option')) this.open.pop();
    } else if (name === 'select') this.__closeInScope(name, Scope.select);
    else if (name === 'template') this.__endTemplate();
    return 'markup';
  }

  /**
   * The adoption agency, as parse5 runs it, for `</a>`, `</b>`… (`closing`), and for an `<a>` or `<nobr>` while one
   * is open: it closes the formatting element, or where a special element (a `<div>`, say) was opened inside it, moves
   * it inside that element, up to eight times.
   */
  private __adoptionAgency(name: string, closing: boolean) {
    for (let round = 0; round < 8; round += 1) {
      const entry = this.open.formatting.lastNamed(name);
      if (!entry) {
        if (closing && round === 0) this.__anyOtherEndTag(name);
        return;
      }
      if (entry.position < 0) {
        this.open.formatting.remove(entry);
        return;
      }
      if (!this.open.inScope(name, Scope.default)) {
        // Out of scope it stays; but an <a> inside another takes the other out of the stack.
        if (!closing && name === 'a' && round === 0) {
          this.open.formatting.remove(entry);
          this.open.removeAt(entry.position);
        }
        return;
      }
      const furthest = this.open.firstSpecialAbove(entry.position);
      if (furthest < 0) {
        this.open.popTo(entry.position, true);
        return;
      }
      this.open.adopt(entry.position, furthest);
    }
  }

  private __pushFormatting(tag: StartTag): Outcome {
    this.__reopenFormatting();
    const formatting = this.open.formatting.add(tag.name, `${tag.name} ${tag.attributeText}`);
    this.open.push({ name: tag.name, space: 'html', htmlIntegration: false, formatting });
    return 'markup';
  }

  /** Reopens, in order, the formatting elements closed by the end of an element that held them. */
  private __reopenFormatting() {
    if (!this.open.formatting.hasReopenable()) return;
    for (const formatting of this.open.formatting.reopenable()) {
      this.reopened += 1;
      this.open.push({ name: formatting.name, space: 'html', htmlIntegration: false, formatting });
    }
  }

  private __push(name: string, content: ContentModel = 'markup'): ContentModel {
    this.open.push(htmlElement(name));
    return content;
  }

  private __topIs(name: string): boolean {
    const top = this.open.top();
    return top?.space === 'html' && top.name === name;
  }

  private __inTemplate(): boolean {
    return this.open.lastIndexOf('template') >= 0;
  }

  private __closeInScope(key: string, scope: (typeof Scope)[keyof typeof Scope]) {
    if (this.open.inScope(key, scope)) this.open.popTo(this.open.lastIndexOf(key));
  }

  /**
   * "Any other end tag": it closes the nearest open element of its name unless a special element (a `<div>`, say) is
   * open inside that. parse5 matches a foreign element too, by name: a MathML `<mi>` or SVG `<desc>` holding HTML.
   */
  private __anyOtherEndTag(name: string) {
    const html = this.open.lastIndexOf(name);
    // parse5 writes SVG's `foreignObject` in its own case, which the end tag, in lower case, does not match.
    const foreign = name === 'foreignobject' ? -1 : this.open.lastIndexOf(`~${name}`);
    const index = Math.max(html, foreign);
    if (index >= 0 && index >= this.open.nearest(Scope.special)) this.open.popTo(index);
  }

  /**
   * Closes the last open element named `key` (a cell, caption, template, applet, object or marquee), and clears the
   * formatting elements opened in it from the list: they are not reopened after it.
   */
  private __closeMarked(key: string) {
    this.open.popTo(this.open.lastIndexOf(key));
    this.open.formatting.clearToMarker();
  }

  private __closeP() {
    this.__closeInScope('p', Scope.button);
  }

  /** `</p>` closes a `<p>`; without one, parse5 opens and closes an empty one. */
  private __endP() {
    if (this.open.inScope('p', Scope.button)) this.__closeP();
    else this.__pushAndPop('p');
  }

  private __pushAndPop(name: string) {
    this.__push(name);
    this.open.pop();
  }

  private __generateImpliedEndTags(except: string) {
    for (let top = this.open.top(); top?.space === 'html' && IMPLIED_END.has(top.name) && top.name !== except;) {
      this.open.pop();
      top = this.open.top();
    }
  }

  private __startListItem(name: 'li' | 'dd' | 'dt'): Outcome {
    const key = name === 'li' ? 'li' : '#dd-dt';
    this.__closeInScope(key, Scope.itemSearch);
    this.__closeP();
    return this.__push(name);
  }

  /** Pops to the table, table body or row that the insertion mode is of (or to the template standing in for it). */
  private __clearToContext() {
    this.open.popAbove(this.open.nearest(Scope.mode));
  }

  private __startForm(): Outcome {
    if (this.__formPointer && !this.__inTemplate()) return 'markup';
    this.__closeP();
    if (!this.__inTemplate()) this.__formPointer = true;
    return this.__push('form');
  }

  private __endForm() {
    const inTemplate = this.__inTemplate();
    const pointer = this.__formPointer;
    if (!inTemplate) this.__formPointer = false;
    if (!(pointer || inTemplate) || !this.open.inScope('form', Scope.default)) return;
    this.__generateImpliedEndTags('');
    // Outside a template the parser takes the form out of the stack wherever it is, leaving what it holds open.
    if (inTemplate) this.open.popTo(this.open.lastIndexOf('form'));
    else this.open.removeAt(this.open.lastIndexOf('form'));
  }

  /** A `<select>` is in a table where it starts in one of the table's modes (parse5 decides so, not by ancestors). */
  private __startSelect(): Outcome {
    this.__reopenFormatting();
    const inTable = ['table', 'tbody', 'row', 'cell', 'caption'].includes(this.__mode());
    this.open.push({ ...htmlElement('select'), inTable });
    return 'markup';
  }

  private __endTemplate() {
    if (this.open.lastIndexOf('template') < 0) return;
    this.__closeMarked('template');
    // Once its template closes, a select inside is in a table where a table holds it nearer than any template.
    const select = this.open.at(this.open.nearest(Scope.mode));
    if (select?.name === 'select') select.inTable = this.open.lastIndexOf('table') > this.open.lastIndexOf('template');
  }
}
