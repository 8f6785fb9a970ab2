import { describe, expect, it } from 'vitest';
import { event } from '../../../../../src/core/quiz/kinds/event';
import { ask, line } from './helpers';

const PEOPLE = 'Bürgermeisterin Mara Lind eröffnete am Dienstag die neue Brücke. Die Arbeiten leitete Professor Jan Berg. Die Pläne zeichnete Direktorin Anna Roth.';

describe('who-did-it questions', () => {
  it.each([
    ['a predicate with its object', `${PEOPLE} Verkehrsminister Ole Brandt lobte den Bau der Brücke.`, ['Wer lobte den Bau der Brücke? → Ole Brandt']],
    ['no predicate too short to say anything', `${PEOPLE} Verkehrsminister Ole Brandt lachte.`, []],
    ['no predicate that quotes', `${PEOPLE} Verkehrsminister Ole Brandt nannte den Bau ein „Wunder der Technik“.`, []],
    ['no predicate with `sind`', `${PEOPLE} Verkehrsminister Ole Brandt sind im Rathaus die Pläne gezeigt worden.`, []],
    ['no predicate in the plural', 'Bürgermeisterin Mara Lind eröffnete am Dienstag die Brücke. Verkehrsminister Ole Brandt und Ingenieur Tom Berg besuchten die Baustelle am Mittwoch.', []],
    ['no predicate that points back to an earlier sentence', `${PEOPLE} Verkehrsminister Ole Brandt lobte ebenfalls den Bau der Brücke.`, []],
    ['nothing about a phrase in capitals that shows no sign of being a person', `${PEOPLE} Lame Duck lobte den Bau der Brücke sehr.`, []],
  ])('%s', async (_, text, expected) => {
    const questions = (await ask(event, text)).filter((q) => /Ole Brandt|Lame Duck/.test(line(q)));
    expect(questions.map(line)).toEqual(expected);
    // Three options at least, people only: a body or a phrase in capitals is no one's rival.
    for (const q of questions) expect(q.options!.sort()).toEqual(['Anna Roth', 'Jan Berg', 'Mara Lind', 'Ole Brandt']);
  });
});

describe('who-did-it questions on what the sentence does not make the subject', () => {
  it('asks no "who" of a dative opening', async () => {
    const text = `${PEOPLE} Dem Hersteller Jan Ott GmbH wird irreführende Werbung für das neue Gerät vorgeworfen.`;
    expect((await ask(event, text)).map(line).filter((l) => l.startsWith('Wer wird irreführende Werbung'))).toEqual([]);
  });
});

describe('who-did-it options', () => {
  it('offers nobody the question names (`Wer weist Roths Vorwurf zurück?` is not answered `Anna Roth`)', async () => {
    const text = `${PEOPLE} Verkehrsminister Ole Brandt wies Roths Vorwurf gegen die Baufirma am Freitag zurück.`;
    const q = (await ask(event, text)).find((x) => x.answer === 'Ole Brandt');
    expect(q?.prompt).toBe('Wer wies Roths Vorwurf gegen die Baufirma am Freitag zurück?');
    expect(q!.options!.sort()).toEqual(['Jan Berg', 'Mara Lind', 'Ole Brandt']);
  });
});
