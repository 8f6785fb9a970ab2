import { describe, expect, it } from 'vitest';
import { howMany } from '../../../../../src/core/quiz/kinds/howMany';
import { ask, line } from './helpers';

describe('how-many questions', () => {
  it.each([
    ['the counted thing as written', 'Die Stadt Nordhafen kaufte im Frühjahr 40 Busse für den Nahverkehr.', ['Wie viele Busse für den Nahverkehr nennt der Text? → 40']],
    ['a dative plural in the nominative', 'Die Reederei fuhr im Sommer mit 12 Schiffen aus dem Hafen.', ['Wie viele Schiffe aus dem Hafen nennt der Text? → 12']],
    ['nothing the text counts twice', 'Die Stadt kaufte 40 Busse. Im Jahr davor waren es 30 Busse.', []],
  ])('%s', async (_, text, expected) => {
    const questions = await ask(howMany, text);
    expect(questions.map(line)).toEqual(expected);
    for (const q of questions) expect(q.type).toBe('multiple-choice');
  });
});
