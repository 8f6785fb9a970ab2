import { describe, expect, it } from 'vitest';
import { dateGap } from '../../../../../src/core/quiz/kinds/date';
import { ask } from './helpers';

describe('date gaps', () => {
  it.each([
    ['a year, with the years around it', 'Die alte Brücke wurde im Jahr 1962 gebaut.', 'im Jahr 1962', /^im Jahr 19(59|6\d)$/],
    ['a month, with other months', 'Die Brücke soll im September fertig werden.', 'im September', /^im \p{Lu}\p{Ll}+$/u],
  ])('%s', async (_, sentence, answer, shape) => {
    const q = (await ask(dateGap, `Bürgermeisterin Mara Lind lobte den Bau. ${sentence}`)).find((x) => x.answer === answer);
    expect(q?.prompt).toBe(`Welche Zeitangabe fehlt im Satz? „${sentence.replace(answer, '___')}“`);
    expect(q?.options).toContain(answer);
    for (const o of q!.options!) expect(o).toMatch(shape);
  });

  it("offers dates of the answer's form only: no other phrase for the same month, no other preposition", async () => {
    const questions = await ask(dateGap, 'Die Zahlen vom März liegen vor. Im März gewann Jan Ott das Rennen. Im Juli reist er ab.');
    const q = questions.find((x) => x.answer === 'vom März');
    expect(q?.options).toContain('vom März');
    for (const o of q!.options!) expect(o).toMatch(/^vom \p{Lu}\p{Ll}+$/u);
    const im = questions.find((x) => x.answer === 'Im März');
    for (const o of im!.options!) expect(o).toMatch(/^Im \p{Lu}\p{Ll}{3,}$/u);
  });

  it('asks no weekday or relative day: the day of the report is trivia', async () => {
    expect(await ask(dateGap, 'Bürgermeisterin Mara Lind hat am Dienstag die Brücke eröffnet. Gestern kam der Minister.')).toEqual([]);
  });

  it('asks no date in brackets, an aside (`das Fest (12. Juni bis 14. Juli)`), but the same date in the sentence itself', async () => {
    const aside = 'Die Stadt Nordhafen bereitet sich auf das große Hafenfest (12. Juni bis 14. Juli 2024) vor. Der Bau der Brücke begann im März 2023.';
    expect((await ask(dateGap, aside)).map((q) => q.answer)).not.toContain('12. Juni');
    const stated = 'Die Stadt Nordhafen feiert das große Hafenfest vom 12. Juni bis 14. Juli 2024. Der Bau der Brücke begann im März 2023.';
    expect((await ask(dateGap, stated)).length).toBeGreaterThan(0);
  });
});
