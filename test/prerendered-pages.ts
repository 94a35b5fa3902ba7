// Pages of prerendered widgets for the tests: snippets prerendered by the built prerenderer in Node (a test-server
// command), served in frames with the drop-in bundle, and what the tests read of them.
import { executeServerCommand } from '@web/test-runner-commands';
import { frame, until } from './helpers.js';

export { until };

export interface Prerendered {
  html: string;
  warnings: string[];
}
export const prerender = (html: string, options?: object) =>
  executeServerCommand<Prerendered, object>('prerender', { html, options }) as Promise<Prerendered>;

export type Widget = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };
export type Page = Awaited<ReturnType<typeof frame>>;
export type Recording = Window & {
  errors: string[];
  warnings: string[];
  notes: string[];
  shifts: number[];
  firstNodes: Node[];
};

export const BUNDLE = '/cdn/pa-statement-widget.js';

/** Loaded before any widget (a file, so that pages under a strict policy run it too): errors and layout shifts. */
export const RECORDER = '<script src="/test/fixtures/page-recorder.js"></script>';

/** Loaded after the widgets and before the bundle: the first node of each prerendered shadow root. */
export const NODES_BEFORE_THE_BUNDLE = '<script src="/test/fixtures/record-first-nodes.js"></script>';

export interface PageOptions {
  /** Loads the bundle (default) or nothing: a frame that runs no script at all. */
  scripts?: boolean;
  lang?: string;
  head?: string;
  /** Loads the bundle twice, under two addresses, as a page with `?ver=` appended by a CMS would. */
  twice?: boolean;
  /** What defines the elements: the drop-in bundle, or a module of the npm build. */
  bundle?: string;
}

export const widgetsIn = (document: Document) => [
  ...document.querySelectorAll<Widget>('pa-statement, pa-statement-point, pa-statement-quote'),
];

/** Every widget has rendered, or still waits, prerendered, to be needed. */
export const settled = (view: Window) =>
  Boolean(view.customElements?.get('pa-statement-quote')) &&
  widgetsIn(view.document).every((widget) => widget.hasUpdated || widget.hasAttribute('defer-hydration'));

/** A page of `body`; with scripts, ready once the bundle has run and every widget has settled. */
export async function page(
  body: string,
  { scripts = true, lang = 'en', head = '', twice = false, bundle = BUNDLE }: PageOptions = {},
) {
  const bundles = scripts
    ? [
        NODES_BEFORE_THE_BUNDLE,
        ...[bundle, ...(twice ? [`${bundle}?ver=1`] : [])].map((src) => `<script type="module" src="${src}"></script>`),
      ]
    : [];
  const srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${scripts ? RECORDER : ''}${head}</head><body>${body}${bundles.join('')}</body></html>`;
  return frame(scripts ? { srcdoc } : { srcdoc, sandbox: 'allow-same-origin' }, (view) => !scripts || settled(view));
}

/** Wakes `widgets` as a server-rendered parent does, by removing `defer-hydration`, and waits for them to render. */
export async function wake(...widgets: Widget[]): Promise<void> {
  for (const widget of widgets) widget.removeAttribute('defer-hydration');
  await until(() => widgets.every((widget) => widget.hasUpdated), 'woken widgets render');
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}

/** A shadow tree as readers get it: elements with their attributes, and text; no comments, no styles. */
export function shapeOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const element = node as Element;
  if (element.localName === 'style' || element.localName === 'link') return '';
  const inner = [...node.childNodes].map(shapeOf).join('').replace(/\s+/g, ' ');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return inner.trim();
  const attributes = [...element.attributes].map(({ name, value }) => `${name}="${value}"`).sort();
  return `<${element.localName} ${attributes.join(' ')}>${inner}</${element.localName}>`;
}

export const boxOf = (element: Element) => {
  const { width, height } = element.getBoundingClientRect();
  return { width: Math.round(width), height: Math.round(height) };
};

export const close = (...pages: Page[]) => pages.forEach((opened) => opened.iframe.remove());

/** Each widget's shadow tree as `shapeOf` reads it. */
export const shapesIn = (opened: Page) =>
  widgetsIn(opened.document).map((widget) => shapeOf(widget.shadowRoot as ShadowRoot));

/** Whether `widget`'s shadow tree still holds the node the prerenderer wrote: hydrated, not rendered afresh. */
export const keptPrerenderedNodes = (opened: Page, widget: Widget) =>
  (opened.view as Recording).firstNodes.includes(widget.shadowRoot?.querySelector('[part]') as Node);

export const shadowPart = (widget: Widget, name: string) =>
  widget.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) as HTMLElement;

/** The points a statement shows. */
export const shownPoints = (statement: Widget) => statement.shadowRoot?.querySelectorAll('[part~="point"]').length;
