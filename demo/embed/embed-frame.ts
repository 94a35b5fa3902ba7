// The embed pages' script (demo/pages/embed-page.ts), a file of the site run before the bundle. Strangers frame those
// pages, often in `sandbox="allow-scripts"` (WordPress always): an opaque origin, no storage, no popups, no
// navigation of the top window. So it
// - takes `lang` and `theme` from the query when valid (`?lang=de&theme=dark`), else warns once and ignores them;
// - tells the parent the page's height, `{ message: 'height', value }`, on load, then when asked (`ready`) and
//   whenever it changes, with WordPress's secret when the address carries one (`#?secret=…`, added by wp-embed.js);
// - in WordPress, asks the parent to follow the widget's links (`{ message: 'link', value, secret }`), since the
//   frame may not navigate the top window itself; elsewhere a link opens in the frame.
// Chromium gives a hidden cross-origin frame (WordPress hides it until it hears a height) no rendering updates, so
// no ResizeObserver callbacks: the height is measured outright on load and on `ready`, and after each widget renders.
export {}; // Nothing imported or exported. Built as a module, it runs as a classic script: in a function, so that
// its names stay its own.

(() => {
  /** The widgets' tags, written into the page by the build, as a selector. */
  const WIDGETS = document.currentScript?.dataset.widgets ?? '';

  /** WordPress's secret: alphanumeric, as its wp-embed.js checks. */
  const secret = /^#\?secret=([A-Za-z0-9]+)$/.exec(location.hash)?.[1];
  const framed = window.parent !== window;
  const widgets = WIDGETS ? [...document.querySelectorAll<HTMLElement>(WIDGETS)] : [];

  /** The languages of the widget's phrases this version ships, and its themes, written into the page by the build. */
  const languages = (document.currentScript?.dataset.languages ?? 'en').split(' ');
  const themes = (document.currentScript?.dataset.themes ?? '').split(' ');

  function applyQuery(query: URLSearchParams): void {
    const ignored: string[] = [];
    const lang = query.get('lang');
    if (lang !== null) {
      if (languages.includes(lang)) document.documentElement.lang = lang;
      else ignored.push(`lang="${lang}" (one of ${languages.join(', ')})`);
    }
    const theme = query.get('theme');
    if (theme !== null) {
      if (themes.includes(theme)) widgets.forEach((widget) => widget.setAttribute('theme', theme));
      else ignored.push(`theme="${theme}" (${themes.join(', ')})`);
    }
    if (ignored.length > 0) console.warn(`pa-statement-widget embed: ignoring ${ignored.join(' and ')}.`);
  }

  const send = (message: string, value: string | number) =>
    window.parent.postMessage(secret ? { message, value, secret } : { message, value }, '*');

  let lastHeight = -1;
  /**
   * Before the page has loaded its height is not yet its own (the widget's stylesheet, linked from its shadow root,
   * may still be on its way), and WordPress would show the frame at it: the first height goes on load.
   */
  let loaded = false;

  /**
   * Posts the page's height: `always` when asked, otherwise only when it changed. Never 0, which a page holding a
   * widget is not: a busy Chromium once measured it so on load, and WordPress would have shown the frame at it.
   */
  function postHeight(always = false): void {
    if (!framed || !loaded) return;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === 0 || (height === lastHeight && !always)) return;
    lastHeight = height;
    send('height', height);
  }

  /** The first link on the click's path, through the widgets' open shadow roots. */
  const linkOf = (event: Event) =>
    event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement);

  const samePage = (url: URL) => url.origin === location.origin && url.pathname === location.pathname;

  function followThroughParent(event: MouseEvent): void {
    const link = linkOf(event);
    if (!link?.href || event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    // A link within this page (the statement's point links) is followed in the frame.
    if (samePage(new URL(link.href))) return;
    event.preventDefault();
    send('link', link.href);
  }

  /**
   * Where the frame's permissions policy refuses the Clipboard API (a cross-origin frame without
   * `allow="clipboard-write"`: WordPress's), Chromium logs an error for each attempt before refusing it. The widget
   * is told there is none instead, and shows the link to copy at once, as it does when copying is refused.
   */
  function withoutRefusedClipboard(): void {
    const policy = (document as { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy;
    if (policy?.allowsFeature('clipboard-write') === false) {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    }
  }

  applyQuery(new URLSearchParams(location.search));
  withoutRefusedClipboard();
  // The widget is all there is of the page: it hydrates at once, not when it comes into view, which a hidden frame
  // never does.
  widgets.forEach((widget) => widget.removeAttribute('defer-hydration'));

  addEventListener('load', () => {
    loaded = true;
    postHeight(true);
  });
  addEventListener('message', (event: MessageEvent<{ message?: unknown; secret?: unknown } | null>) => {
    if (event.source === window.parent && event.data?.message === 'ready' && event.data.secret === secret) {
      postHeight(true);
    }
  });
  new ResizeObserver(() => postHeight()).observe(document.documentElement);
  for (const widget of widgets) {
    void customElements
      .whenDefined(widget.localName)
      .then(() => (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)
      .then(() => postHeight());
  }
  if (secret) document.addEventListener('click', followThroughParent);
})();
