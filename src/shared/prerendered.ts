/**
 * What a prerendered shadow root carries for the element to check before it hydrates: a comment
 * `pa-statement-widget <lang> <text lang> <digest>` naming the languages it was rendered in and a digest of its
 * elements and text. A CMS filter that rewrote the tree (WordPress's `wpautop` adds paragraphs and line breaks even
 * inside a `<template>`), or a page in another language, no longer matches: the element renders afresh.
 */
export const PRERENDER_MARKER = 'pa-statement-widget';

/** A node of a shadow tree as the digest reads it: an element by its name, a text by its data; comments not at all. */
export const digestToken = (node: { nodeType: number; localName?: string | null; data?: string }) =>
  node.nodeType === 1 ? `<${node.localName}` : (node.data as string);

/** FNV-1a over the tokens, each ended by U+0000: short, fast, and the same in Node and in every engine. */
export function digestOf(tokens: Iterable<string>): string {
  let hash = 0x811c9dc5;
  for (const token of tokens) {
    for (const character of `${token}\0`) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The marker's text for a tree rendered in `lang`, the statement's text in `textLang`, with `digest`. */
export const markerText = (lang: string, textLang: string, digest: string) =>
  `${PRERENDER_MARKER} ${lang} ${textLang} ${digest}`;
