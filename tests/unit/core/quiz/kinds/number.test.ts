import { describe, expect, it } from 'vitest';
import { numberGap } from '../../../../../src/core/quiz/kinds/number';
import { ask } from './helpers';

const OTHER = 'Bürgermeisterin Mara Lind eröffnete am Dienstag die neue Brücke in Nordhafen.';

describe('number gaps', () => {
  it.each([
    ['a count', 'Die Brücke ist 240 Meter lang.', '240', /^\d+$/],
    ['a decimal, with the same decimals', 'Der Bau kostete 12,5 Millionen Euro.', '12,5 Millionen', /^\d+,\d Millionen$/],
    ['a grouped number, grouped', 'Mehr als 11.000 Menschen kamen zur Feier.', '11.000', /^\d{1,3}\.\d{3}$/],
    ['a range, with both ends moved', 'Auf der Brücke standen 20 bis 30 Polizisten.', '20 bis 30', /^\d+ bis \d+$/],
    ['a number word, with its neighbours', 'Die Brücke hat vier Fahrspuren.', 'vier', /^(drei|vier|fünf|sechs|acht)$/],
  ])('%s', async (_, sentence, answer, shape) => {
    const q = (await ask(numberGap, `${OTHER} ${sentence}`)).find((x) => x.answer === answer);
    expect(q?.prompt).toBe(`Welche Zahl fehlt im Satz? „${sentence.replace(answer, '___')}“`);
    expect(q?.options).toContain(answer);
    for (const o of q!.options!) expect(o).toMatch(shape);
  });

  it('asks no vague amount', async () => {
    expect(await ask(numberGap, `${OTHER} Mehrere Tausend Menschen kamen zur Feier.`)).toEqual([]);
  });
});
