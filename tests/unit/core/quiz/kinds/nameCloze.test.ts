import { describe, expect, it } from 'vitest';
import { nameCloze } from '../../../../../src/core/quiz/kinds/nameCloze';
import { ask, line } from './helpers';

const TEXT = [
  'Bürgermeisterin Mara Lind eröffnete die Brücke in Nordhafen.',
  'Verkehrsminister Ole Brandt lobte den Bau, Ingenieur Tom Berg ebenso.',
  'Die Regierung lehnte den Plan ab, die Partei stimmte zu.',
  'Der Sender berichtete am Abend darüber, die Zeitung am nächsten Tag.',
].join(' ');

describe('name gaps', () => {
  it.each([
    ['a person, among people', 'Welcher Name fehlt im Satz? „Verkehrsminister ___ lobte den Bau, Ingenieur Tom Berg ebenso.“ → Ole Brandt'],
    ['an institution word, asked as a word', 'Welches Wort fehlt im Satz? „Die ___ lehnte den Plan ab, die Partei stimmte zu.“ → Regierung'],
  ])('%s', async (_, expected) => {
    const questions = await ask(nameCloze, TEXT);
    expect(questions.map(line)).toContain(expected);
    const q = questions.find((x) => line(x) === expected)!;
    expect(q.options).toContain(q.answer);
    expect(q.evidence[0]!.text).toContain(q.answer);
  });

  it('offers an acronym only among acronyms', async () => {
    const questions = await ask(nameCloze, `${TEXT} Die NATO und die UNO äußerten sich nicht, auch die EU schwieg.`);
    for (const q of questions.filter((x) => /^\p{Lu}{2,6}$/u.test(x.answer))) for (const o of q.options!) expect(o).toMatch(/^\p{Lu}{2,6}$/u);
  });
});
