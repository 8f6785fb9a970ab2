import { describe, expect, it } from 'vitest';
import { trueFalse } from '../../../../../src/core/quiz/kinds/trueFalse';
import { ask } from './helpers';

const TEXT = [
  'Bürgermeisterin Mara Lind eröffnete am Dienstag die neue Brücke in Nordhafen.',
  'Der Bau kostete 12 Millionen Euro.',
  'Verkehrsminister Ole Brandt kam am Mittwoch nach Südstadt.',
  'Außenministerin Karin Dahl lobte die Brücke.',
].join(' ');

describe('true/false questions', () => {
  it('states roles in its own words, true or with someone else\'s role, never a sentence of the text', async () => {
    const answers = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      for (const q of await ask(trueFalse, TEXT, seed)) {
        const [, name, role] = /^Richtig oder falsch\? (.+) ist laut dem Text (\S+)\.$/.exec(q.prompt)!;
        const truth = { 'Mara Lind': 'Bürgermeisterin', 'Ole Brandt': 'Verkehrsminister', 'Karin Dahl': 'Außenministerin' }[name!];
        expect(q.answer).toBe(role === truth ? 'richtig' : 'falsch');
        // A woman's role stays a woman's role when it is swapped.
        expect(role!.endsWith('in')).toBe(truth!.endsWith('in'));
        expect(TEXT).not.toContain(q.prompt.slice('Richtig oder falsch? '.length));
        answers.add(q.answer);
      }
    }
    expect([...answers].sort()).toEqual(['falsch', 'richtig']);
  });
});
