/**
 * What a prerendered shadow root carries for the element to check before it hydrates: a comment
 * `pa-statement-widget <version> <lang> <text lang> <digest>` naming the version and languages it was rendered in
 * and a digest of its elements, their attributes and its text. A CMS filter that rewrote the tree (WordPress's
 * `wpautop` adds paragraphs and line breaks even inside a `<template>`), a page in another language, or a snippet
 * made with another version, no longer matches: the element renders afresh.
 */
export const PRERENDER_MARKER = 'pa-statement-widget';

/** The package's version (scripts/check-bundle.js checks it against package.json). */
export const VERSION = '0.1.0';

/** A node of a parsed tree, a DOM node or parse5's: an element by its name and attributes, a text by its data. */
interface ParsedNode {
  nodeType: number;
  localName?: string | null;
  data?: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

/**
 * FNV-1a over the elements and texts of a tree in document order (comments left out), each ended by U+0000: short,
 * fast, and the same in Node and in every engine, which parse the same HTML into the same nodes.
 */
export function digestOf(nodes: Iterable<ParsedNode>): string {
  let hash = 0x811c9dc5;
  for (const node of nodes) {
    const token: string =
      node.nodeType === 1
        ? `<${node.localName}${Array.from(node.attributes ?? [], ({ name, value }) => ` ${name}=${value}`).join('')}`
        : (node.data ?? '');
    for (let index = 0; index <= token.length; index += 1) {
      hash = Math.imul(hash ^ (token.charCodeAt(index) || 0), 0x01000193);
    }
  }
  return (hash >>> 0).toString(36);
}

/** The marker's text for a tree rendered in `lang`, the statement's text in `textLang`, with `digest`. */
export const markerText = (lang: string, textLang: string, digest: string) =>
  `${PRERENDER_MARKER} ${VERSION} ${lang} ${textLang} ${digest}`;
