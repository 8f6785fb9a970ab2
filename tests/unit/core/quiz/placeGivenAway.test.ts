/**
 * Issue 15: a place gap the text answers for a reader who has not understood its sentence (judged: `Istanbul – … in der
 * ___` → Türkei) is not asked; a city whose country its sentence names is asked among that country's cities only.
 */
import { describe, expect, it } from 'vitest';
import { event } from '../../../../src/core/quiz/kinds/event';
import { placeCloze } from '../../../../src/core/quiz/kinds/nameCloze';
import { ask } from './kinds/helpers';

const answers = async (text: string): Promise<string[]> => (await ask(placeCloze, text)).map((q) => q.answer);

describe('country gaps the text gives away', () => {
  const report = (dateline: string, police = 'die Polizei'): string =>
    `${dateline} – Nach der Wahl in der Türkei hat ${police} zwei Reporter festgenommen. Ihre Zeitung erscheint seit Jahren. Die Ministerin Mara Lind reiste im Mai nach Berlin und nach Hamburg.`;

  it('asks no country whose city the dateline names (`Antalya – … in der ___`), but one a dateline elsewhere leaves open', async () => {
    expect(await answers(report('Antalya'))).not.toContain('Türkei');
    expect(await answers(report('Kiel'))).toContain('Türkei');
  });

  it('asks no country its own sentence names by its adjective or its people (`türkische Polizisten`, `Türken`)', async () => {
    expect(await answers(report('Kiel', 'die türkische Polizei'))).not.toContain('Türkei');
    expect(await answers(report('Kiel', 'ein Trupp von Türken'))).not.toContain('Türkei');
  });

  it('asks no country whose city its own sentence names (`in Antalya`), nor as the subject of `Welches Land …?`', async () => {
    expect(await answers('Kiel – Nach der Wahl in der Türkei hat die Polizei in Antalya zwei Reporter festgenommen. Die Ministerin Mara Lind reiste im Mai nach Berlin und nach Hamburg.')).not.toContain('Türkei');
    const text = 'Kiel – Die Ministerin Mara Lind reiste im Mai nach Oslo. Sie lobte die Hilfe. Dänemark hat am Montag in Odense 100 Experten für die Grenze zugesagt. Die Lage sei ernst. Auch Schweden hilft. Norwegen zögert noch.';
    const asked = (t: string): Promise<string[]> => ask(event, t).then((qs) => qs.map((q) => q.answer));
    expect(await asked(text)).not.toContain('Dänemark');
    expect(await asked(text.replace(' in Odense', ''))).toContain('Dänemark');
  });
});

describe('city gaps whose country the sentence names', () => {
  const text = (others: string): string =>
    `Die Ministerin Mara Lind reiste im Mai nach ${others}. Daher ist die von der Regierung in Berlin geforderte Hilfe für Deutschland kein Thema.`;

  it('offers only cities of that country (`in ___ … für Deutschland`: Hamburg, Köln; not Wien, Paris)', async () => {
    const berlin = (await ask(placeCloze, text('Hamburg. Danach flog sie nach Wien. Zuletzt war sie in Köln und am Ende in Paris'))).find((q) => q.answer === 'Berlin');
    expect(berlin?.options?.sort()).toEqual(['Berlin', 'Hamburg', 'Köln']);
  });

  it('asks no such city where the story names too few of that country\'s', async () => {
    expect(await answers(text('Hamburg. Danach flog sie nach Wien. Zuletzt war sie in Paris'))).not.toContain('Berlin');
  });
});
