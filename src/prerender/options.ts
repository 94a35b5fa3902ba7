/** The options of `prerender()` that are text, as the command line names them too (`--lang`, `--stylesheets`). */
export const TEXT_OPTIONS = ['lang', 'stylesheets'] as const;

export type TextOption = (typeof TEXT_OPTIONS)[number];

export const isTextOption = (name: string): name is TextOption => (TEXT_OPTIONS as readonly string[]).includes(name);
