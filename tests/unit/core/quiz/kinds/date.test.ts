import { describe, expect, it } from 'vitest';
import { dateGap } from '../../../../../src/core/quiz/kinds/date';
import { ask } from './helpers';

describe('date gaps', () => {
  it.each([
    ['a weekday, with other weekdays', 'Mara Lind hat am Dienstag die neue Brücke eröffnet.', 'am Dienstag', /^am (Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)$/],
    ['a year, with the years around it', 'Die alte Brücke wurde im Jahr 1962 gebaut.', 'im Jahr 1962', /^im Jahr 19(59|6\d)$/],
    ['a month, with other months', 'Die Brücke soll im September fertig werden.', 'im September', /^im \p{Lu}\p{Ll}+$/u],
  ])('%s', async (_, sentence, answer, shape) => {
    const q = (await ask(dateGap, `Bürgermeisterin Mara Lind lobte den Bau. ${sentence}`)).find((x) => x.answer === answer);
    expect(q?.prompt).toBe(`Welche Zeitangabe fehlt im Satz? „${sentence.replace(answer, '___')}“`);
    expect(q?.options).toContain(answer);
    for (const o of q!.options!) expect(o).toMatch(shape);
  });

  it('offers no other phrase for the same day as a wrong date', async () => {
    const questions = await ask(dateGap, 'Die Ergebnisse vom Sonntag liegen vor. Am Sonntag gewann Jan Ott das Rennen. Am Freitag war er Zweiter. Am Montag reiste er ab.');
    const q = questions.find((x) => x.answer === 'vom Sonntag');
    expect(q?.options).toContain('vom Sonntag');
    expect(q?.options).not.toContain('am Sonntag');
  });
});
