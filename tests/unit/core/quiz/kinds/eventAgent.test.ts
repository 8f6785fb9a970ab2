import { describe, expect, it } from 'vitest';
import { event } from '../../../../../src/core/quiz/kinds/event';
import { ask, line } from './helpers';

/** Three more men, so a question about a man has wrong options of his gender. */
const PEOPLE = 'Bürgermeister Tom Lind eröffnete am Dienstag die neue Brücke. Die Arbeiten leitete Professor Jan Berg. Die Pläne zeichnete Direktor Paul Roth.';

describe('by-whom questions of a passive clause', () => {
  it.each([
    ['the agent after `von`', 'Die neue Schule wurde am Montag von Verkehrsminister Ole Brandt eingeweiht.', ['Von wem wurde die neue Schule am Montag eingeweiht? → Ole Brandt']],
    ['the agent of the perfect passive (`ist … worden`)', 'Die neue Schule ist am Montag von Verkehrsminister Ole Brandt eingeweiht worden.', ['Von wem ist die neue Schule am Montag eingeweiht worden? → Ole Brandt']],
    ['nothing of `von` after a noun, whose attribute it may be', 'Die Rede von Verkehrsminister Ole Brandt wurde am Montag im Rathaus gedruckt.', []],
    ['nothing of an active clause (`erfuhr von`)', 'Die Stadt erfuhr am Montag von Verkehrsminister Ole Brandt die Pläne.', []],
  ])('%s', async (_, sentence, expected) => {
    const questions = (await ask(event, `${PEOPLE} ${sentence}`)).filter((q) => q.prompt.startsWith('Von wem'));
    expect(questions.map(line)).toEqual(expected);
    for (const q of questions) expect(q.options!.sort()).toEqual(['Jan Berg', 'Ole Brandt', 'Paul Roth', 'Tom Lind']);
  });
});
