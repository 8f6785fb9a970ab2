/**
 * Which reports tell one event (issue 16). Two reports are linked when they share specific names (people,
 * places, organisations) AND their content words overlap, weighted by how rare each word is among the texts
 * at hand; one shared name (`USA`) is not enough. Reports dated far apart are never one event. A group grows
 * only by reports linked to at least half of its members, so one loose link does not chain stories together.
 */
import type { StoryRules } from '../language';
import type { ArticleFacts } from '../types';
import { nameKey } from './common';

/** The learner's choice for one text: keep it alone (`with: null`) or put it with another text's story. */
export interface StoryOverride {
  article: string;
  with: string | null;
}

/**
 * Content overlap (idf-weighted cosine of content words) that links two reports, by how many names they share.
 * Set from general reasoning about news and checked on eval/stories (invented events mixed with unrelated news).
 */
const LINK_WITH_MANY_NAMES = 0.03;
const LINK_WITH_NAMES = 0.08;
/** Reports sharing this many names (people, places, organisations) tell one event unless their words say otherwise. */
const MANY_NAMES = 4;
const LINK_WITH_ONE_NAME = 0.15;
const LINK_WITHOUT_NAMES = 0.3;
/** Reports whose dates lie further apart than this are of different events (a follow-up is a new story). */
const MAX_DAYS_APART = 7;

function namesOf(a: ArticleFacts): Set<string> {
  const s = new Set<string>();
  for (const f of a.facts) if (f.kind === 'person' || f.kind === 'place' || f.kind === 'organisation') s.add(nameKey(f.name));
  return s;
}

/** Day number of an ISO date, and whether it is given to the day (`2024-06-18`) or the month only. */
function dayOf(iso: string | null): { day: number; exact: boolean } | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return null;
  return { day: Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 15)) / 86_400_000, exact: m[3] !== undefined };
}

function farApart(a: string | null, b: string | null): boolean {
  const x = dayOf(a);
  const y = dayOf(b);
  if (!x || !y) return false;
  // a month-only date may be any day of it
  return Math.abs(x.day - y.day) > MAX_DAYS_APART + (x.exact && y.exact ? 0 : 16);
}

export interface PairEvidence {
  sharedNames: string[];
  overlap: number;
  linked: boolean;
}

/** Why two reports are (not) one event; exported for tests and the evaluation. */
export function pairEvidence(articles: ArticleFacts[], rules?: StoryRules): (i: number, j: number) => PairEvidence {
  const names = articles.map(namesOf);
  const words = articles.map((a, i) => new Set((a.keywords ?? []).filter((w) => !rules?.commonWords.has(w) && !names[i]!.has(w))));
  const df = new Map<string, number>();
  for (const set of [...words, ...names]) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const n = articles.length;
  const weight = (w: string): number => Math.log(1 + n / (df.get(w) ?? 1));
  const norm = words.map((set) => Math.sqrt([...set].reduce((s, w) => s + weight(w) ** 2, 0)));
  return (i, j) => {
    const sharedNames = [...names[i]!].filter((x) => names[j]!.has(x));
    const shared = [...words[i]!].filter((w) => words[j]!.has(w));
    const overlap = norm[i]! && norm[j]! ? shared.reduce((s, w) => s + weight(w) ** 2, 0) / (norm[i]! * norm[j]!) : 0;
    const need = sharedNames.length >= MANY_NAMES ? LINK_WITH_MANY_NAMES : sharedNames.length >= 2 ? LINK_WITH_NAMES : sharedNames.length === 1 ? LINK_WITH_ONE_NAME : LINK_WITHOUT_NAMES;
    return { sharedNames, overlap, linked: overlap >= need && !farApart(articles[i]!.date, articles[j]!.date) };
  };
}

export function groupStories(articles: ArticleFacts[], rules?: StoryRules, overrides: readonly StoryOverride[] = []): string[][] {
  const evidence = pairEvidence(articles, rules);
  const links: { i: number; j: number; overlap: number }[] = [];
  const linked = new Set<string>();
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const e = evidence(i, j);
      if (!e.linked) continue;
      links.push({ i, j, overlap: e.overlap });
      linked.add(`${i}|${j}`);
    }
  }
  const groupOf = articles.map((_, i) => i);
  const members = new Map(articles.map((_, i) => [i, [i]]));
  const isLinked = (a: number, b: number): boolean => linked.has(a < b ? `${a}|${b}` : `${b}|${a}`);
  // Strongest links first: a report joins the story it shares most with.
  for (const { i, j } of links.sort((a, b) => b.overlap - a.overlap)) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    const cross = a.flatMap((x) => b.map((y) => isLinked(x, y))).filter(Boolean).length;
    if (cross * 2 < a.length * b.length) continue;
    for (const x of b) groupOf[x] = gi;
    a.push(...b);
    members.delete(gj);
  }
  const groups = [...members.values()].map((g) => g.sort((x, y) => x - y).map((i) => articles[i]!.article));
  return applyOverrides(groups, overrides);
}

/** The learner's moves win over the engine's grouping, in the order they were made. */
function applyOverrides(groups: string[][], overrides: readonly StoryOverride[]): string[][] {
  let out = groups.map((g) => [...g]);
  for (const o of overrides) {
    if (!out.some((g) => g.includes(o.article)) || (o.with !== null && !out.some((g) => g.includes(o.with!)))) continue;
    out = out.map((g) => g.filter((a) => a !== o.article));
    if (o.with === null) out.push([o.article]);
    else out.find((g) => g.includes(o.with!))!.push(o.article);
    out = out.filter((g) => g.length > 0);
  }
  return out;
}
