/** Faults a teacher found in the blind round h (Wikinews, issue 15), each on an invented text. */
import { describe, expect, it } from 'vitest';
import { backgroundDateGap } from '../../../../src/core/quiz/kinds/date';
import { event } from '../../../../src/core/quiz/kinds/event';
import { nameCloze } from '../../../../src/core/quiz/kinds/nameCloze';
import { gapPrompt, trustedEntities } from '../../../../src/core/quiz/build';
import type { EntityFact } from '../../../../src/core/facts/types';
import { ask, chooserAsks, lang, line } from './kinds/helpers';

describe('dates the other end of a period rules out', () => {
  it('asks no start of a period whose end stands after `bis zum` (options after the end were offered), as none before `bis 2008`', async () => {
    expect(await chooserAsks(backgroundDateGap, 'Seit dem Fest vom 3. März 2023 bis zum 10. Juni 2023 stand die Brücke in Nordhafen still.', 'vom 3. März 2023', true)).toBe(false);
    expect(await chooserAsks(backgroundDateGap, 'Seit dem Fest vom 3. März 2023 stand die Brücke in Nordhafen still.', 'vom 3. März 2023', true)).toBe(true);
  });
});

describe('the main news of a lead sentence, asked as its own question', () => {
  const CAST = 'Bürgermeister Tom Lind eröffnete am Dienstag die neue Brücke. Die Arbeiten leitete Professor Jan Berg. Die Pläne zeichnete Direktor Paul Roth.';
  const asked = async (sentence: string): Promise<string[]> => (await ask(event, `${CAST} ${sentence}`)).map(line).filter((l) => l.includes('Ole Brandt') || l.includes('Sieg'));

  it.each([
    ['a subject with the age in brackets after the name', 'Verkehrsminister Ole Brandt (59) lobte den Bau der Brücke am Sundbach.', 'Wer lobte den Bau der Brücke am Sundbach? → Ole Brandt'],
    ['a subject whose title opens with a country\'s genitive and is a common noun', 'Österreichs Tennisstar Ole Brandt feierte in Wien den Sieg im Finale.', 'Wer feierte in Wien den Sieg im Finale? → Ole Brandt'],
    ['an object with a participle before its noun', 'Verkehrsminister Ole Brandt eröffnete eine seit Jahren erwartete Brücke am Sundbach.', 'Wer eröffnete eine seit Jahren erwartete Brücke am Sundbach? → Ole Brandt'],
    ['an object whose article opens a phrase before its noun', 'Verkehrsminister Ole Brandt eröffnete den seit Jahren geplanten Radweg am Sundbach.', 'Wer eröffnete den seit Jahren geplanten Radweg am Sundbach? → Ole Brandt'],
  ])('%s', async (_, sentence, expected) => {
    expect(await asked(sentence)).toContain(expected);
  });

  it('asks nothing of a clause whose object is `das` (the pronoun: what it points back to is not shown)', async () => {
    expect(await asked('Verkehrsminister Ole Brandt hält das für eine große Hürde für die Stadt Nordhafen.')).toEqual([]);
  });

  it('still asks nothing of a name after another name (`Kim Brandt`: whose is it?)', async () => {
    expect(await asked('Lind Ole Brandt feierte in Wien den Sieg im Finale.')).toEqual([]);
  });
});

describe('people a question may name', () => {
  /** A person the tagger found after a role, as in `der Außenminister Serbiens`. */
  const person = (name: string): EntityFact => {
    const text = `Der Außenminister ${name} trat zurück.`;
    const at = text.indexOf(name);
    return { id: name, kind: 'person', name, role: { start: 4, end: 17, text: 'Außenminister' }, mentions: [], span: { start: at, end: at + name.length, text: name }, evidence: { start: 0, end: text.length, text }, sentence: 0 };
  };

  it('takes no country or its genitive after a role for a person (`Welche Funktion hat Serbiens?` was asked)', () => {
    expect(trustedEntities([person('Serbiens'), person('Serbien'), person('Ole Brandt')], 'person', lang).map((e) => e.name)).toEqual(['Ole Brandt']);
  });
});

describe('name gaps after a noun that says who', () => {
  it('offers men only after a man\'s noun with its article (`den Argentinier ___`), whose first name the language does not know, and only those the text calls so', async () => {
    const text = 'Im Finale setzte sich Professorin Mara Lind gegen den Argentinier Nestor Veira durch. Die Argentinierin Anna Roth und Ingenieurin Eva Falk sahen zu. Der Argentinier Paul Ott lobte das Spiel. Der Argentinier Lars Brandt war auch da. Professor Ole Berg jubelte.';
    const q = (await ask(nameCloze, text)).find((x) => x.answer === 'Nestor Veira');
    expect([...q!.options!].sort()).toEqual(['Lars Brandt', 'Nestor Veira', 'Paul Ott']);
  });
});

describe('gap prompts that keep what their clause is about', () => {
  /** The sentence as a span from offset 0, with `target` (its first occurrence) as the gap. */
  const prompt = (sentence: string, target: string): string => {
    const start = sentence.indexOf(target);
    return gapPrompt({ start: 0, end: sentence.length, text: sentence }, { start, end: start + target.length, text: target }, '___');
  };

  it('keeps the main clause of a relative clause whole where the two fit in 28 words, its bracket\'s commas no clause ends', () => {
    const sentence = 'Außerdem gaben am Nachmittag die Kurse der Reedereien (Nordlicht, Hafenbank und Südfracht) deutlich nach, die zwischen fünf und sieben Prozent an Wert verloren.';
    expect(prompt(sentence, 'sieben')).toBe(sentence.replace('sieben', '___'));
  });

  it('keeps the clause a list\'s member belongs to (`…, ___ Fähren sowie …` lost what happened to them)', () => {
    const sentence = 'Im Sturm des Winters sanken vor der Küste insgesamt 14 Schiffe, darunter acht Fischkutter, drei Fähren sowie ein Frachter der Reederei Nordlicht.';
    expect(prompt(sentence, 'drei')).toBe(sentence.replace('drei', '___'));
  });

  it('shows an apposition\'s gap with the noun before it, not the clause after it', () => {
    const sentence = 'Die Bürgermeisterin von Nordhafen Mara Lind geht nach einem langen Treffen mit dem Leiter des Bauamts, Tom Berg, davon aus, dass die neue Brücke über den Sundbach im Mai fertig wird und der Verkehr dann wieder fließt.';
    expect(prompt(sentence, 'Tom Berg')).toBe('Die Bürgermeisterin von Nordhafen Mara Lind geht nach einem langen Treffen mit dem Leiter des Bauamts, ___ …');
  });
});
