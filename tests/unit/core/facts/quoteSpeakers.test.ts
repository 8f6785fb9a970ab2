import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/core/facts/extract';
import { germanFactRules } from '../../../../src/core/de/factRules';
import type { Quote } from '../../../../src/core/facts/types';
import { analyze } from './helpers';

const quotes = (text: string): Quote[] =>
  extractFacts(text, analyze(text), { article: 'a.txt' }, germanFactRules).facts.flatMap((f) => (f.kind === 'quote' ? [f.quote] : []));

describe('quotes: speakers from the named-entity tagger and clause boundaries (issue 15)', () => {
  it('gives a quote without a speaking verb the one person its sentence names', () => {
    const [q] = quotes('Für Bürgermeisterin Hanna Kowalczyk ist die neue Brücke „ein Geschenk für alle Familien in unserer Stadt“.');
    expect(q?.speaker?.text).toContain('Kowalczyk');
  });

  it('reads a Konjunktiv sentence after a sentence naming one expert as what the expert said', () => {
    const found = quotes('Der Geologe Tomas Lindqvist sieht darin eine Warnung. Die Ursache des Bergrutsches sei nie untersucht worden.');
    const q = found.find((x) => x.quote.text.startsWith('Die Ursache'));
    expect(q?.type).toBe('indirect');
    expect(q?.speaker?.text).toContain('Lindqvist');
  });

  it('takes no speaker where the sentence names two people', () => {
    const [q] = quotes('Nach dem Spiel von Lena Hofer gegen Mia Brandt hing ein Plakat mit der Aufschrift „Wir sind stolz auf euch beide und auf die ganze Mannschaft“ am Zaun.');
    expect(q?.speaker ?? null).toBeNull();
  });

  it('ends a reported clause at a semicolon', () => {
    const q = quotes('Die Ministerin sagte, die Lage sei ernst; morgen beginnt in Genf die Konferenz der Länder.').find((x) => x.type === 'indirect');
    expect(q?.quote.text).toBe('die Lage sei ernst');
  });
});

describe('quotes: names and titles in quote marks', () => {
  it('takes a quoted party name after an article for a name, not a quote', () => {
    const found = quotes('Im Stadtrat sitzt nun auch die „Liga für soziale Gerechtigkeit“ mit zwei Abgeordneten.');
    expect(found.filter((q) => q.type === 'direct')).toEqual([]);
  });

  it('takes a quoted title after an article and a noun for a title, not a quote', () => {
    const found = quotes('Das Stadtmuseum zeigt ab Montag die Ausstellung „Glas und Feuer aus sieben Jahrhunderten“ im Nordflügel.');
    expect(found.filter((q) => q.type === 'direct')).toEqual([]);
  });

  it('keeps a quote that a verb of saying introduces', () => {
    const found = quotes('Die Ministerin sagte: „Wir brauchen mehr Geld für die Schulen im ganzen Land.“');
    expect(found.some((q) => q.type === 'direct' && q.quote.text.includes('Wir brauchen'))).toBe(true);
  });
});

describe('quotes: the reporter’s comment', () => {
  it('ends a reported clause before the reporter’s comment on it', () => {
    const q = quotes('Der Sprecher sagte, die Lage im Hafen sei unklar, was er auf den Sturm der letzten Nacht zurückführte.').find((x) => x.type === 'indirect');
    expect(q?.quote.text).toBe('die Lage im Hafen sei unklar');
  });
});
