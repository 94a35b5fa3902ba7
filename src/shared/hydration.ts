import { digestOf, markerText, PRERENDER_MARKER } from './prerendered.js';
import { nextTask } from './next-task.js';

/** How far from the viewport a prerendered widget starts to hydrate: half a screen ahead of the reader. */
const APPROACH_MARGIN = '50%';

let approaching: IntersectionObserver | undefined;

/** Ends `widget`'s wait: removing `defer-hydration` connects it (PaElement's attributeChangedCallback). */
const endWait = (widget: Element) => {
  approaching?.unobserve(widget);
  widget.removeAttribute('defer-hydration');
};

/**
 * Keeps a prerendered widget waiting (Lit's `defer-hydration`) until the reader comes near: it approaches the
 * viewport, or gets a pointer or the focus first. Those that come into view together hydrate each in a task of its
 * own; input hydrates at once, so the click that follows a press reaches a live button.
 */
export function hydrateWhenNear(widget: HTMLElement): void {
  approaching ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) void nextTask().then(() => endWait(entry.target));
      }
    },
    { rootMargin: APPROACH_MARGIN },
  );
  approaching.observe(widget);
  for (const type of ['pointerdown', 'focusin']) widget.addEventListener(type, () => endWait(widget), { once: true });
}

/** Stops waiting for `widget`, which left the page: the observer would keep it alive. */
export const stopWaiting = (widget: Element) => approaching?.unobserve(widget);

/**
 * Whether `root`, a declarative shadow root, is what the prerenderer wrote for this version, for a widget rendering
 * in `lang` with the statement in `textLang`: its marker says so, with the digest of its tree as it is now.
 */
export function prerenderMatches(root: ShadowRoot, lang: string, textLang: string): boolean {
  const walker = document.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT,
  );
  const nodes: Node[] = [];
  let marker = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.COMMENT_NODE) nodes.push(node);
    else if ((node as Comment).data.startsWith(PRERENDER_MARKER)) marker = (node as Comment).data;
  }
  return marker === markerText(lang, textLang, digestOf(nodes as (Element | Text)[]));
}
