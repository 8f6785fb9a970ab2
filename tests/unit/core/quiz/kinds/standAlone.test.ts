import { describe, expect, it } from 'vitest';
import { eventNews } from '../../../../../src/core/quiz/kinds/eventNews';
import { gapText } from '../../../../../src/core/quiz/build';
import { factsOf, type QuizContext } from '../../../../../src/core/quiz';
import { mulberry32 } from '../../../../../src/core/quiz/random';
import { articleOf, ask, askedOfEvent as asked, lang, line, STORY } from './helpers';


/** Issue 15, round ff: a question in its own words shows only its clause, so nothing in it may lean on the sentences before. */
describe('a question of its own wording leaves out what only joins its clause to the story before', () => {
  it.each([
    ['`schließlich` behind the verb', 'Am 3. März 2025 verließen schließlich die neuen Busse der Nordbank die Fabrik in Kiel.', 'Wann verließen die neuen Busse der Nordbank die Fabrik in Kiel? → am 3. März 2025'],
    ['`dann` in the middle', 'Ministerin Mia Lind reiste am 3. März 2025 dann nach Norwegen.', 'Wann reiste Ministerin Mia Lind nach Norwegen? → am 3. März 2025'],
    ['`indes` before a counted subject', 'In Kiel sind am 3. März 2025 indes drei Männer bei einem Brand im Hafen verletzt worden.', 'Wie viele Männer sind in Kiel am 3. März 2025 bei einem Brand im Hafen verletzt worden? → drei'],
  ])('%s', async (_, sentence, expected) => {
    const lines = await asked(sentence);
    expect(lines).toContain(expected);
    expect(lines.join('\n')).not.toMatch(/schließlich|dann|indes/u);
  });

  it('in the lead\'s `Wer` question too (`nun doch`)', async () => {
    const text = `Ministerin Mia Lind übergibt nun doch den umstrittenen Server der Nordbank an das Gericht. ${STORY}`;
    const lines = (await ask(eventNews, text)).map(line);
    expect(lines).toContain('Wer übergibt den umstrittenen Server der Nordbank an das Gericht? → Mia Lind');
  });
});

describe('a question of its own wording is not made of a clause that leans on the story before', () => {
  it.each([
    // Judged unclear five times: `Wie viele Menschen starben erst vor einem Monat?` (where, how?).
    ['a time counted back from the report\'s day', 'Vor einem Monat starben drei Männer bei einem Brand im Hafen von Kiel.', 'Am 3. März 2025 starben drei Männer bei einem Brand im Hafen von Kiel.'],
    ['`kürzlich`', 'Ministerin Mia Lind reiste kürzlich mit Professor Lars Falk nach Norwegen.', 'Ministerin Mia Lind reiste am 3. März 2025 mit Professor Lars Falk nach Norwegen.'],
    // Judged unclear twice: `Wann verließen schließlich die ersten fertigen Autos die Fabrik?` (which cars?).
    ['one of a set the text told of before', 'Am 3. März 2025 verließen die ersten Busse die Fabrik in Kiel.', 'Am 3. März 2025 verließen die ersten Busse der Nordbank die Fabrik in Kiel.'],
    ['a person described, not named', 'Am 3. März 2025 reiste der 48-Jährige mit Professor Lars Falk nach Norwegen.', 'Am 3. März 2025 reiste der 48-jährige Ole Brandt mit Professor Lars Falk nach Norwegen.'],
  ])('%s, unlike its look-alike that says it all', async (_, leaning, standing) => {
    // The story around names neither Kiel nor Norway: what is asked of them is asked of the sentence tested.
    const about = async (sentence: string): Promise<string[]> => (await asked(sentence)).filter((l) => /Kiel|Norwegen/u.test(l));
    expect(await about(leaning)).toEqual([]);
    expect(await about(standing)).not.toEqual([]);
  });

  it('asks no count whose clause says nothing but when (`Wie viele Menschen starben am Montag?`)', async () => {
    const counts = async (sentence: string): Promise<string[]> => (await asked(sentence)).filter((l) => l.startsWith('Wie viele'));
    expect(await counts('Am 3. März 2025 starben drei Menschen.')).toEqual([]);
    expect(await counts('Am 3. März 2025 starben drei Menschen in Kiel.')).toEqual(['Wie viele Menschen starben am 3. März 2025 in Kiel? → drei']);
  });
});

describe('a gap whose clause describes a person the text named before', () => {
  const prompt = async (text: string, answer: string): Promise<string | null> => {
    const a = await articleOf(text);
    const facts = factsOf([a], lang);
    const ctx: QuizContext = { article: a, facts: facts.articles[0]!, lang, rand: mulberry32(1), story: facts.articles[0]!.facts };
    const s = a.analysis.sentences.find((x) => a.text.slice(x.start, x.end).includes(answer))!;
    const sentence = { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
    const at = a.text.indexOf(answer, s.start);
    return gapText(ctx, sentence, { start: at, end: at + answer.length, text: answer })?.prompt ?? null;
  };

  it('shows the sentence before that names them, in a later clause too (`kündigte der 28-Jährige an`)', async () => {
    const text = 'Ole Brandt gewann in Kiel das Rennen. Wir wollen mehr, kündigte der 28-Jährige an, der bereits 14 Rennen gewonnen hat.';
    expect(await prompt(text, '14')).toMatch(/^Ole Brandt gewann in Kiel das Rennen\. .*der 28-Jährige/u);
  });

  it('shows the clause alone where it names them itself', async () => {
    const text = 'Das Rennen in Kiel war lang. Wir wollen mehr, sagte Ole Brandt, der 28-Jährige hat bereits 14 Rennen gewonnen.';
    expect(await prompt(text, '14')).not.toMatch(/^Das Rennen/u);
  });
});
