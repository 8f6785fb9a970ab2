import { describe, expect, it } from 'vitest';
import { factsOf } from '../../../../../src/core/quiz';
import { crossSource } from '../../../../../src/core/quiz/kinds/crossSource';
import { mulberry32 } from '../../../../../src/core/quiz/random';
import { articleOf, lang } from './helpers';

const REPORT = (containers: string) => `Ministerpräsident Lars Holm hat Oslo besucht. Nach Angaben der Regierung brachte Holm ${containers} Container mit Hilfsgütern mit. Außenministerin Karin Dahl sagte, man sei zufrieden.`;

/** Each question as one line, its options sorted: their order is the shuffle's. */
async function askAcross(reports: [string, string | null, string?][]) {
  const articles = await Promise.all(reports.map(async ([text, outlet, title], i) => ({ ...(await articleOf(text, `r${i}.txt`, outlet)), title: title ?? null })));
  return crossSource.ask({ articles, facts: factsOf(articles, lang), lang, rand: mulberry32(1) }).map((q) => `${q.prompt} → ${q.answer} [${[...(q.options ?? [])].sort().join(' | ')}]`);
}

describe('cross-source questions', () => {
  it.each<[string, [string, string | null, string?][], string[]]>([
    ['outlets that disagree on a number, named with their article', [[REPORT('11.000'), 'taz'], [REPORT('10.000'), 'dpa']], [
      'Welche Zahl nennt die taz für „Container mit Hilfsgütern“? → 11.000 Container mit Hilfsgütern [10.000 Container mit Hilfsgütern | 11.000 Container mit Hilfsgütern]',
    ]],
    ['one question about the outlet that stands out, one option per figure', [[REPORT('rund 11.000'), 'Reuters'], [REPORT('etwa 11.000'), 'AFP'], [REPORT('10.000'), 'Spiegel']], [
      'Welche Zahl nennt der Spiegel für „Container mit Hilfsgütern“? → 10.000 Container mit Hilfsgütern [10.000 Container mit Hilfsgütern | rund 11.000 Container mit Hilfsgütern]',
    ]],
    ['reports without an outlet, named by their title', [[REPORT('11.000'), null, 'Holm bringt Hilfe nach Oslo und Bergen mit'], [REPORT('10.000'), null, 'Hilfe für Norwegen']], [
      'Welche Zahl nennt der Bericht „Holm bringt Hilfe nach Oslo und …“ für „Container mit Hilfsgütern“? → 11.000 Container mit Hilfsgütern [10.000 Container mit Hilfsgütern | 11.000 Container mit Hilfsgütern]',
    ]],
    ['reports with neither outlet nor title, named by their place', [[REPORT('11.000'), null], [REPORT('10.000'), null]], [
      'Welche Zahl nennt Artikel 1 für „Container mit Hilfsgütern“? → 11.000 Container mit Hilfsgütern [10.000 Container mit Hilfsgütern | 11.000 Container mit Hilfsgütern]',
    ]],
    ['outlets that agree', [[REPORT('11.000'), 'taz'], [REPORT('11.000'), 'dpa']], []],
    ['two reports of one outlet, which a prompt cannot tell apart', [[REPORT('11.000'), 'taz'], [REPORT('10.000'), 'taz']], []],
  ])('%s', async (_, reports, expected) => {
    expect(await askAcross(reports)).toEqual(expected);
  });
});
