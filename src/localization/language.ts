import { isServer } from 'lit';

/** A language's primary subtag, lower case: `de-AT` speaks `de`. */
export const primarySubtag = (language: string) => language.split('-')[0].toLowerCase();

/**
 * The element's own or nearest ancestor's `lang`, crossing shadow roots; else the page's; else English. On a server
 * there are no ancestors: the prerenderer sets the language it resolved on the element.
 */
export function languageOf(element: Element): string {
  if (isServer) return element.getAttribute('lang') || 'en';
  for (let node: Element | undefined = element; node;) {
    const tagged = node.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang') as string;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return document.documentElement.lang || 'en';
}
