import { describe, expect, it } from 'vitest';
import { role } from '../../../../../src/core/quiz/kinds/role';
import { ask, line } from './helpers';

const PEOPLE = 'Die Stadt Nordhafen baut eine Brücke. Außenministerin Karin Dahl besuchte die Baustelle. Verkehrsminister Ole Brandt lobte den Bau. Ingenieur Tom Berg leitete die Arbeiten.';

describe('role questions', () => {
  it.each([
    ['a role word, with options of the same gender', PEOPLE, 'Welche Funktion hat Karin Dahl laut dem Text? → Außenministerin', /in$/],
    ['who holds a role, with other people as options', PEOPLE, 'Wer ist laut dem Text Verkehrsminister? → Ole Brandt', /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u],
    ['a role with an adjective, keeping its article', `Der junge König, Felipe Ramos, empfing am Montag den Minister Jan Ott. ${PEOPLE}`, 'Wer ist laut dem Text der junge König? → Felipe Ramos', /\p{Lu}/u],
  ])('%s', async (_, text, expected, optionShape) => {
    const questions = await ask(role, text);
    const q = questions.find((x) => line(x) === expected);
    expect(q?.options).toContain(q?.answer);
    for (const o of q!.options!) expect(o).toMatch(optionShape);
  });

  it('asks no "who is" for a role phrase that cannot follow "Wer ist"', async () => {
    const prompts = (await ask(role, `Die Firma ehrte den neuen Chef Jan Ott am Montag. ${PEOPLE}`)).map((q) => q.prompt);
    expect(prompts.filter((p) => p.includes('dem neuen Chef') || p.includes('den neuen Chef'))).toEqual([]);
  });
});
