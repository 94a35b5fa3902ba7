// Link-preview cards (`og:image`), made at build time from the statement's own words: a point's quote, or the
// statement's title, with the attribution the widget writes. satori lays them out as SVG, resvg draws the PNG.
// The font is Noto Sans from @fontsource (WOFF: satori reads TTF, OTF and WOFF, not WOFF2), Latin and Cyrillic, as
// files of the build, so nothing is fetched.
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { points } from '../../src/content/statement.js';
import { CARD_SIZE, statementPage, type StatementPage } from '../embed-code/statement-pages.js';

const SUBSETS = ['latin', 'cyrillic'] as const;
const WEIGHTS = [400, 700] as const;

// One family per subset: satori picks a font by family and weight and then falls back, glyph by glyph, along the
// families named in `fontFamily`; two fonts of one family and weight would leave the second's glyphs unused.
const fonts = SUBSETS.flatMap((subset) =>
  WEIGHTS.map((weight) => ({
    name: `Noto Sans ${subset}`,
    weight,
    style: 'normal' as const,
    data: readFileSync(
      new URL(
        `../../node_modules/@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
        import.meta.url,
      ),
    ),
  })),
);
const fontFamily = SUBSETS.map((subset) => `Noto Sans ${subset}`).join(', ');

const COLOURS = { background: '#ffffff', text: '#1a1a1a', muted: '#4d4d4d', accent: '#b0002a' };
const PADDING = 72;
const ACCENT_BAR = 16;
const TEXT_WIDTH = CARD_SIZE.width - ACCENT_BAR - 2 * PADDING;
/** Room for the headline between the label above and the attribution below. */
const HEADLINE_HEIGHT = 360;
/** The sizes tried, largest first: a short quote fills the card, the longest still reads at a feed's width. */
const HEADLINE_SIZES = [76, 68, 60, 54, 48, 44, 40, 36];

/** An element as satori reads it: React's shape, written out (no JSX in this project). */
interface Node {
  type: string;
  key: null;
  props: { style: Record<string, string | number>; children?: string | Node[] };
}
const box = (style: Node['props']['style'], children: Node['props']['children']): Node => ({
  type: 'div',
  key: null,
  props: { style: { display: 'flex', ...style }, children },
});

const headlineOf = (page: StatementPage, fontSize: number) =>
  box(
    { width: TEXT_WIDTH, fontSize, fontWeight: 700, lineHeight: 1.22, color: COLOURS.text, fontFamily },
    page.point ? `“${page.headline}”` : page.headline,
  );

/** The height satori gives `node` at the text's width. */
async function heightOf(node: Node): Promise<number> {
  const svg = await satori(node, { width: TEXT_WIDTH, fonts });
  return Number(/height="([\d.]+)"/.exec(svg)?.[1]);
}

/** The largest size at which the headline fits its room. */
async function headlineSize(page: StatementPage): Promise<number> {
  for (const size of HEADLINE_SIZES) {
    if ((await heightOf(headlineOf(page, size))) <= HEADLINE_HEIGHT) return size;
  }
  throw new Error(`The card of ${page.path} does not fit its words even at ${HEADLINE_SIZES.at(-1)} px.`);
}

/** The card of `page`, a PNG of CARD_SIZE. */
export async function cardOf(page: StatementPage): Promise<Uint8Array> {
  const card = box(
    {
      ...CARD_SIZE,
      boxSizing: 'border-box',
      padding: PADDING,
      paddingLeft: PADDING + ACCENT_BAR,
      borderLeft: `${ACCENT_BAR}px solid ${COLOURS.accent}`,
      flexDirection: 'column',
      justifyContent: 'space-between',
      background: COLOURS.background,
      fontFamily,
    },
    [
      box(
        { fontSize: 26, fontWeight: 700, letterSpacing: 2, color: COLOURS.accent, textTransform: 'uppercase' },
        page.point ? statementPage.title : `All ${points.length} points`,
      ),
      headlineOf(page, await headlineSize(page)),
      box({ fontSize: 32, color: COLOURS.muted }, page.attribution),
    ],
  );
  const svg = await satori(card, { ...CARD_SIZE, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng();
}
