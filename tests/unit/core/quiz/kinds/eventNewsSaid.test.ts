import { describe, expect, it } from 'vitest';
import { eventNews } from '../../../../../src/core/quiz/kinds/eventNews';
import { eventNewsSaid } from '../../../../../src/core/quiz/kinds/eventNewsSaid';
import { ask, line } from './helpers';

/** After the lead: three other men the story names, the answer's rivals. */
const REST = [
  'Bürgermeister Lars Holm empfing ihn am Hafen.',
  'Begleitet wurde er von Staatssekretär Jonas Falk.',
  'Zuletzt war Landrat Erik Dahl im Jahr 2019 in Oslo gewesen.',
].join(' ');

describe('questions on a lead that tells what someone announced, demanded or warned of', () => {
  it.each([
    ['an infinitive with `zu` after the verb of saying', `Kiel – Der Fischereiminister Ole Brandt hat angekündigt, die Fangquoten für Hering deutlich senken zu wollen. ${REST}`, ['Wer hat angekündigt, die Fangquoten für Hering deutlich senken zu wollen? → Ole Brandt']],
    ['a `dass` clause after a separated verb of saying', `Der Fischereiminister Ole Brandt kündigte am Montag an, dass die Fangquoten für Hering sinken. ${REST}`, ['Wer kündigte am Montag an, dass die Fangquoten für Hering sinken? → Ole Brandt']],
    ['what was said up to a dash, after which the author goes on', `Der Fischereiminister Ole Brandt hat gefordert, die Häfen im Norden auszubauen – doch das Geld fehlt. ${REST}`, ['Wer hat gefordert, die Häfen im Norden auszubauen? → Ole Brandt']],
    ['nothing where the saying is denied', `Der Fischereiminister Ole Brandt hat nicht angekündigt, die Fangquoten für Hering senken zu wollen. ${REST}`, []],
    ['nothing of what was said before the news (the past perfect)', `Der Fischereiminister Ole Brandt hatte angekündigt, die Fangquoten für Hering senken zu wollen. ${REST}`, []],
    ['nothing where what was said points to someone named elsewhere (`ihn`: whom?)', `Der Fischereiminister Ole Brandt hat angekündigt, ihn im Herbst nach Oslo einzuladen. ${REST}`, []],
    ['nothing of a clause the verb of saying does not govern (`wo`)', `Der Fischereiminister Ole Brandt hat gewarnt, wo die Fangquoten für Hering zu hoch sind. ${REST}`, []],
    ['nothing of a verb that is no saying', `Der Fischereiminister Ole Brandt hat versucht, die Fangquoten für Hering zu senken. ${REST}`, []],
  ])('%s', async (_, text, expected) => {
    const questions = await ask(eventNewsSaid, text);
    expect(questions.map(line)).toEqual(expected);
    for (const q of questions) expect([...q.options!].sort()).toEqual(['Erik Dahl', 'Jonas Falk', 'Lars Holm', 'Ole Brandt']);
  });

  it('asks what the plain main-news kind cannot: its clause goes on after the comma', async () => {
    expect(await ask(eventNews, `Der Fischereiminister Ole Brandt hat angekündigt, die Fangquoten für Hering deutlich senken zu wollen. ${REST}`)).toEqual([]);
  });
});
