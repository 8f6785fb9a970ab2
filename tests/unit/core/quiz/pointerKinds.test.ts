/**
 * Gap clauses that point elsewhere, by what they point to (issue 15, round k): `das Land` and `dort` stand for a place,
 * `diese Firma` for a body, `er` for a person or body. The pointer's own clause may name it before it; else the sentence
 * before must name one of its kind to be shown with the gap.
 */
import { describe, expect, it } from 'vitest';
import { dateGap } from '../../../../src/core/quiz/kinds/date';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { ask, chooserAsks } from './kinds/helpers';

const OTHER = 'Verkehrsminister Ole Brandt lobte am Dienstag die neue Brücke.';

async function numberQuestion(text: string, answer: string) {
  return (await ask(numberGap, text)).find((q) => q.answer === answer);
}

describe('what a gap clause points to, by its kind', () => {
  it('asks a clause whose generic noun stands for the country its own clause names before it, alone', async () => {
    // A new paragraph: no sentence before it to show.
    const sentence = 'In Portugal sind im Süden des Landes bei einem Sturm über 40 Menschen ums Leben gekommen.';
    const q = await numberQuestion(`${OTHER}\n\n${sentence}`, '40');
    expect(q?.prompt).toBe(`Welche Zahl fehlt im Satz? „${sentence.replace('40', '___')}“`);
    expect(q?.evidence).toHaveLength(1);
  });

  it('asks no `dort` whose sentence before names a person but no place', async () => {
    expect(await numberQuestion(`${OTHER} Normalerweise leben dort ungefähr 40.000 Menschen.`, '40.000')).toBeUndefined();
    const q = await numberQuestion(`${OTHER} Die Flut traf vor allem die Stadt Porto. Normalerweise leben dort ungefähr 40.000 Menschen.`, '40.000');
    expect(q?.prompt).toContain('Porto');
  });

  it('asks no gap in a `seitdem` clause (since when, the sentence before seldom says), and asks it without', async () => {
    const text = (since: string): string => `${OTHER} Jeden Freitag protestieren in Nordhafen die Fischer. ${since}40 Fähren im Hafen von Nordhafen fest.`;
    expect(await numberQuestion(text('Seitdem liegen '), '40')).toBeUndefined();
    expect(await numberQuestion(text('Am Montag lagen '), '40')).toBeDefined();
  });

  it('asks no `diese Firma` whose sentence before names a place but no body, and shows the one naming a firm', async () => {
    const gap = 'Diese Firma plant den Abbau von rund 3.000 Arbeitsplätzen.';
    expect(await numberQuestion(`${OTHER} Die neue Fähre legt künftig in Portugal an. ${gap}`, '3.000')).toBeUndefined();
    const q = await numberQuestion(`${OTHER} Die Fähren baut die Nordwerft AG. ${gap}`, '3.000');
    expect(q?.prompt).toContain('Nordwerft AG');
    expect(q?.evidence).toHaveLength(2);
  });
});

describe('the chooser and a sentence that opens with a pointer', () => {
  it('asks a number of a sentence opening with `Dort` when the sentence before, shown with it, names the place', async () => {
    expect(await chooserAsks(numberGap, 'Die Flut traf vor allem die Stadt Porto. Dort leben ungefähr 240.000 Menschen.', '240.000', true)).toBe(true);
  });

  it('still asks no date whose own clause leans on a pronoun, the sentence before shown or not (judged a side detail)', async () => {
    const text = 'Die Gäste aus Nordland haben das schwerste Restprogramm. Am Dienstag treten sie in Südkamp an, am 9. Oktober gastieren sie dann in Portugal.';
    expect(await chooserAsks(dateGap, text, 'am 9. Oktober')).toBe(false);
  });
});

describe('a gap clause whose `es` after a copula stands for what was told before (round w: `sind es ___ Prozent`, of what?)', () => {
  const told = 'In den Schulen von Nordland spricht mehr als ein Viertel der Kinder zu Hause eine andere Sprache als Deutsch – die Verteilung ist dabei aber sehr ungleich:';
  it.each([
    ['a clause cut from its sentence', `${OTHER}\n\n${told} In Schulen auf dem Land sind es acht Prozent, in den Städten 51 Prozent.`, '51'],
    ['a sentence opening with it', `${OTHER}\n\nWaren es früher 15 Prozent der Kinder, sind es heute rund 40 Prozent.`, '15'],
  ])('asks nothing of %s', async (_what, text, answer) => {
    expect(await numberQuestion(text, answer)).toBeUndefined();
  });

  it('still asks the figure of a clause that names what it counts', async () => {
    expect(await numberQuestion(`${OTHER}\n\n${told} In Schulen auf dem Land sprechen acht Prozent der Kinder eine andere Sprache, in den Städten 51 Prozent.`, '51')).toBeDefined();
  });
});

describe('a short gap sentence whose subject needs an owner the sentence before names (round w: `Der Jahresumsatz liege bei ___ Euro`, whose?)', () => {
  it('shows the sentence before that names whose turnover it is', async () => {
    const q = await numberQuestion(`${OTHER}\n\nDie Nordwerft AG baut seit 1950 Fähren in Portugal. Der Jahresumsatz liegt bei 420 Millionen Euro.`, '420 Millionen');
    expect(q?.prompt).toContain('Nordwerft AG');
    expect(q?.evidence).toHaveLength(2);
  });

  it('asks nothing where the sentence before in its paragraph names no owner', async () => {
    expect(await numberQuestion(`${OTHER}\n\nDie Ungewissheit wächst seit Tagen. Die rund 650 Menschen plagt die Angst.`, '650')).toBeUndefined();
  });

  it.each([
    ['names its owner in a genitive', 'Der Preis des Tickets beträgt 40 Euro.', '40'],
    ['is long enough to say what it is about', 'Die dichter gewordene Hundepopulation ermöglichte eine Tollwutepidemie, der auch 48.000 Menschen zum Opfer fielen.', '48.000'],
  ])('asks a sentence alone that %s', async (_what, sentence, answer) => {
    const q = await numberQuestion(`${OTHER}\n\nDie Ungewissheit wächst seit Tagen. ${sentence}`, answer);
    expect(q?.evidence).toHaveLength(1);
  });

  it('asks the first sentence of a paragraph alone: it brings in its own subject', async () => {
    const q = await numberQuestion(`${OTHER}\n\nDer Jahresumsatz liegt bei 420 Millionen Euro.`, '420 Millionen');
    expect(q?.evidence).toHaveLength(1);
  });
});
