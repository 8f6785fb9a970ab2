import { describe, expect, it } from 'vitest';
import { askedOfEvent as asked } from './helpers';

const aboutNorway = async (sentence: string): Promise<string[]> => (await asked(sentence)).filter((l) => l.includes('Norwegen'));

/** Each rule reads a clause it did not before, and not its look-alike whose parse would mislead. */
describe('main clauses read past what stands outside them or says who', () => {
  it.each([
    [
      'a coordinator opening the sentence, not one before a second verb',
      'Doch Ministerin Mia Lind reiste am 3. März 2025 nach Norwegen.',
      'Wohin reiste Ministerin Mia Lind am 3. März 2025? → nach Norwegen',
      ['Ole Brandt blieb in Kiel, und reiste am 3. März 2025 nach Norwegen.'],
    ],
    [
      'an apposition after a name behind the verb, not one a coordinator follows (a list)',
      'Am 3. März 2025 reiste Mia Lind, die Chefin der Nordbank, nach Norwegen.',
      'Wohin reiste Mia Lind am 3. März 2025? → nach Norwegen',
      ['Am 3. März 2025 reisten Mia Lind, die Chefin der Nordbank, und Ole Brandt nach Norwegen.'],
    ],
    [
      'a main clause of its own after the comma, not reported speech, a word of saying, a relative clause or an infinitive',
      'Ministerin Mia Lind reiste am 3. März 2025 nach Norwegen, die Nordbank schloss dort zwei Filialen.',
      'Wohin reiste Ministerin Mia Lind am 3. März 2025? → nach Norwegen',
      [
        'Ministerin Mia Lind reiste am 3. März 2025 nach Norwegen, die Nordbank schließe dort zwei Filialen.',
        'Ministerin Mia Lind reiste am 3. März 2025 nach Norwegen, die Nordbank schloss dort zwei Filialen, sagte er.',
        'Ministerin Mia Lind hat nach dem Streit mit Ole Brandt, dem zwei Minister gefolgt sind, in Norwegen nur noch eine Filiale.',
        'Am 3. März 2025 beschloss Ministerin Mia Lind in Norwegen, dem Plan zu folgen und Filialen zu schließen.',
      ],
    ],
    [
      'a reporter after the last comma, named in the question; not where the clause is in the subjunctive of reported speech, nor a reporter the question cannot name (a pronoun, two joined by `und`)',
      'Ministerin Mia Lind reiste am 3. März 2025 nach Norwegen, berichtete die Zeitung Nordblatt.',
      'Wohin reiste Ministerin Mia Lind laut der Zeitung Nordblatt am 3. März 2025? → nach Norwegen',
      [
        'Ministerin Mia Lind sei am 3. März 2025 nach Norwegen gereist, berichtete die Zeitung Nordblatt.',
        'Ministerin Mia Lind reiste am 3. März 2025 nach Norwegen, sagte er.',
        'Ministerin Mia Lind reiste am 3. März 2025 nach Norwegen, wie die Zeitung und der Sender berichteten.',
      ],
    ],
    [
      'a reporter after `wie`, its verb last, in the dative with its genitive',
      'Ministerin Mia Lind reiste am 3. März 2025 nach Norwegen, wie ein Sprecher der Nordbank am Montag mitteilte.',
      'Wohin reiste Ministerin Mia Lind laut einem Sprecher der Nordbank am 3. März 2025? → nach Norwegen',
      ['Ministerin Mia Lind reiste am 3. März 2025 nach Norwegen, wie ein Sprecher der Nordbank sagte, und blieb dort.'],
    ],
    [
      "an adverb before a common noun's subject behind the verb, not before a name (`Wer` would leave it out)",
      'Am 3. März 2025 verließen sogar die neuen Busse der Nordbank die Fabrik in Norwegen.',
      'Wann verließen sogar die neuen Busse der Nordbank die Fabrik in Norwegen? → am 3. März 2025',
      ['Am 3. März 2025 reiste auch Ministerin Mia Lind nach Norwegen.'],
    ],
    [
      'a phrase of nouns joined by `und` before the verb, not one a clause of its own follows',
      'In Kiel und Oslo eröffneten am 3. März 2025 die Firmen aus Norwegen neue Filialen.',
      'Wann eröffneten die Firmen aus Norwegen in Kiel und Oslo neue Filialen? → am 3. März 2025',
      ['In Kiel und Oslo, wie die Firmen aus Norwegen am 3. März 2025 berichteten, eröffneten Filialen.'],
    ],
    [
      "an adverb before the preposition's phrase before the verb, not one that points to another sentence",
      'Erst nach der Wahl reiste Ministerin Mia Lind nach Norwegen.',
      'Wohin reiste Ministerin Mia Lind erst nach der Wahl? → nach Norwegen',
      ['Auch nach der Wahl reiste Ministerin Mia Lind nach Norwegen.', 'Schon nach der Wahl, sagte Ole Brandt, reiste Ministerin Mia Lind nach Norwegen.'],
    ],
    [
      'a bracket after a name that says who it is, not one with a verb or a figure other than an age',
      'Am 3. März 2025 reiste Ministerin Mia Lind (Grüne) nach Norwegen.',
      'Wohin reiste Ministerin Mia Lind am 3. März 2025? → nach Norwegen',
      [
        'Ministerin Mia Lind (die auch Ole Brandt kennt) reiste am 3. März 2025 nach Norwegen.',
        'Ministerin Mia Lind (5.) reiste am 3. März 2025 nach Norwegen.',
      ],
    ],
  ])('%s', async (_, sentence, expected, misleading) => {
    expect(await asked(sentence)).toContain(expected);
    for (const other of misleading) expect(await aboutNorway(other), other).toEqual([]);
  });
});

describe('main clauses not read where their parse would mislead', () => {
  it.each([
    ['a condition after the comma', 'Ministerin Mia Lind reist am 3. März 2025 nach Norwegen, wenn die Nordbank dort eine Filiale eröffnet.'],
    ["the verb's infinitive after a name", 'Am 3. März 2025 beschloss Ministerin Mia Lind in Norwegen, dem Plan zu folgen und Filialen zu schließen.'],
    ['an infinitive a clause of its own follows', 'Am Montag versuchte Ole Brandt in Norwegen, einen Hafen zu bauen, der Schiffe anzieht.'],
  ])('asks nothing of %s', async (_, sentence) => {
    expect(await aboutNorway(sentence)).toEqual([]);
  });
});

describe('a date inside the phrase before the verb', () => {
  it("is that phrase's, not when the clause's event happened; a date opening it is", async () => {
    const when = async (sentence: string): Promise<string[]> => (await aboutNorway(sentence)).filter((l) => l.startsWith('Wann'));
    expect(await when('Nach dem Start des Projekts am 3. März 2025 eröffneten die Firmen aus Norwegen zwei Filialen.')).toEqual([]);
    expect(await when('Am 3. März 2025 eröffneten die Firmen aus Norwegen zwei Filialen.')).toEqual(['Wann eröffneten die Firmen aus Norwegen zwei Filialen? → am 3. März 2025']);
  });
});
