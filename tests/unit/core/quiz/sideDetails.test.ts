/**
 * Features of the acceptability model that tell a side detail from the news (issue 15, the judges' not-worth-asking
 * causes of rounds a–m), on invented texts: a date years before the report's own, a figure that counts the event's
 * toll rather than things beside it, a count in a paragraph of match results, a figure in an aside without a verb, and
 * a figure late in the text whose sentence names none of the story.
 */
import { describe, expect, it } from 'vitest';
import { articleView, questionFeatures, reportYear } from '../../../../src/core/quiz/choose';
import { acceptability } from '../../../../src/core/quiz/quality';
import type { Question } from '../../../../src/core/quiz';
import { articleOf, lang } from './kinds/helpers';

/** A gap question on `answer` in the sentence of `text` that holds it, as a kind would make it. */
async function features(text: string, sentence: string, answer: string, type: Question['type']): Promise<Record<string, number>> {
  const a = await articleOf(text);
  const start = a.text.indexOf(sentence);
  expect(start, sentence).toBeGreaterThanOrEqual(0);
  const prompt = `Welche Angabe fehlt im Satz? „${sentence.replace(answer, '___')}“`;
  const q: Question = { id: 'q', type, prompt, answer, difficulty: 2, evidence: [{ article: a.id, start, end: start + sentence.length, text: sentence }] };
  return questionFeatures(q, articleView(a, lang));
}

const FLOOD =
  'Nordhafen – Nach tagelangem Regen ist der Sundbach im März 2024 über die Ufer getreten. Bei dem Hochwasser wurden 14 Menschen verletzt. ' +
  'Die Feuerwehr brachte 14 Pumpen in die Altstadt. Ein Anruf bei der Hotline kostet 2 Euro. ' +
  'Das letzte große Hochwasser hatte die Stadt im Jahr 2009 erlebt.';

describe('questionFeatures: side details', () => {
  it.each([
    ['Nordhafen – Nach tagelangem Regen ist der Sundbach im März 2024 über die Ufer getreten.', 'im März 2024', 0],
    ['Das letzte große Hochwasser hatte die Stadt im Jahr 2009 erlebt.', 'im Jahr 2009', 15],
  ])('%s: %s lies %i years before the report (ten and more count alike)', async (sentence, answer, years) => {
    expect((await features(FLOOD, sentence, answer, 'date')).yearsBefore).toBeCloseTo(Math.min(10, years) / 10);
  });

  it('takes the year a report names most, not a target year it looks ahead to', async () => {
    const ahead = `${FLOOD} Bis zum Jahr 2035 soll ein neuer Damm die Altstadt schützen.`;
    expect((await features(ahead, 'Nordhafen – Nach tagelangem Regen ist der Sundbach im März 2024 über die Ufer getreten.', 'im März 2024', 'date')).yearsBefore).toBe(0);
    expect(reportYear('Der Plan von 2024 gilt bis 2035. Er wurde 2024 beschlossen.')).toBe(2024);
  });

  it('finds the year of a pasted table of 200,000 years without running out of stack', () => {
    const table = Array.from({ length: 200_000 }, (_, i) => String(1900 + (i % 125))).join(' ');
    expect(reportYear(`${table} 2024`)).toBe(2024);
  });

  it('gives a date long before the report a lower chance than one of the report', async () => {
    const now = await features(FLOOD, 'Nordhafen – Nach tagelangem Regen ist der Sundbach im März 2024 über die Ufer getreten.', 'im März 2024', 'date');
    const then = await features(FLOOD, 'Das letzte große Hochwasser hatte die Stadt im Jahr 2009 erlebt.', 'im Jahr 2009', 'date');
    expect(then.yearsBefore).toBeGreaterThan(0);
    expect(acceptability(then)).toBeLessThan(acceptability(now));
  });

  it.each([
    ['Bei dem Hochwasser wurden 14 Menschen verletzt.', '14', 1],
    ['Die Feuerwehr brachte 14 Pumpen in die Altstadt.', '14', 0],
    // A price: the money role words (`kostet`) name the price of anything.
    ['Ein Anruf bei der Hotline kostet 2 Euro.', '2', 0],
  ])('%s: %s counts by its part in the event: %i', async (sentence, answer, role) => {
    expect((await features(FLOOD, sentence, answer, 'number')).eventRole).toBe(role);
  });

  it.each([
    // A round-up of results: its side counts are sports trivia.
    ['Nordhafen gewann 2:1 gegen Südstadt, Westdorf spielte 0:0 in Ostheim. Südstadt liegt nun 5 Punkte hinter Nordhafen, Ostheim verlor 1:3.', 'Südstadt liegt nun 5 Punkte hinter Nordhafen, Ostheim verlor 1:3.', '5', 1],
    // Times of day are no results.
    ['Der Zug fuhr um 18:30 Uhr ab und kam um 20:15 Uhr an. An Bord waren 240 Fahrgäste.', 'An Bord waren 240 Fahrgäste.', '240', 0],
  ])('%s: the paragraph of %s gives results: %d', async (text, sentence, answer, share) => {
    expect((await features(text, sentence, answer, 'number')).scores).toBeCloseTo(share);
  });

  it.each([
    ['Bei dem Hochwasser wurden 14 Menschen verletzt – darunter auch 3 Kinder.', '3', 1],
    ['Bei dem Hochwasser wurden 14 Menschen verletzt – darunter auch 3 Kinder.', '14', 0],
    ['Die Feuerwehr war mit 120 Helfern im Einsatz, die Polizei mit 40.', '120', 0],
  ])('%s: %s stands in an aside without a verb: %d', async (sentence, answer, aside) => {
    expect((await features(`${FLOOD} ${sentence}`, sentence, answer, 'number')).aside).toBe(aside);
  });

  it('gives a figure in an aside a lower chance than the same figure told by its clause', async () => {
    const sentence = 'Bei dem Hochwasser wurden 14 Menschen verletzt – darunter auch 3 Kinder.';
    const x = await features(`${FLOOD} ${sentence}`, sentence, '3', 'number');
    expect(acceptability(x)).toBeLessThan(acceptability({ ...x, aside: 0 }));
  });

  // A bridge's opening, told with its main actor again and again; a village's paths in the closing sentence.
  const BRIDGE =
    'Nordhafen – Die Stadt hat am Montag ihre neue Hafenbrücke eröffnet. Rund 300 Gäste kamen zur Feier am Kai. ' +
    'Die Hafenbrücke hat 40 Millionen Euro gekostet. Bürgermeisterin Mara Lind nannte die Hafenbrücke ein Wahrzeichen. ' +
    'Täglich sollen 12.000 Autos über die Hafenbrücke fahren. Im benachbarten Südtal wurden im Sommer 30 Wanderwege markiert.';

  it.each([
    ['Im benachbarten Südtal wurden im Sommer 30 Wanderwege markiert.', '30', 1],
    // Late, but told of the bridge: the news's own figure.
    ['Täglich sollen 12.000 Autos über die Hafenbrücke fahren.', '12.000', 0],
    // Without the story's words, but early: the report is still telling its event.
    ['Rund 300 Gäste kamen zur Feier am Kai.', '300', 0],
  ])('%s: %s is a side figure: %d', async (sentence, answer, side) => {
    expect((await features(BRIDGE, sentence, answer, 'number')).sideFigure).toBe(side);
  });

  it('gives a closing figure without the story a lower chance than the same figure told of the story', async () => {
    const side = await features(BRIDGE, 'Im benachbarten Südtal wurden im Sommer 30 Wanderwege markiert.', '30', 'number');
    expect(side.sideFigure).toBe(1);
    expect(acceptability(side)).toBeLessThan(acceptability({ ...side, sideFigure: 0 }));
  });
});
