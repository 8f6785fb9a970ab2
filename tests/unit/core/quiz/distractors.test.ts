import { describe, expect, it } from 'vitest';
import type { EntityFact } from '../../../../src/core/facts/types';
import { event } from '../../../../src/core/quiz/kinds/event';
import { nameCloze } from '../../../../src/core/quiz/kinds/nameCloze';
import { whoSaid } from '../../../../src/core/quiz/kinds/whoSaid';
import { numberVariants, otherNames } from '../../../../src/core/quiz/distractors';
import { mulberry32 } from '../../../../src/core/quiz/random';
import { ask, lang } from './kinds/helpers';

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });
const body = (name: string, mentions: string[] = []): EntityFact => ({
  id: name,
  kind: 'organisation',
  name,
  role: null,
  mentions: mentions.map((m) => span(m)),
  span: span(name),
  evidence: span(name),
  sentence: 0,
});

describe('wrong options that could not also be right', () => {
  it('never offers another name of the answer\'s own body (`Bitkom` is `der Digitalverband`)', () => {
    const bitkom = body('Bitkom', ['Digitalverband']);
    const pool = [bitkom, body('Digitalverband'), body('Eco'), body('Verdi')];
    expect(otherNames(bitkom, pool).sort()).toEqual(['Eco', 'Verdi']);
  });

  it('offers by surname only the last words that are surnames (no `Un` of `Kim Jong Un`, no `Jong-un`)', () => {
    const person = (name: string): EntityFact => ({ ...body(name), kind: 'person' });
    const pool = ['Kim Jong Un', 'Kim Jong-un', 'Sergej Lawrow', 'Juri Uschakow'].map(person);
    expect(otherNames(person('Wladimir Putin'), pool, 'Putin').sort()).toEqual(['Lawrow', 'Uschakow']);
  });

  it('offers an acronym only beside acronyms, a full name only beside full names', () => {
    expect(otherNames(body('NATO'), [body('UNO'), body('Vereinte Nationen'), body('Greenpeace')])).toEqual(['UNO']);
  });

  it('takes no newspaper for a person: it is asked about and offered as no one', async () => {
    const text = [
      'Bürgermeisterin Mara Lind eröffnete am Montag die neue Brücke.',
      'Verkehrsminister Ole Brandt lobte den Bau der Brücke sehr.',
      'Direktorin Anna Roth leitete die Arbeiten.',
      'Die Zeitung Rodong Sinmun berichtete am Dienstag ausführlich über die Brücke.',
      '„Die Brücke verbindet zwei Stadtteile“, sagte Lind.',
      // A second speaker: who-said is asked only between two.
      'Brandt sagte, der Bau habe nur ein einziges Jahr gedauert.',
      'Am Abend feierte auch Lea Sommer mit vielen Gästen auf der Brücke.',
    ].join(' ');
    for (const kind of [event, nameCloze, whoSaid]) {
      const questions = await ask(kind, text);
      expect(questions.length, kind.name).toBeGreaterThan(0);
      for (const q of questions) expect([q.answer, ...(q.options ?? [])], kind.name).not.toContain('Rodong Sinmun');
    }
  });
});

describe('wrong numbers of the answer\'s form', () => {
  it('moves a round range by a round step (`20 bis 30` → `10 bis 20`, never `23 bis 33`)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const options = numberVariants('20 bis 30', lang, mulberry32(seed));
      expect(options.length, `seed ${seed}`).toBeGreaterThanOrEqual(2);
      for (const o of options) expect(o, `seed ${seed}`).toMatch(/^\d*0 bis \d*0$/);
    }
  });

  it.each([
    ['10.000', /^\d{1,3}(?:\.\d00)?$/, (o: string) => Number(o.replace('.', '')) % 5000],
    ['30', /^\d+$/, (o: string) => Number(o) % 5],
  ])('offers a round answer (`%s`) among options as round, not as the only round one', (answer, shape, rest) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const options = numberVariants(answer, lang, mulberry32(seed));
      expect(options.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
      for (const o of options) {
        expect(o, `seed ${seed}`).toMatch(shape);
        expect(rest(o), `${o}, seed ${seed}`).toBe(0);
      }
    }
  });
});
