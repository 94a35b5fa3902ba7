import { asText } from '../shared/values.js';

/**
 * The Progressive Alliance statement on Belarus of 18 September 2020: the one place its text lives.
 * Each point's text is verbatim, character for character; test/browser/content.test.ts compares it with the
 * published statement. Never edit, shorten or "fix" it.
 */

/** One point of the statement. */
export interface StatementPoint {
  /** 1-based position in the statement. */
  readonly number: number;
  /** Stable, readable key, usable in attributes and URL fragments, e.g. `political-prisoners`. */
  readonly slug: string;
  /** The full text of the point, verbatim. */
  readonly text: string;
  /** One sentence of `text`, verbatim, for pull quotes and the rotator. */
  readonly quote: string;
}

/** Why a key did not name a point. */
export type PointLookupError = 'empty' | 'out-of-range' | 'unknown-slug';

export type PointLookup =
  { readonly ok: true; readonly point: StatementPoint } | { readonly ok: false; readonly error: PointLookupError };

// [slug, index of the quoted sentence, text]: quotes are cut from the text so it is stored once.
const POINT_SOURCES: ReadonlyArray<readonly [slug: string, quoteSentence: number, text: string]> = [
  [
    'solidarity-with-protesters',
    1,
    'We – the Progressive Alliance – show solidarity with those who continue to protest peacefully all over Belarus. We support wholeheartedly their justified demands of free and fair elections, the release of all political prisoners and constitutional reforms.',
  ],
  [
    'end-the-violence',
    0,
    'We condemn the unprecedented violence that security forces have used against peaceful protesters across Belarus since the occurrence of large demonstrations against the regime of the illegitimate President Alexander Lukashenko in the aftermath of the elections.',
  ],
  [
    'political-prisoners',
    0,
    'We demand the end of arbitrary arrests and the release of all political prisoners in Belarus. This does explicitly include the members of the Coordination Council and the Presidential Candidates. Maria Kolesnikova‘s claims that she has been threatened with physical violence, an unreasonably long jail term and even murder need to be taken serious and investigated in an appropriate manner.',
  ],
  [
    'torture',
    3,
    'The UN has confirmed 450 cases of torture in the early stages of the demonstrations. The real number is most likely much higher. We demand that all prisoners in Belarus are treated in a humane way. There is no place for torture in 21st century Europe.',
  ],
  [
    'right-to-strike',
    3,
    'We show solidarity with those who strike. Members of strike committees and trade union representatives have continuously been threatened with violence and dismissal and several of them were jailed. This is unacceptable. The right to strike is a central value for Social Democrats and needs to be respected.',
  ],
  [
    'women-in-the-protests',
    0,
    'The role that women play in the protests against the illegitimate President Alexander Lukashenko is remarkable and deserves our particular respect. It is an encouraging development for the future of Belarus. At the same time, we condemn the increasing violence against women by security forces.',
  ],
  [
    'free-and-fair-elections',
    2,
    'As a member of the OSCE, Belarus has committed itself to guarantee fundamental human rights and democratic standards. It has to live up to these standards. The elections on 9th August were neither free nor fair. There are many credible reports that point to massive electoral fraud. We do not recognise the official result of the 9th August elections. Belarus needs to hold new elections under free and fair conditions. We also note with concern that the OSCE did not receive a timely invitation to send an observation mission to Belarus.',
  ],
  [
    'dialogue',
    2,
    'The illegitimate President Lukashenko and his regime are showing no signs of willingness to hold a dialogue. He does not deliver on his promises to take steps towards constitutional reforms. Yet, it is not too late for an intra-Belarusian dialogue. We call on the illegitimate President Lukashenko and the elite circle surrounding him to accept the new reality and turn to the negotiation table.',
  ],
  [
    'osce-role',
    0,
    'The OSCE should not only observe new elections, but it could also give valuable advice in a transition period. We call on the Belarusian Government to allow for this to happen.',
  ],
  [
    'eu-sanctions',
    1,
    'We welcome the European Union’s decision to sanction those responsible for violence, repression and the falsification of election results. Smart targeted sanctions are also a necessary sign of solidarity with the aims of the Belarusian opposition.',
  ],
  [
    'russia',
    0,
    'We call upon Russia also to acknowledge and respect the will of the people of Belarus for democracy and freedom. The Russian government should use its influence, join forces with the international community and make common offers for supporting an intra-Belarusian dialogue instead of further hindering a democratic future for Belarus.',
  ],
];

/** Splits a point into its sentences; every sentence of the statement ends with a full stop. */
export const sentencesOf = (text: string): string[] => text.split(/(?<=\.) /);

export const points: readonly StatementPoint[] = POINT_SOURCES.map(([slug, quoteSentence, text], index) => ({
  number: index + 1,
  slug,
  text,
  quote: sentencesOf(text)[quoteSentence],
}));

export const statement = {
  /** ISO 8601 date of publication. */
  date: '2020-09-18',
  /** The date line as published, verbatim. */
  dateline: '18th September 2020',
  publisher: 'Progressive Alliance',
  points,
} as const;

/** Finds a point by its 1-based number. */
export function pointByNumber(number: number): PointLookup {
  const point = Number.isInteger(number) ? points[number - 1] : undefined;
  return point ? { ok: true, point } : { ok: false, error: 'out-of-range' };
}

/** Finds a point by its slug. */
export function pointBySlug(slug: string): PointLookup {
  const point = points.find((candidate) => candidate.slug === slug);
  return point ? { ok: true, point } : { ok: false, error: 'unknown-slug' };
}

/** Finds a point by a number or slug as written in an attribute or fragment (`"4"`, `4`, `"torture"`). */
export function findPoint(key: unknown): PointLookup {
  const trimmed = asText(key).trim();
  if (trimmed === '') return { ok: false, error: 'empty' };
  return /^[+-]?\d+(\.\d*)?$/.test(trimmed) ? pointByNumber(Number(trimmed)) : pointBySlug(trimmed);
}

/** The points `keys` name, each once, in order: at most the statement's 11, however many keys. */
export function pointsNamed(keys: readonly unknown[]): StatementPoint[] {
  const named = new Set<StatementPoint>();
  for (const key of keys) {
    const lookup = findPoint(key);
    if (lookup.ok) named.add(lookup.point);
  }
  return [...named];
}

/** What a point key may be, for warnings: "a number from 1 to 11 or one of the slugs: …". */
export const validPointKeys = `a number from 1 to ${points.length} or one of the slugs: ${points.map((point) => point.slug).join(', ')}`;
