/** The form of gap questions (issue 15, rounds i and j): what a clause points to, options written as the answer is. */
import { describe, expect, it } from 'vitest';
import { dateGap } from '../../../../src/core/quiz/kinds/date';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { ask } from './kinds/helpers';

const OTHER = 'Bürgermeisterin Mara Lind eröffnete am Dienstag die neue Brücke in Nordhafen.';

async function numberQuestion(text: string, answer: string, seed = 1) {
  return (await ask(numberGap, `${OTHER} ${text}`, seed)).find((q) => q.answer === answer);
}

describe('gap clauses that point to another sentence', () => {
  it.each([
    ['`dort` to the town named before', 'Die Flut traf vor allem die Hafenstadt Südkamp. Normalerweise leben dort ungefähr 40.000 Menschen.', '40.000', 'Südkamp'],
    ['`Das Land` to the country named before', 'Frankreich will weitere 900 Soldaten schicken. Das Land ist schon mit 200 Soldaten an der Mission beteiligt.', '200', 'Frankreich'],
    ['`dabei` to what happened', 'Damals schlug die Armee die Proteste in Südkamp nieder. 3.000 Menschen sollen dabei gestorben sein.', '3.000', 'Proteste'],
  ])('shows the sentence before with %s', async (_, text, answer, named) => {
    const q = await numberQuestion(text, answer);
    expect(q?.prompt).toContain(named);
    expect(q?.prompt).toContain('___');
    // Both sentences are the evidence the reader marks, the gap's first.
    expect(q?.evidence).toHaveLength(2);
    expect(q?.evidence[0]!.text).toContain(answer);
  });

  it('asks nothing where the sentence before is of another paragraph', async () => {
    expect(await numberQuestion('Die Flut kam in der Nacht zum Montag.\n\nNormalerweise leben dort ungefähr 40.000 Menschen.', '40.000')).toBeUndefined();
  });

  it('asks nothing where the sentence before gives the answer away', async () => {
    const qs = await ask(numberGap, `${OTHER} In Südkamp wohnen 40.000 Menschen. Normalerweise leben dort ungefähr 40.000 Menschen.`);
    expect(qs.map((q) => q.prompt).filter((p) => p.includes('leben dort'))).toEqual([]);
  });

  it('asks nothing of a pronoun whose sentence before names no one', async () => {
    expect(await numberQuestion('Die Lage bleibt schwierig. Im August wurde er aufgefordert, 70 Prozent der Gelder zurückzuzahlen.', '70')).toBeUndefined();
  });

  it.each([
    ['a pronoun in a later clause, with its clause before it', 'Ohne Förderung läge die Quote bei 25 Prozent, jetzt liegt sie bei 18 Prozent.', '18'],
    ['a demonstrative of the report\'s own time', 'In dieser Woche kamen 240 Besucher zur Brücke.', '240'],
    ['a generic noun with its name after it', 'Die Stadt Südkamp zahlt 150 Euro pro Tonne.', '150'],
  ])('shows its own sentence alone for %s', async (_, sentence, answer) => {
    const q = await numberQuestion(sentence, answer);
    expect(q?.prompt).toBe(`Welche Zahl fehlt im Satz? „${sentence.replace(answer, '___')}“`);
    expect(q?.evidence).toHaveLength(1);
  });

  it('asks no gap whose cut clause opens with its verb and has lost its subject (`… liegen nun ___ Punkte vor …`)', async () => {
    const long = 'Die Gastgeber aus Nordhafen gewannen am Samstag vor großem Publikum im alten Stadion an der Küste gegen die lange Zeit gut mithaltenden Gäste aus Südkamp mit 2:0, liegen nun 17 Punkte vor dem Tabellenvierten aus dem Süden und können fast schon für die Meisterrunde im nächsten Frühjahr planen.';
    const qs = await ask(numberGap, `${OTHER} ${long}`);
    expect(qs.filter((q) => q.answer === '17')).toEqual([]);
  });

  it('works for dates too', async () => {
    const text = `${OTHER} Die neue Fähre fährt nach Südkamp. Dort legt sie im September zum ersten Mal an.`;
    const q = (await ask(dateGap, text)).find((x) => x.answer === 'im September');
    expect(q?.prompt).toContain('Südkamp');
    expect(q?.evidence).toHaveLength(2);
  });
});

describe('number options written as the answer is', () => {
  it('offers no figure of the text with another scale word or abbreviation (`15 Milliarden` among `43 Mrd.`)', async () => {
    const text = 'Der Autobauer Nordmobil setzte im Vorjahr 43 Mrd. Euro um. Die Branche führt pro Jahr 15 Milliarden Euro an Steuern ab.';
    for (const seed of [1, 2, 3]) {
      const q = await numberQuestion(text, '43 Mrd.', seed);
      expect(q?.options, `seed ${seed}`).toHaveLength(4);
      for (const o of q!.options!) expect(o, `seed ${seed}`).toMatch(/^\d+ Mrd\.$/);
    }
  });

  it('offers no share of all (100 %) beside a share of some', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const q = await numberQuestion('Die Auslastung der Fähre lag im Schnitt bei 80 Prozent.', '80', seed);
      expect(q?.options?.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
      expect(q?.options, `seed ${seed}`).not.toContain('100');
    }
  });
});

describe('the source\'s slips, not copied into a prompt', () => {
  it('shows no wiki emphasis marks (`\'\'neuen Brücke\'\'`)', async () => {
    const q = await numberQuestion('Zur Eröffnung der \'\'neuen Brücke\'\' kamen am Abend 240 Gäste.', '240');
    expect(q?.prompt).toBe('Welche Zahl fehlt im Satz? „Zur Eröffnung der neuen Brücke kamen am Abend ___ Gäste.“');
    // The evidence is the text as written.
    expect(q?.evidence[0]!.text).toContain("''neuen Brücke''");
  });

  it('asks no date the source mistyped (`seit Juni 20041`), but the same date written right', async () => {
    const asked = async (year: string) => (await ask(dateGap, `${OTHER} Die Fähre nach Südkamp fährt seit Juni ${year} jeden Tag.`)).map((q) => q.answer);
    expect(await asked('20041')).toEqual([]);
    expect(await asked('2004')).not.toEqual([]);
  });
});
