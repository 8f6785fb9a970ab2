/**
 * A match's result asked whoever won (issue 15: sports reports never asked their main news, the score and who won): the
 * clause's side, its opponent and the score from the side's view (`quiz/match.ts`), on invented match reports (real countries: the tagger reads an invented place as a common noun).
 */
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../../../../src/core/quiz/generate';
import { result } from '../../../../../src/core/quiz/kinds/result';
import { articleOf, ask, lang, line, PEOPLE } from './helpers';

/** The kind's `Wie endete …` questions on `sentence` told after PEOPLE. */
const asked = async (sentence: string): Promise<string[]> => (await ask(result, `${PEOPLE} ${sentence}`)).map(line).filter((l) => l.startsWith('Wie endete'));

describe('a match result in one clause, asked whoever won', () => {
  it.each([
    ['the side opening the clause, a defeat after `nach dem`', 'Island steht nach dem 1:2 gegen Portugal als Absteiger fest.', 'Wie endete das Spiel Island gegen Portugal? → 1:2'],
    ['the side after the verb', 'Am Sonntag verlor Island in Kiel mit 0:3 gegen Portugal.', 'Wie endete das Spiel Island gegen Portugal? → 0:3'],
    ['a title before the side, periods in brackets', 'Der dreifache Weltmeister Dänemark behauptete sich mit 4:2 (1:0,2:1,1:1) gegen Island.', 'Wie endete das Spiel Dänemark gegen Island? → 4:2'],
    ['a side after its article, the score in a compound of a win, the opponent after `über`', 'In der Gruppe B blieb die Slowakei mit einem 3:1-Heimsieg über Island an der Spitze.', 'Wie endete das Spiel der Slowakei gegen Island? → 3:1'],
    ['a side the tagger reads as a plural noun, a place the language knows', 'Schweden gewann am Abend mit 2:1 gegen Polen.', 'Wie endete das Spiel Schweden gegen Polen? → 2:1'],
    ['an opponent named by its people, asked by its country beside a side named by its name', 'Island feierte am Abend ein 2:1 gegen die Norweger.', 'Wie endete das Spiel Island gegen Norwegen? → 2:1'],
    ['an opponent named by its people, by its country with the country\'s article', 'Island feierte am Abend ein 2:0 gegen die Slowaken.', 'Wie endete das Spiel Island gegen die Slowakei? → 2:0'],
  ])('%s', async (_, sentence, expected) => {
    expect(await asked(sentence)).toEqual([expected]);
  });

  it('offers scores of the same outcome only, never the reversed one a results table would write, nor one the sentence gives', async () => {
    const [q] = (await ask(result, `${PEOPLE} Der dreifache Weltmeister Dänemark behauptete sich mit 4:2 (1:0,2:1,1:1) gegen Island.`)).filter((x) => x.prompt.startsWith('Wie endete'));
    expect(q!.options).toHaveLength(4);
    // Every option a win of the side named first: none reads as the same score the other way round.
    expect(q!.options!.filter((o) => { const [x = 0, y = 0] = o.split(':').map(Number); return x <= y; })).toEqual([]);
    for (const o of ['2:4', '1:0', '2:1']) expect(q!.options).not.toContain(o);
  });

  it.each([
    ['a win word against the score read from the side', 'Island gewann mit 1:3 gegen Portugal.'],
    ['a state before the end', 'Island führte zur Pause mit 2:0 gegen Portugal.'],
    ['a goal', 'Jan Berg traf in der 20. Minute zum 1:0 gegen Portugal.'],
    ['a game of an earlier year', 'Island siegte 2019 mit 2:0 gegen Portugal.'],
    ['a game that may be', 'Island könnte mit einem 2:0 gegen Portugal aufsteigen.'],
    ['a side the question cannot decline', 'Der FC Porto siegte am Sonntag mit 3:1 gegen Portugal.'],
    ['two opponents', 'Island siegte mit 3:1 gegen Portugal und trifft nun auf Dänemark und gegen Finnland.'],
  ])('asks none of %s', async (_, sentence) => {
    expect(await asked(sentence)).toEqual([]);
  });

  it('is asked in the quiz, though the acceptability model rates it under its floor', async () => {
    const report = 'Kiel – Island hat am Samstag in Kiel das Finale der Handball-WM gewonnen. Island siegte im Endspiel mit 31:28 gegen Portugal. ' +
      'Trainer Ole Brandt lobte seine Mannschaft. Rund 9000 Zuschauer sahen das Spiel in der ausverkauften Halle. ' +
      'Portugal war als Titelverteidiger angereist und hatte alle Spiele der Vorrunde gewonnen.';
    const quiz = generateQuiz([await articleOf(report)], { seed: 1 }, lang);
    expect(quiz.questions.map(line)).toContain('Wie endete das Spiel Island gegen Portugal? → 31:28');
  });
});
