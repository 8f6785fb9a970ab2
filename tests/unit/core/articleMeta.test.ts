import { describe, expect, it } from 'vitest';
import { boilerplateFeature, countWords, paragraphSpans, parseArticleMeta } from '../../../src/core/articleMeta';
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

describe('boilerplate', () => {
  const furniture = (text: string): string[] => {
    const m = meta(text);
    return m.boilerplate.map((p) => text.slice(p.start, p.end));
  };

  it.each([
    ['a credit label', 'Quelle: Agentur Nord', 'cue'],
    ['a byline', '- von Eva Roth und Jan Ott', 'cue'],
    ['a stamp standing alone', 'Stand: 03.02.2023 10:15 Uhr', 'cue'],
    ['a copyright notice in another language', '(c) 2021 Example Press. All Rights Reserved', 'copyright'],
    ['a link', 'Mehr unter https://example.org/artikel', 'link'],
    ['an e-mail address', 'Hinweise an redaktion@example.org', 'link'],
    ['a line in capitals', 'STADT PLANT NEUE BRÜCKE', 'capitals'],
    ['a bar-separated navigation line', 'Politik | Wirtschaft | Sport', 'pipes'],
    ['a photo credit', 'Agentur Nord/Eva Roth', 'photoCredit'],
    ['a label after the headline', 'Hintergrund', 'label'],
  ])('recognises %s', (_name, line, feature) => {
    const text = `Neue Brücke eröffnet\n\nDie Stadt hat am Montag gefeiert.\n\n${line}\n\nDanach fuhren die ersten Autos.`;
    expect(furniture(text)).toEqual([line]);
    expect(boilerplateFeature(line, germanNewsConventions, true)).toBe(feature);
  });

  it('never takes running text for furniture, however it starts', () => {
    const long = `Von Montag an gilt in der Stadt eine neue Regel, die nach Angaben von https://example.org für alle ${'neuen '.repeat(20)}Autos gilt.`;
    expect(furniture(`Titel\n\n${long}`)).toEqual([]);
  });

  it('keeps a short sentence and the headline out of the furniture', () => {
    expect(furniture('Neue Brücke eröffnet\n\nSie ist lang.\n\nAlle kamen.')).toEqual([]);
  });

  it('skips a credit line before the headline', () => {
    expect(meta('Quelle: Agentur Nord\n\nNeue Brücke eröffnet\n\nDie Stadt hat gefeiert.').title).toBe('Neue Brücke eröffnet');
  });

  it('reads an outlet before a bar in a dateline in capitals', () => {
    expect(meta('Titel\n\nKÖLN/BONN xyz | Es regnet.').outlet).toBe('xyz');
  });

  it('stays fast on a million line breaks', () => {
    const text = `Titel\n${'\n'.repeat(1_000_000)}Quelle: dpa`;
    // A quadratic line-start pattern would take minutes here; linear ones take milliseconds.
    expect(meta(text).outlet).toBe('dpa');
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
