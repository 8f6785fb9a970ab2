import { describe, expect, it } from 'vitest';
import { countWords, paragraphSpans, parseArticleMeta } from '../../../src/core/articleMeta';
import { germanNewsConventions } from '../../../src/core/de/newsConventions';

const meta = (text: string) => parseArticleMeta(text, germanNewsConventions);

describe('parseArticleMeta', () => {
  it.each([
    ['a headline line with a broadcaster stamp', 'Neue Brücke eröffnet Stand: 03.02.2023 10:15 Uhr\n\nDie Stadt hat gefeiert.', { title: 'Neue Brücke eröffnet', date: '2023-02-03', outlet: null }],
    ['an export date marker and a news agency dateline', ' date 2021-11 Quelle: (c) Copyright Thomson Reuters 2021.\n\nBerlin (Reuters) - Der Zug kam spät an. Alle warteten.', { title: 'Der Zug kam spät an.', date: '2021-11', outlet: 'Reuters' }],
    ['a taz dateline', 'Ein Titel : mit Doppelpunkt\n\nHAMBURG taz | Es regnet.', { title: 'Ein Titel: mit Doppelpunkt', date: null, outlet: 'taz' }],
    ['a photo credit naming an agency', 'Markt wächst\n\nQuelle: dpa\n\nDer Markt wächst weiter.', { title: 'Markt wächst', date: null, outlet: 'dpa' }],
    ['no outlet named', 'Nur ein Titel\n\nUnd ein Satz.', { title: 'Nur ein Titel', date: null, outlet: null }],
  ])('reads %s', (_name, text, expected) => {
    expect(meta(text)).toMatchObject(expected);
  });

  it('keeps a lead paragraph in the body when its first sentence became the title', () => {
    const text = 'Der Zug kam heute sehr spät an. Alle warteten lange.\n\nDann fuhr er weiter.';
    const m = meta(text);
    expect(m.title).toBe('Der Zug kam heute sehr spät an.');
    expect(m.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Der Zug kam heute sehr spät an. Alle warteten lange.', 'Dann fuhr er weiter.']);
  });

  it('drops a headline line from the body', () => {
    const text = 'Überschrift\n\nErster Absatz.\n\nZweiter Absatz.';
    expect(meta(text).paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Erster Absatz.', 'Zweiter Absatz.']);
  });

  it('shortens an overlong first sentence to a readable title', () => {
    const title = meta(`${'Wort '.repeat(60)}Ende.`).title;
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith('…')).toBe(true);
  });

  it('gives an empty text no title, no words and no reading time', () => {
    expect(meta('   \n\n ')).toMatchObject({ title: '', wordCount: 0, readingMinutes: 0, paragraphs: [] });
  });

  it('estimates at least one minute for a short text', () => {
    expect(meta('Kurz.').readingMinutes).toBe(1);
  });

  it('changes the content hash when one character changes', () => {
    expect(meta('Ein Text.').contentHash).not.toBe(meta('Ein Text!').contentHash);
  });
});

describe('paragraphSpans', () => {
  it('splits on blank lines but keeps wrapped lines together', () => {
    const text = 'eins\nzwei\n\n\ndrei';
    expect(paragraphSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['eins\nzwei', 'drei']);
  });
});

describe('countWords', () => {
  it.each([
    ['Die 11.000 Container kamen am 18. Juni.', 7],
    ['Kim-Il-Sung-Platz', 1],
    ['', 0],
  ])('counts %j as %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
