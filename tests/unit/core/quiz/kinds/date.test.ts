import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../../../src/core/quiz';
import { backgroundDateGap, dateGap } from '../../../../../src/core/quiz/kinds/date';
import { articleOf, ask, lang } from './helpers';

describe('date gaps', () => {
  it.each([
    ['a year, with the years around it', 'Die alte Brücke wurde im Jahr 1962 gebaut.', 'im Jahr 1962', /^im Jahr 19(59|6\d)$/],
    ['a month, with other months', 'Die Brücke soll im September fertig werden.', 'im September', /^im \p{Lu}\p{Ll}+$/u],
  ])('%s', async (_, sentence, answer, shape) => {
    // A paragraph of its own: a short sentence going on from the one before shows that one too (pointerKinds.test.ts).
    const q = (await ask(dateGap, `Bürgermeisterin Mara Lind lobte den Bau.\n\n${sentence}`)).find((x) => x.answer === answer);
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
    // `Mai` is a full name as short as an abbreviation.
    for (const o of im!.options!) expect(o).toMatch(/^Im (?:Mai|\p{Lu}\p{Ll}{3,})$/u);
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

describe("dates of the story's background", () => {
  it.each([
    ['in a relative clause', 'Die Werft, die im Jahr 1962 gegründet wurde, baut die neue Fähre für Nordhafen.', 'im Jahr 1962'],
    ['in the past perfect', 'Die Werft hatte im Jahr 1962 die erste Fähre für Nordhafen gebaut.', 'im Jahr 1962'],
    ['of a noun, by its day', 'Die Reederei beruft sich auf ein Urteil vom 28. Februar 2013 zum Hafen von Nordhafen.', 'vom 28. Februar 2013'],
    ['of a noun, by its year after `von`', 'Die Reederei beruft sich auf den Vertrag von 1999 mit dem Hafen von Nordhafen.', '1999'],
  ])('takes a date %s for background, not a main fact', async (_, sentence, answer) => {
    const text = `Bürgermeisterin Mara Lind lobte den Bau. ${sentence}`;
    expect((await ask(dateGap, text)).map((q) => q.answer)).not.toContain(answer);
    expect((await ask(backgroundDateGap, text)).map((q) => q.answer)).toContain(answer);
  });

  it('keeps the main clause of the same date a main fact', async () => {
    expect((await ask(dateGap, 'Bürgermeisterin Mara Lind lobte den Bau. Die Werft baute im Jahr 1962 die erste Fähre für Nordhafen.')).map((q) => q.answer)).toContain('im Jahr 1962');
  });

  const quizOf = async (body: string) => generateQuiz([await articleOf(body)], { seed: 1 }, lang).questions;
  // A relative clause's date of the report's year before: one in the past perfect or of decades before is not asked at
  // all (earlierDates.test.ts), nor a year whose clause names nothing of the story (sideDates.test.ts).
  const BACKGROUND = 'Die Werft, die im Jahr 2023 an die Reederei von Nordhafen verkauft wurde, baute die erste Fähre für Nordhafen.';
  /** Words without facts, so the text is long enough for a few questions. */
  const FILLER = [
    'Die Bewohner der Insel warten schon lange auf eine bessere Verbindung zum Festland.',
    'Viele von ihnen arbeiten in Nordhafen und fahren jeden Morgen über das Wasser.',
    'Bei Sturm fiel die alte Verbindung oft aus, und die Schüler blieben zu Hause.',
    'Die Händler auf der Insel hoffen nun auf mehr Gäste aus der Stadt.',
    'Auch die Ärztin der Insel freut sich über die schnellere Fahrt ins Krankenhaus.',
    'Die Fähre fährt im Sommer öfter als im Winter, wenn weniger Menschen reisen.',
    'Die Stadt will die Fahrpreise für Kinder und Schüler niedrig halten.',
    'Am Hafen entsteht dafür ein neuer Warteraum mit Blick auf das Meer.',
  ].join(' ');

  it('asks background after the main facts, and never alone', async () => {
    const lead = `Die neue Fähre für Nordhafen kostete am Ende 18 Millionen Euro. ${BACKGROUND} Die Stadt bestellte im März 2024 zwei Schiffe bei der Werft in Nordhafen.`;
    const both = await quizOf(`${lead}\n\n${FILLER}`);
    expect(both.map((q) => q.answer)).toContain('im Jahr 2023');
    expect(both.at(-1)!.answer).toBe('im Jahr 2023');
    expect(await quizOf(`${BACKGROUND}\n\n${FILLER}`)).toEqual([]);
    // The same date told as what happened is asked alone.
    expect((await quizOf(`Die Werft wurde im Jahr 2023 an die Reederei von Nordhafen verkauft.\n\n${FILLER}`)).map((q) => q.answer)).toContain('im Jahr 2023');
  });
});
