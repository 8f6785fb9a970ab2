import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/core/facts/quotes';
import { germanQuoteRules } from '../../../../src/core/de/quoteCues';
import { analyze } from './helpers';

const quotes = (text: string) =>
  extractQuotes(text, analyze(text), germanQuoteRules).map((q) => `${q.type}|${q.quote.text}|${q.speaker?.text ?? '-'}|${q.cue?.text ?? '-'}`);

describe('extractQuotes', () => {
  it.each([
    ['„Wir bleiben hier“, sagte der Bürgermeister.', 'direct|„Wir bleiben hier“|der Bürgermeister|sagte'],
    ['Die Ministerin sagte: »Das Gesetz kommt noch in diesem Jahr.«', 'direct|»Das Gesetz kommt noch in diesem Jahr.«|Die Ministerin|sagte'],
    ['«Wir haben genug gewartet», erklärte Anna Berger.', 'direct|«Wir haben genug gewartet»|Anna Berger|erklärte'],
    ['"Das ist ein guter Tag für die Stadt", so der Sprecher.', 'direct|"Das ist ein guter Tag für die Stadt"|der Sprecher|so'],
    ['„Das stimmt nicht“, betonte sie.', 'direct|„Das stimmt nicht“|sie|betonte'],
  ])('finds the direct quote in %s', (text, expected) => {
    expect(quotes(text)).toContain(expected);
  });

  it('follows a direct quote across sentences', () => {
    const text = 'Der Trainer sagte: „Wir haben gut gespielt. Aber das reicht nicht.“';
    expect(quotes(text)).toEqual(['direct|„Wir haben gut gespielt. Aber das reicht nicht.“|Der Trainer|sagte']);
  });

  it('finds an indirect quote with a dass-clause and one in Konjunktiv I', () => {
    expect(quotes('Der Sprecher sagte, dass die Straße gesperrt bleibt.')).toEqual(['indirect|dass die Straße gesperrt bleibt|Der Sprecher|sagte']);
    expect(quotes('Die Lage sei ernst, sagte die Polizeisprecherin.')).toEqual(['indirect|Die Lage sei ernst|die Polizeisprecherin|sagte']);
  });

  it('reads laut, zufolge and nach Angaben as sources', () => {
    expect(quotes('Laut Polizei wurden drei Menschen verletzt.')).toEqual(['indirect|wurden drei Menschen verletzt|Polizei|Laut']);
    expect(quotes('Beobachtern zufolge geht es um Waffen.')).toEqual(['indirect|geht es um Waffen|Beobachtern|zufolge']);
    expect(quotes('Nach Angaben der Feuerwehr brannte das Haus völlig aus.')).toEqual(['indirect|brannte das Haus völlig aus|Angaben der Feuerwehr|Nach']);
  });

  it('resolves a pronoun speaker to the last named person', () => {
    const text = 'Bürgermeisterin Petra Lang sprach am Morgen. „Wir brauchen mehr Geld“, sagte sie.';
    const q = extractQuotes(text, analyze(text), germanQuoteRules).find((x) => x.type === 'direct');
    expect(q?.speaker?.text).toBe('sie');
  });

  it('skips quoted names that nobody says', () => {
    expect(quotes('Das Schiff „Morning Star“ lief aus.')).toEqual([]);
  });
});
