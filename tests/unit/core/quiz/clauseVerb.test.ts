/**
 * A gap in a relative or subordinate clause whose prompt is cut before the clause's verb (issue 15, round l: `…, das nach
 * bisherigen Erkenntnissen ___ Gebäude …`, judged unclear: what the buildings had done to them was cut away).
 */
import { describe, expect, it } from 'vitest';
import { dateGap } from '../../../../src/core/quiz/kinds/date';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import type { QuestionKind } from '../../../../src/core/quiz';
import { ask, PEOPLE } from './kinds/helpers';

describe('a verb-last clause cut before its verb', () => {
  it.each([
    [numberGap, 'Geprüft wird auch Statikplus, ein Prüfbüro aus Südkamp, das nach bisherigen Erkenntnissen 28 Gebäude der Altstadt, darunter das Rathaus, ohne Prüfung genehmigt hatte, und dessen Chefin.', '28'],
    [dateGap, 'Die neue Präsidentin der Rektorenkonferenz, die dieses Amt am 1. März 2016 vom Rektor der Universität Nordhafen, Ole Brandt, übernehmen wird, will alle Studien prüfen lassen.', 'am 1. März 2016'],
  ] as [QuestionKind, string, string][])('is not asked: %#', async (kind, sentence, answer) => {
    expect((await ask(kind, `${PEOPLE} ${sentence}`)).filter((q) => q.answer === answer).map((q) => q.prompt)).toEqual([]);
  });
});
