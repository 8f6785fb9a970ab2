/**
 * Across articles: group articles about the same story (shared names), then align facts that
 * speak of the same thing — numbers by what they count, roles by person — as agreeing or not.
 */
import type { Alignment, AlignedMention, ArticleFacts, EntityFact, NumberFact, StoryGroup } from './types';

/** Share of names two articles must have in common to count as one story. */
const STORY_OVERLAP = 0.2;

function names(a: ArticleFacts): Set<string> {
  const s = new Set<string>();
  for (const f of a.facts) if (f.kind === 'person' || f.kind === 'place' || f.kind === 'organisation') s.add(f.name);
  return s;
}

export function groupStories(articles: ArticleFacts[]): string[][] {
  const sets = articles.map(names);
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      const shared = [...a].filter((x) => b.has(x)).length;
      if ((shared >= 2 || (shared >= 1 && Math.min(a.size, b.size) <= 2)) && shared / Math.max(1, Math.min(a.size, b.size)) >= STORY_OVERLAP) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, string[]>();
  articles.forEach((a, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), a.article]));
  return [...groups.values()];
}

const mention = (a: ArticleFacts, factId: string, wording: string, evidence: AlignedMention['evidence']): AlignedMention => ({ article: a.article, outlet: a.outlet, factId, wording, evidence });

export function alignArticles(articles: ArticleFacts[]): StoryGroup[] {
  const stories: StoryGroup[] = [];
  for (const group of groupStories(articles)) {
    const arts = articles.filter((a) => group.includes(a.article));
    const alignments: Alignment[] = [];
    // Numbers: same counted thing and unit.
    const byKey = new Map<string, { a: ArticleFacts; f: NumberFact }[]>();
    for (const a of arts) {
      for (const f of a.facts) {
        if (f.kind !== 'number' || !f.countedKey || f.value === null) continue;
        const key = `${f.unit}:${f.countedKey}`;
        const list = byKey.get(key) ?? [];
        // one figure per article and thing: the first the article gives
        if (!list.some((x) => x.a === a)) list.push({ a, f });
        byKey.set(key, list);
      }
    }
    for (const list of byKey.values()) {
      if (list.length < 2) continue;
      const values = new Set(list.map((x) => `${x.f.value}-${x.f.valueTo}`));
      const qualifiers = new Set(list.map((x) => x.f.qualifier ?? ''));
      alignments.push({
        kind: 'number',
        topic: list[0]!.f.counted ?? '',
        agree: values.size === 1 && qualifiers.size === 1,
        mentions: list.map((x) => mention(x.a, x.f.id, x.f.span.text, x.f.evidence)),
      });
    }
    // Roles: the same person named with different roles.
    const byPerson = new Map<string, { a: ArticleFacts; f: EntityFact }[]>();
    for (const a of arts) for (const f of a.facts) if (f.kind === 'person' && f.role) byPerson.set(f.name, [...(byPerson.get(f.name) ?? []), { a, f }]);
    for (const [name, list] of byPerson) {
      if (new Set(list.map((x) => x.a.article)).size < 2) continue;
      const roles = new Set(list.map((x) => x.f.role!.text.split(/\s+/).pop()));
      alignments.push({ kind: 'role', topic: name, agree: roles.size === 1, mentions: list.map((x) => mention(x.a, x.f.id, x.f.role!.text, x.f.evidence)) });
    }
    const all = arts.map(names);
    const keyNames = [...(all[0] ?? [])].filter((n) => all.every((s) => s.has(n))).sort();
    stories.push({ articles: group, keyNames, alignments });
  }
  return stories;
}
