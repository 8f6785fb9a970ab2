import { describe, expect, it } from 'vitest';
import { eventRelative } from '../../../../../src/core/quiz/kinds/eventRelative';
import { ask, line } from './helpers';

/** Three more men, so a `Wer` question about a man has wrong options of his gender. */
const PEOPLE = 'Bürgermeister Tom Lind eröffnete am Dienstag die neue Brücke. Die Arbeiten leitete Professor Jan Berg. Die Pläne zeichnete Direktor Paul Roth.';

describe('who-did-it questions of a relative clause on a name', () => {
  it.each([
    ['a clause in the perfect, its participle kept at the end', 'Der Film zeigt Ole Brandt, der in der Serie den Kapitän gespielt hat, als alten Mann.', ['Wer hat in der Serie den Kapitän gespielt? → Ole Brandt']],
    ['a clause in the present', 'Im Rathaus sprach Ole Brandt, der seit Jahren die Werft in Nordhafen leitet, über die Pläne.', ['Wer leitet seit Jahren die Werft in Nordhafen? → Ole Brandt']],
    ['nothing where the pronoun is the object (`den`)', 'Im Rathaus sprach Ole Brandt, den der Rat im Mai in Nordhafen gewählt hat, über die Pläne.', []],
    ['nothing where another subject follows the pronoun (`die Lind …`: whom she called)', 'Im Rathaus sprach Mia Brandt, die Lind am Montag aus Nordhafen anrief, über die Pläne.', []],
    ['nothing where the pronoun is of the other gender (`der` after a woman: a dative)', 'Im Rathaus sprach Mia Brandt, der die Stadt im Mai den Preis verlieh, über die Pläne.', []],
    ['nothing of a modal (what he wants, not what he did)', 'Im Rathaus sprach Ole Brandt, der die Werft in Nordhafen leiten will, über die Pläne.', []],
    ['nothing of the past perfect (what came before the story)', 'Im Rathaus sprach Ole Brandt, der die Werft in Nordhafen geleitet hatte, über die Pläne.', []],
    ['nothing of a verb whose particle stands apart in a main clause (`abschlägt`: `schlägt … ab`)', 'Im Rathaus sprach Ole Brandt, der kommende Woche in Nordhafen abschlägt, über die Pläne.', []],
  ])('%s', async (_, sentence, expected) => {
    const questions = await ask(eventRelative, `${PEOPLE} ${sentence}`);
    expect(questions.map(line)).toEqual(expected);
    for (const q of questions) expect(q.options!.sort()).toEqual(['Jan Berg', 'Ole Brandt', 'Paul Roth', 'Tom Lind']);
  });

  it('asks nothing where the text names too few others of the answer\'s gender', async () => {
    expect((await ask(eventRelative, 'Der Film zeigt Ole Brandt, der in der Serie den Kapitän gespielt hat, als alten Mann.')).map(line)).toEqual([]);
  });
});
