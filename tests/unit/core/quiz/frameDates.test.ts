/**
 * A date the report names again and again is its frame (a poll's baseline month), not one event's time: not asked
 * (issue 15, rounds a–ii: such dates judged acceptable in 7 of 29 judgements).
 */
import { describe, expect, it } from 'vitest';
import { dateGap } from '../../../../src/core/quiz/kinds/date';
import { ask } from './kinds/helpers';

const POLL = [
  'Im Vertrauensindex von Nordhafen liegt Bürgermeisterin Mara Lind mit 14 Punkten vorne.',
  'Verkehrsminister Ole Brandt verlor seit Februar drei Punkte.',
  'Stadträtin Karin Dahl gewann seit Februar vier Punkte dazu.',
  'Der Unternehmer Lars Falk legte seit Februar um zwei Punkte zu.',
  'Die nächste Wahl findet am 12. Oktober statt.',
].join(' ');

const answers = async (text: string): Promise<string[]> => (await ask(dateGap, text)).map((q) => q.answer);

describe('dates named three times or more', () => {
  it('asks not the poll’s baseline month, named in three sentences', async () => {
    const asked = await answers(POLL);
    expect(asked).toContain('am 12. Oktober');
    expect(asked).not.toContain('seit Februar');
  });

  it('asks a date named twice', async () => {
    const twice = POLL.replace('Der Unternehmer Lars Falk legte seit Februar um zwei Punkte zu.', 'Der Unternehmer Lars Falk legte um zwei Punkte zu.');
    expect(await answers(twice)).toContain('seit Februar');
  });
});
