/**
 * The elements' tag names, written once: the define files, the prerenderer, the builder and the build's scripts all
 * read them here.
 */
export const TAG_NAMES = {
  statement: 'pa-statement',
  point: 'pa-statement-point',
  quote: 'pa-statement-quote',
} as const;

export type TagName = (typeof TAG_NAMES)[keyof typeof TAG_NAMES];

/** Every tag, the full statement's first. */
export const TAGS: readonly TagName[] = Object.values(TAG_NAMES);
