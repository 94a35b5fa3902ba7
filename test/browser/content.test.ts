import { expect } from '@open-wc/testing';
import {
  findPoint,
  pointByNumber,
  pointBySlug,
  points,
  sentencesOf,
  statement,
  validPointKeys,
} from '../../src/content/statement.js';

/** A date line like the seed's ("18th September 2020"), written from an ISO date. */
function dateLine(isoDate: string): string {
  const date = new Date(isoDate);
  const day = date.getUTCDate();
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' }[
    new Intl.PluralRules('en', { type: 'ordinal' }).select(day) as 'one' | 'two' | 'few' | 'other'
  ];
  const month = date.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${day}${suffix} ${month} ${date.getUTCFullYear()}`;
}

describe('content model', () => {
  it('reproduces the published statement character for character', async () => {
    // test/fixtures/statement.txt is a byte-for-byte copy of the published statement.
    const published = await (await fetch(new URL('../fixtures/statement.txt', import.meta.url))).text();
    const rebuilt = [statement.dateline, ...points.map((point) => `• ${point.text}`)].join('\n\n');
    expect(published.length).to.be.greaterThan(3000);
    expect(rebuilt).to.equal(published);
  });

  it('keeps the typographic marks of the original', () => {
    expect(points[0].text).to.contain('We – the Progressive Alliance – show');
    expect(points[2].text).to.contain('Maria Kolesnikova\u2018s claims');
    expect(points[9].text).to.contain('European Union\u2019s decision');
  });

  it('has 11 points numbered 1 to 11 with unique, readable slugs', () => {
    expect(points.map((point) => point.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const slugs = points.map((point) => point.slug);
    expect(new Set(slugs).size).to.equal(11);
    for (const slug of slugs) expect(slug).to.match(/^[a-z]+(-[a-z]+)*$/);
    expect(pointBySlug('political-prisoners')).to.deep.equal({ ok: true, point: points[2] });
  });

  it('takes each quote verbatim as one whole sentence of its point', () => {
    for (const point of points) {
      expect(sentencesOf(point.text)).to.include(point.quote);
      expect(point.quote).to.match(/^[A-Z].*\.$/);
      expect(point.quote.length).to.be.below(point.text.length + 1);
    }
    expect(new Set(points.map((point) => point.quote)).size).to.equal(11);
    expect(sentencesOf(points[3].text).join(' ')).to.equal(points[3].text);
  });

  it('states date and publisher', () => {
    expect(statement.date).to.equal('2020-09-18');
    expect(statement.dateline, 'the published date line is the ISO date').to.equal(dateLine(statement.date));
    expect(statement.publisher).to.equal('Progressive Alliance');
  });

  it('finds points by number, numeric string and slug', () => {
    expect(findPoint(4)).to.deep.equal({ ok: true, point: points[3] });
    expect(findPoint(' 4 ')).to.deep.equal({ ok: true, point: points[3] });
    expect(findPoint('torture')).to.deep.equal({ ok: true, point: points[3] });
    expect(findPoint('11')).to.deep.equal({ ok: true, point: points[10] });
    expect(pointByNumber(1)).to.deep.equal({ ok: true, point: points[0] });
  });

  it('says what is wrong with a bad key', () => {
    for (const key of [0, '0', '12', '-1', '4.5', 1.5]) {
      expect(findPoint(key), String(key)).to.deep.equal({ ok: false, error: 'out-of-range' });
    }
    for (const key of ['abc', 'Torture', 'torture-', '1e1']) {
      expect(findPoint(key), key).to.deep.equal({ ok: false, error: 'unknown-slug' });
    }
    for (const key of ['', '  ', null, undefined]) {
      expect(findPoint(key), String(key)).to.deep.equal({ ok: false, error: 'empty' });
    }
  });

  it('describes the valid keys for warnings', () => {
    expect(validPointKeys).to.contain('from 1 to 11');
    for (const point of points) expect(validPointKeys).to.contain(point.slug);
  });
});
