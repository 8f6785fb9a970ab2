/**
 * Options whose form gives nothing away (issue 15, round v: `89` the only two-digit option among `104`, `131`, `151`;
 * `im Januar 2015` made beside the text's `im Jänner 2014`).
 */
import { describe, expect, it } from 'vitest';
import { dateGap } from '../../../../src/core/quiz/kinds/date';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { ask } from './kinds/helpers';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

const digits = (o: string): number => o.replace(/\D/g, '').length;

describe('number options have the answer\'s number of digits', () => {
  it.each([
    ['Die Fluglinie Nordair bietet den Flug von Nordhafen nach Südkamp künftig ab 89 Euro an.', '89'],
    ['Die Stadt Nordhafen stellte am Montag 94 neue Busfahrer ein.', '94'],
    ['Die Gemeinde Nordhafen kaufte für die Schule 870 neue Laptops.', '870'],
  ])('%s → %s is not alone in its length', async (text, answer) => {
    for (const seed of SEEDS) {
      const q = (await ask(numberGap, text, seed)).find((x) => x.answer === answer);
      expect(q, `seed ${seed}`).toBeDefined();
      const others = q!.options!.filter((o) => o !== answer && digits(o) !== digits(answer));
      expect(others.length, `${q!.options!.join(', ')}, seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });
});

describe('a number its sentence names again without its noun is not asked', () => {
  // Options as near as `420` are too near each other; farther ones are ruled out by it (judged: 1023 beside 701 and `sogar 703`).
  it.each([
    ['Ole Brandt sammelte in dieser Saison 412 Punkte, mit dem letzten Rennen könnten es diesmal sogar 420 werden.', '412'],
    ['Der Chor von Nordhafen zählte 505 Sänger, zum Fest am Sonntag könnten es sogar 520 werden.', '505'],
    // The figure inside a reported clause, which a quote fact spans whole.
    ['Der Chor von Nordhafen zählt derzeit 505 Mitglieder, Ole Brandt hofft, dass es bis Juni 520 sind.', '505'],
  ])('%s → no %s', async (text, answer) => {
    for (const seed of [1, 2, 3]) expect((await ask(numberGap, text, seed)).map((q) => q.answer), `seed ${seed}`).not.toContain(answer);
  });
});

describe('made month options follow the text\'s spelling', () => {
  // A shortened name the text writes (`Sept.`) stays the full one.
  it.each([
    ['Die Brücke in Nordhafen wurde im Juli 2015 eröffnet. Geplant war sie schon im Jänner 2014.', 'im Juli 2015', 'Jänner', /Januar/u],
    ['Ole Brandt trat sein Amt im Juli 2015 an. Seine Vorgängerin ging im Feber 2015, gewählt im Sept. 2013.', 'im Juli 2015', 'Feber', /Februar|Sept\b/u],
  ])('%s → %s: %s, never %s', async (text, answer, kept, never) => {
    let seen = false;
    for (const seed of SEEDS) {
      const q = (await ask(dateGap, text, seed)).find((x) => x.answer === answer);
      expect(q, `seed ${seed}`).toBeDefined();
      expect(q!.options!.join(' | '), `seed ${seed}`).not.toMatch(never);
      seen ||= q!.options!.some((o) => o.includes(kept));
    }
    expect(seen).toBe(true);
  });
});

describe('a date in `Mai` has other months as options', () => {
  // `Mai` is as short as the abbreviations `Jan` or `Okt` but a full name; `Mainz` holds no month.
  it.each([
    ['Die neue Fähre von Nordhafen fährt seit Mai 2019 nach Südkamp. Ole Brandt leitet die Reederei.', 'seit Mai 2019'],
    ['Ole Brandt wurde im Mai 2016 in Mainz zum Vorsitzenden des Vereins Nordland gewählt.', 'im Mai 2016'],
  ])('%s → %s', async (text, answer) => {
    for (const seed of [1, 2, 3]) {
      const q = (await ask(dateGap, text, seed)).find((x) => x.answer === answer);
      expect(q, `seed ${seed}`).toBeDefined();
      const others = q!.options!.filter((o) => o !== answer);
      expect(others.every((o) => /^\p{L}+ \p{Lu}\p{Ll}+ \d{4}$/u.test(o) && o.endsWith(answer.slice(-4))), `${q!.options!.join(' | ')}, seed ${seed}`).toBe(true);
    }
  });
});
