import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../../../src/core/quiz';
import { crossSource } from '../../../../../src/core/quiz/kinds/crossSource';
import { mulberry32 } from '../../../../../src/core/quiz/random';
import { articleOf, lang } from './helpers';

const REPORT = (containers: string) => `Ministerpräsident Lars Holm hat Oslo besucht. Nach Angaben der Regierung brachte Holm ${containers} Container mit Hilfsgütern mit. Außenministerin Karin Dahl sagte, man sei zufrieden.`;

async function askAcross(reports: [string, string | null][]) {
  const articles = await Promise.all(reports.map(([text, outlet], i) => articleOf(text, `r${i}.txt`, outlet)));
  return crossSource.ask({ articles, facts: factsOf(articles, lang), lang, rand: mulberry32(1) }).map((q) => `${q.prompt} → ${q.answer}`);
}

describe('cross-source questions', () => {
  it.each<[string, [string, string | null][], string[]]>([
    ['outlets that disagree on a number', [[REPORT('11.000'), 'taz'], [REPORT('10.000'), 'dpa']], [
      'Welche Zahl nennt taz für „Container mit Hilfsgütern“? → 11.000 Container mit Hilfsgütern',
      'Welche Zahl nennt dpa für „Container mit Hilfsgütern“? → 10.000 Container mit Hilfsgütern',
      'Worin unterscheiden sich die Berichte über „Container mit Hilfsgütern“? → taz: 11.000 Container mit Hilfsgütern; dpa: 10.000 Container mit Hilfsgütern',
    ]],
    ['reports without an outlet, named by their place', [[REPORT('11.000'), null], [REPORT('10.000'), null]], [
      'Welche Zahl nennt Artikel 1 für „Container mit Hilfsgütern“? → 11.000 Container mit Hilfsgütern',
      'Welche Zahl nennt Artikel 2 für „Container mit Hilfsgütern“? → 10.000 Container mit Hilfsgütern',
      'Worin unterscheiden sich die Berichte über „Container mit Hilfsgütern“? → Artikel 1: 11.000 Container mit Hilfsgütern; Artikel 2: 10.000 Container mit Hilfsgütern',
    ]],
    ['outlets that agree', [[REPORT('11.000'), 'taz'], [REPORT('11.000'), 'dpa']], []],
    ['two reports of one outlet, which a prompt cannot tell apart', [[REPORT('11.000'), 'taz'], [REPORT('10.000'), 'taz']], []],
  ])('%s', async (_, reports, expected) => {
    expect(await askAcross(reports)).toEqual(expected);
  });
});
