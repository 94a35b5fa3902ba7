// The stack of open elements that an HTML parser keeps, and its list of active formatting elements, as far as the
// nesting scan (nesting.ts) needs them: names, namespaces and scopes, no nodes. Every question the parser asks of its
// stack ("is there a <p> in button scope?") is answered here in constant time, where the parser walks the stack: that
// walk is what makes parse5 quadratic in depth, and the scan must stay linear.

export type Space = 'html' | 'svg' | 'math';

/** How the parser reads the tags within a `<template>`: undecided until its first start tag, then like one of these. */
export type TemplateMode = 'template' | 'body' | 'table' | 'tbody' | 'row' | 'colgroup';

/**
 * The kinds of element a walk down the stack stops at. `inScope(name, Scope.button)` is the standard's "has an element
 * in button scope", and so on for its default, list item, table and select scopes; `special` is where "any other end
 * tag" stops, `itemSearch` where a `<li>`, `<dd>` or `<dt>` looks for an open one to close, `html` and
 * `htmlOrIntegration` where foreign content ends, and `mode` the elements that decide the insertion mode (tables,
 * templates, `<select>`).
 */
export const Scope = {
  default: 0,
  button: 1,
  listItem: 2,
  table: 3,
  select: 4,
  special: 5,
  itemSearch: 6,
  html: 7,
  htmlOrIntegration: 8,
  mode: 9,
} as const;
type ScopeKind = (typeof Scope)[keyof typeof Scope];
const SCOPE_KINDS = Object.keys(Scope).length;

const SCOPING = new Set(['applet', 'caption', 'html', 'marquee', 'object', 'table', 'td', 'template', 'th']);
const MATHML_TEXT_INTEGRATION = new Set(['mi', 'mn', 'mo', 'ms', 'mtext']);
const SPECIAL = new Set(
  [
    'address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup',
    'dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head',
    'header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes',
    'noscript object ol p param plaintext pre script search section select source style summary table tbody td',
    'template textarea tfoot th thead title tr track ul wbr xmp',
  ]
    .join(' ')
    .split(' '),
);
const MODE = new Set('caption colgroup select table tbody td template tfoot th thead tr'.split(' '));
/**
 * Elements that put a marker in the list of active formatting elements, which bounds what is reopened. The parser
 * clears the list back to it where it closes such an element by name, not where another end tag closes it.
 */
const MARKERS = new Set(['applet', 'caption', 'marquee', 'object', 'td', 'template', 'th']);

/** A formatting element (`<b>`, `<a>`…) in the list, at `position` in the stack, or -1 while closed but reopenable. */
export interface FormattingEntry {
  readonly name: string;
  /** Its tag and attributes: three alike are the most the list keeps (the standard's "Noah's Ark" clause). */
  readonly key: string;
  position: number;
  removed: boolean;
}

export interface OpenElement {
  readonly name: string;
  readonly space: Space;
  /** A MathML `<annotation-xml>` whose encoding is HTML, or an SVG `<foreignObject>`, `<desc>` or `<title>`. */
  readonly htmlIntegration: boolean;
  formatting?: FormattingEntry;
  templateMode?: TemplateMode;
  /** A `<select>` in a table, which closes for the table's tags. */
  inTable?: boolean;
}

export const isMathTextIntegration = (element: OpenElement) =>
  element.space === 'math' && MATHML_TEXT_INTEGRATION.has(element.name);

const bit = (kind: ScopeKind) => 1 << kind;

function boundariesOf({ name, space, htmlIntegration }: OpenElement): number {
  if (space !== 'html') {
    const scoping = space === 'math' ? MATHML_TEXT_INTEGRATION.has(name) || name === 'annotation-xml' : htmlIntegration;
    const stops = scoping
      ? bit(Scope.default) | bit(Scope.button) | bit(Scope.listItem) | bit(Scope.special) | bit(Scope.itemSearch)
      : 0;
    const integration = htmlIntegration || (space === 'math' && MATHML_TEXT_INTEGRATION.has(name));
    return stops | (integration ? bit(Scope.htmlOrIntegration) : 0);
  }
  let stops = bit(Scope.html) | bit(Scope.htmlOrIntegration);
  if (SCOPING.has(name)) stops |= bit(Scope.default) | bit(Scope.button) | bit(Scope.listItem);
  if (name === 'button') stops |= bit(Scope.button);
  if (name === 'ol' || name === 'ul') stops |= bit(Scope.listItem);
  // parse5's table scope, unlike the standard's, does not stop at a template.
  if (name === 'table') stops |= bit(Scope.table);
  if (name !== 'option' && name !== 'optgroup') stops |= bit(Scope.select);
  if (SPECIAL.has(name)) stops |= bit(Scope.special);
  if (SPECIAL.has(name) && name !== 'address' && name !== 'div' && name !== 'p') stops |= bit(Scope.itemSearch);
  if (MODE.has(name)) stops |= bit(Scope.mode);
  return stops;
}

/** The names an element is found by: its own, and its group's where a tag closes any of a group (`</h2>`, `<td>`). */
function keysOf({ name, space }: OpenElement): string[] {
  // A foreign end tag closes a foreign element of its name, in whichever namespace.
  if (space !== 'html') return [`~${name}`];
  if (/^h[1-6]$/.test(name)) return [name, '#heading'];
  if (name === 'td' || name === 'th') return [name, '#cell'];
  if (name === 'tbody' || name === 'thead' || name === 'tfoot') return [name, '#section'];
  if (name === 'dd' || name === 'dt') return [name, '#dd-dt'];
  return [name];
}

interface Segment {
  /** In list order, removed entries among them until compacted. */
  entries: FormattingEntry[];
  removed: number;
  /** Live entries by key, at most four: Noah's Ark keeps three. */
  byKey: Map<string, FormattingEntry[]>;
  /** Entries by name, the removed among them until at the end or compacted. */
  byName: Map<string, FormattingEntry[]>;
}

/** The list under `key` in `lists`, made empty where there is none. */
function listIn<Item>(lists: Map<string, Item[]>, key: string): Item[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
}

const newSegment = (): Segment => ({ entries: [], removed: 0, byKey: new Map(), byName: new Map() });

/** The list of active formatting elements, one segment per marker. */
class FormattingList {
  private readonly __segments: Segment[] = [newSegment()];
  private __current = this.__segments[0];

  add(name: string, key: string): FormattingEntry {
    const segment = this.__current;
    const alike = listIn(segment.byKey, key);
    if (alike.length >= 3) this.remove(alike[0]);
    const entry: FormattingEntry = { name, key, position: -1, removed: false };
    segment.entries.push(entry);
    alike.push(entry);
    listIn(segment.byName, name).push(entry);
    return entry;
  }

  remove(entry: FormattingEntry) {
    if (entry.removed) return;
    entry.removed = true;
    const segment = this.__current;
    const alike = segment.byKey.get(entry.key) ?? [];
    if (alike.includes(entry)) alike.splice(alike.indexOf(entry), 1);
    segment.removed += 1;
    const { entries } = segment;
    while (entries.length > 0 && entries[entries.length - 1].removed) {
      entries.pop();
      segment.removed -= 1;
    }
    // Kept mostly live, so that no search walks far past what it finds.
    if (segment.removed > 32 && segment.removed * 2 > entries.length) this.__compact(segment);
  }

  lastNamed(name: string): FormattingEntry | undefined {
    const named = this.__current.byName.get(name);
    if (!named) return undefined;
    while (named.length > 0 && named[named.length - 1].removed) named.pop();
    return named[named.length - 1];
  }

  pushMarker() {
    this.__current = newSegment();
    this.__segments.push(this.__current);
  }

  /** Takes the entries after the last marker out of the list, and the marker; all of them, where there is none. */
  clearToMarker() {
    for (const entry of this.__current.entries) entry.removed = true;
    if (this.__segments.length > 1) this.__segments.pop();
    else this.__segments[0] = newSegment();
    this.__current = this.__segments[this.__segments.length - 1];
  }

  /** Whether the parser reopens anything before its next element or text: whether the last entry is closed. */
  hasReopenable(): boolean {
    const { entries } = this.__current;
    return entries.length > 0 && entries[entries.length - 1].position < 0;
  }

  /** The entries the parser reopens: the closed ones after the last open one, in order. */
  reopenable(): FormattingEntry[] {
    const { entries } = this.__current;
    let first = entries.length;
    while (first > 0 && (entries[first - 1].removed || entries[first - 1].position < 0)) first -= 1;
    const reopened: FormattingEntry[] = [];
    for (let index = first; index < entries.length; index += 1) {
      if (!entries[index].removed) reopened.push(entries[index]);
    }
    return reopened;
  }

  private __compact(segment: Segment) {
    segment.entries = segment.entries.filter((entry) => !entry.removed);
    segment.removed = 0;
    segment.byName.clear();
    for (const entry of segment.entries) listIn(segment.byName, entry.name).push(entry);
  }
}

/** What the stack keeps of an element besides itself: the walks it stops, and the names it is found by. */
interface Placement {
  readonly stops: number;
  readonly keys: readonly string[];
}

/** The stack of open elements, below `<html>`: what a page nests, as the parser holds it. */
export class OpenElements {
  readonly formatting = new FormattingList();
  /** The most elements open at once so far, with `<body>`. */
  deepest = 1;
  /** Whether a `<body>` stands beneath the stack, implied: not once a `<frameset>` replaces it. */
  bodyImplied = true;
  private readonly __elements: OpenElement[] = [];
  private readonly __placements: Placement[] = [];
  /**
   * For each index and scope kind (at `index * SCOPE_KINDS + kind`), the nearest index at or below it that a walk stops
   * at.
   */
  private readonly __stops: number[] = [];
  private readonly __positions = new Map<string, number[]>();
  private readonly __htmlPlacements = new Map<string, Placement>();

  get depth(): number {
    return this.__elements.length;
  }

  top(): OpenElement | undefined {
    return this.__elements[this.__elements.length - 1];
  }

  at(index: number): OpenElement {
    return this.__elements[index];
  }

  /** The index of the nearest element at or below `index` that a walk of `kind` stops at, or -1. */
  nearest(kind: ScopeKind, index = this.__elements.length - 1): number {
    return index < 0 ? -1 : this.__stops[index * SCOPE_KINDS + kind];
  }

  /** The index of the last open element named `key` (an element's name or its group's), or -1. */
  lastIndexOf(key: string): number {
    const positions = this.__positions.get(key);
    return positions && positions.length > 0 ? positions[positions.length - 1] : -1;
  }

  /** Whether a walk down the stack of `kind` meets `key` before an element it stops at. */
  inScope(key: string, kind: ScopeKind): boolean {
    const index = this.lastIndexOf(key);
    return index >= 0 && index >= this.nearest(kind);
  }

  push(element: OpenElement) {
    this.__link(element);
    this.deepest = Math.max(this.deepest, this.__elements.length + (this.bodyImplied ? 1 : 0));
    if (element.space === 'html' && MARKERS.has(element.name)) this.formatting.pushMarker();
  }

  /**
   * Pops the top element. A formatting element stays in the list, to be reopened, unless `closed`: closed by its own
   * end tag. A marker stays too, until `formatting.clearToMarker()`.
   */
  pop(closed = false) {
    const index = this.__elements.length - 1;
    const element = this.__unlink();
    if (!element) return;
    const entry = element.formatting;
    if (entry && !entry.removed && entry.position === index) {
      if (closed) this.formatting.remove(entry);
      else entry.position = -1;
    }
  }

  /**
   * Takes the element at `index` out of the stack, leaving those above it open: what `</form>` does. Its cost is the
   * elements above it, each of which was opened after the form, and is passed over for no other form.
   */
  removeAt(index: number) {
    const above: OpenElement[] = [];
    while (this.__elements.length > index + 1) above.push(this.__unlink() as OpenElement);
    this.pop();
    for (let next = above.pop(); next; next = above.pop()) this.__link(next);
  }

  /** The index of the first special element (a `<div>`, say) above `index`, or -1: a walk, as the parser's. */
  firstSpecialAbove(index: number): number {
    for (let above = index + 1; above < this.__elements.length; above += 1) {
      if (this.__placements[above].stops & bit(Scope.special)) return above;
    }
    return -1;
  }

  /**
   * What one round of the adoption agency does to the stack, for the formatting element at `formattingIndex` and the
   * special element at `furthestIndex` above it: of the elements between, it keeps the three nearest the latter that
   * are in the list of active formatting elements, and moves the formatting element to just above the latter.
   */
  adopt(formattingIndex: number, furthestIndex: number) {
    const taken: OpenElement[] = [];
    while (this.__elements.length > formattingIndex) taken.push(this.__unlink() as OpenElement);
    taken.reverse();
    const between: OpenElement[] = [];
    for (let offset = furthestIndex - formattingIndex - 1, counted = 0; offset >= 1; offset -= 1, counted += 1) {
      const node = taken[offset];
      const entry = node.formatting;
      const listed = entry && !entry.removed && entry.position === formattingIndex + offset;
      if (listed && counted < 3) between.push(node);
      else if (listed) this.formatting.remove(entry);
    }
    const furthest = furthestIndex - formattingIndex;
    const restacked = [...between.reverse(), taken[furthest], taken[0], ...taken.slice(furthest + 1)];
    for (const element of restacked) this.__link(element);
  }

  /** Pops every element above `index`, and the one at it, which its end tag closes if `closed`. */
  popTo(index: number, closed = false) {
    this.popAbove(index);
    if (this.__elements.length > index && index >= 0) this.pop(closed);
  }

  /** Pops every element above `index`. */
  popAbove(index: number) {
    while (this.__elements.length > index + 1) this.pop();
  }

  private __placementOf(element: OpenElement): Placement {
    if (element.space !== 'html') return { stops: boundariesOf(element), keys: keysOf(element) };
    let placement = this.__htmlPlacements.get(element.name);
    if (!placement) {
      placement = { stops: boundariesOf(element), keys: keysOf(element) };
      this.__htmlPlacements.set(element.name, placement);
    }
    return placement;
  }

  /** Puts an element on top, with what answers questions about it in constant time. */
  private __link(element: OpenElement) {
    const index = this.__elements.length;
    const placement = this.__placementOf(element);
    this.__elements.push(element);
    this.__placements.push(placement);
    // Written over, never shortened: the entries above the top are not read.
    for (let kind = 0; kind < SCOPE_KINDS; kind += 1) {
      const below = index > 0 ? this.__stops[(index - 1) * SCOPE_KINDS + kind] : -1;
      this.__stops[index * SCOPE_KINDS + kind] = placement.stops & (1 << kind) ? index : below;
    }
    for (const key of placement.keys) listIn(this.__positions, key).push(index);
    if (element.formatting) element.formatting.position = index;
  }

  /** Takes the top element off, and what answers questions about it, and nothing else. */
  private __unlink(): OpenElement | undefined {
    const element = this.__elements.pop();
    const placement = this.__placements.pop();
    if (!element || !placement) return undefined;
    for (const key of placement.keys) this.__positions.get(key)?.pop();
    return element;
  }
}
