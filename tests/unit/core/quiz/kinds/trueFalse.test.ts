import { describe, expect, it } from 'vitest';
import { trueFalse } from '../../../../../src/core/quiz/kinds/trueFalse';
import { ask } from './helpers';

const TEXT = [
  'Bürgermeisterin Mara Lind eröffnete am Dienstag die neue Brücke in Nordhafen.',
  'Der Bau kostete 12 Millionen Euro.',
  'Die Brücke ist 240 Meter lang.',
  'Verkehrsminister Ole Brandt kam am Mittwoch nach Südstadt.',
  'Ob die Zahlen richtig sind, ist offen: 30 Prozent fehlen.',
].join(' ');
const statement = (prompt: string): string => /„(.*)“$/.exec(prompt)![1]!;

describe('true/false questions', () => {
  it.each([1, 2, 3, 4])('seed %i: "richtig" exactly when the statement is the text\'s sentence, one per sentence', async (seed) => {
    const questions = await ask(trueFalse, TEXT, seed);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q.answer).toBe(TEXT.includes(statement(q.prompt)) ? 'richtig' : 'falsch');
    expect(new Set(questions.map((q) => q.evidence[0]!.start)).size).toBe(questions.length);
  });

  it('does not ask about a sentence that says "richtig" or "falsch" itself', async () => {
    for (const seed of [1, 2, 3]) expect((await ask(trueFalse, TEXT, seed)).filter((q) => q.prompt.includes('Prozent'))).toEqual([]);
  });
});
