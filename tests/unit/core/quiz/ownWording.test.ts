import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../../src/core/quiz/generate';
import { articleOf, lang } from './kinds/helpers';

// No date beside the figure: so short a text gets one question, which a date with good options would take; nor a
// minister in the lead, whose office the chooser asks as the main news's (`newsFloor`).
const PEOPLE = 'Bürgermeisterin Mara Lind eröffnete die neue Brücke in Nordhafen. Stadtrat Ole Brandt lobte den Bau.';

describe('one fact asked two ways', () => {
  it.each([
    ['a toll', 'Bei einem Brand in einer Halle in Nordhafen sind am Montag drei Menschen verletzt worden.', 'drei'],
    ['a count of things', 'Die Firma Nordlicht hat in Nordhafen 300 neue Laternen aufgestellt.', '300'],
  ])('asks %s in the quiz\'s own words, not as a gap in the sentence', async (_, sentence, answer) => {
    const quiz = generateQuiz([await articleOf(`${PEOPLE} ${sentence}`)], { seed: 1 }, lang);
    const asked = quiz.questions.filter((q) => q.answer === answer);
    expect(asked.map((q) => q.prompt)).toEqual([expect.stringMatching(/^Wie viele /u)]);
  });
});
