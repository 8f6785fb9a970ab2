import { describe, expect, it } from 'vitest';
import { event } from '../../../../../src/core/quiz/kinds/event';
import { ask, line } from './helpers';

const PEOPLE = 'Bürgermeisterin Mara Lind eröffnete am Dienstag die neue Brücke. Ingenieur Tom Berg leitete die Arbeiten.';

describe('who-did-it questions', () => {
  it.each([
    ['a predicate with its object', `${PEOPLE} Verkehrsminister Ole Brandt lobte den Bau der Brücke.`, ['Wer lobte den Bau der Brücke? → Ole Brandt']],
    ['no predicate too short to say anything', `${PEOPLE} Verkehrsminister Ole Brandt lachte.`, []],
    ['no predicate that quotes', `${PEOPLE} Verkehrsminister Ole Brandt nannte den Bau ein „Wunder der Technik“.`, []],
    ['no predicate in the plural', 'Bürgermeisterin Mara Lind eröffnete am Dienstag die Brücke. Verkehrsminister Ole Brandt und Ingenieur Tom Berg besuchten die Baustelle am Mittwoch.', []],
  ])('%s', async (_, text, expected) => {
    const lines = (await ask(event, text)).map(line).filter((l) => l.includes('Ole Brandt'));
    expect(lines).toEqual(expected);
  });
});
