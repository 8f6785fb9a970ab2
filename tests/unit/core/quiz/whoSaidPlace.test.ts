/**
 * Who said what is asked among a report's main facts (issue 15): judged the most acceptable kind of the later rounds
 * (16 of 17, rounds v–aa), it was rated lowest of all by a model learnt from rounds a–q, so a short report's budget went
 * to the figures of its lead and the quote went unasked. On invented reports.
 */
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../../src/core/quiz';
import { acceptability } from '../../../../src/core/quiz/quality';
import { articleView, questionFeatures } from '../../../../src/core/quiz/choose';
import { whoSaid } from '../../../../src/core/quiz/kinds/whoSaid';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { articleOf, ask, lang } from './kinds/helpers';

const FIRE =
  'Bei einem Großbrand in einer Lagerhalle in Nordhafen sind am Dienstagabend 14 Menschen verletzt worden. ' +
  'Rund 120 Einsatzkräfte der Feuerwehr kämpften stundenlang gegen die Flammen.\n\n' +
  'Das Feuer war gegen 19 Uhr in der Halle einer Spedition ausgebrochen. Drei der Verletzten sind Feuerwehrleute. ' +
  '„Die Halle ist nicht mehr zu retten, wir schützen jetzt die Nachbargebäude“, sagte Einsatzleiter Jonas Brandt.\n\n' +
  'Der Schaden wird auf etwa zwei Millionen Euro geschätzt. Die Spedition beschäftigt 45 Mitarbeiter. ' +
  'Firmenchefin Mia Lind sagte, der Betrieb werde weitergehen. Bürgermeister Ole Berg dankte den Helfern. ' +
  'Die Polizei ermittelt zur Ursache des Brandes, am Mittwoch waren noch 30 Feuerwehrleute vor Ort. ' +
  'Eine dichte Rauchwolke zog am Abend über die ganze Stadt, die Bewohner sollten Fenster und Türen geschlossen halten. ' +
  'Die Autobahn neben dem Gewerbegebiet war wegen des Rauchs bis in die Nacht gesperrt.';

describe('who said what in a short report', () => {
  it('is asked within the budget of a 150-word fire report, not after every figure', async () => {
    const a = await articleOf(FIRE);
    const { questions } = generateQuiz([a], { seed: 1 }, lang);
    expect(questions.length, 'the budget of a 150-word text').toBe(3);
    expect(questions.map((q) => q.type)).toContain('who-said');
    expect(questions.find((q) => q.type === 'who-said')!.answer).toBe('Jonas Brandt');
  });

  it('is rated as its judges accept it: over a side figure of the same report', async () => {
    const a = await articleOf(FIRE);
    const view = articleView(a, lang);
    const chance = (q: Parameters<typeof questionFeatures>[0]): number => acceptability(questionFeatures(q, view));
    const quote = (await ask(whoSaid, FIRE)).find((q) => q.answer === 'Jonas Brandt')!;
    const damage = (await ask(numberGap, FIRE)).find((q) => q.answer === 'zwei Millionen')!;
    expect(chance(quote)).toBeGreaterThan(chance(damage));
  });
});
