/**
 * Across articles: group articles about the same story (shared names), then align facts that
 * speak of the same thing — numbers by what they count, roles by person, events by who did
 * what to what or where — as agreeing or not.
 */
import type { Alignment, AlignedMention, ArticleFacts, EntityFact, EventFact, NumberFact, StoryGroup } from './types';

/** Outlets spell names differently (`Lee Jae Min`, `Lee Jae-min`): compare them without case and hyphens. */
export const nameKey = (name: string): string => name.toLowerCase().replace(/[\s-]+/g, ' ').trim();
/** A noun phrase by its last word (`ein neues Abkommen` → `abkommen`), a place by its name. */
const headKey = (phrase: string | undefined): string | null => phrase?.split(/\s+/).pop()?.toLowerCase() ?? null;
/** When an event happened: the resolved date where both texts give one, else the words (`mittwoch`). */
const whenKey = (e: EventFact): string | null => e.whenIso ?? (e.when ? e.when.text.toLowerCase().split(/\s+/).pop()! : null);

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
    for (const a of arts) for (const f of a.facts) if (f.kind === 'person' && f.role) byPerson.set(nameKey(f.name), [...(byPerson.get(nameKey(f.name)) ?? []), { a, f }]);
    for (const list of byPerson.values()) {
      if (new Set(list.map((x) => x.a.article)).size < 2) continue;
      const roles = new Set(list.map((x) => x.f.role!.text.split(/\s+/).pop()));
      alignments.push({ kind: 'role', topic: list[0]!.f.name, agree: roles.size === 1, mentions: list.map((x) => mention(x.a, x.f.id, x.f.role!.text, x.f.evidence)) });
    }
    alignments.push(...alignEvents(arts));
    const all = arts.map(names);
    const keyNames = [...(all[0] ?? [])].filter((n) => all.every((s) => s.has(n))).sort();
    stories.push({ articles: group, keyNames, alignments });
  }
  return stories;
}

/**
 * Events: the same actor and verb with the same object or place is one event; the reports
 * agree when they give it the same time. A shared verb alone is not enough (`reist nach
 * Bremen`, `reist nach Kiel` are two trips).
 */
/** The event without its time, in the text's word order (`Ott ist in Bremen eingetroffen`). */
function eventWords(f: EventFact): string {
  const [finite, tail] = f.did.split(' … ');
  return [f.who.text, finite, f.what?.text ?? f.where?.text, tail].filter(Boolean).join(' ');
}

function alignEvents(arts: ArticleFacts[]): Alignment[] {
  const byKey = new Map<string, { a: ArticleFacts; f: EventFact }[]>();
  for (const a of arts) {
    for (const f of a.facts) {
      if (f.kind !== 'event') continue;
      for (const thing of [headKey(f.what?.text), headKey(f.where?.text)]) {
        if (!thing) continue;
        const key = `${nameKey(f.actor)}|${f.verb}|${thing}`;
        const list = byKey.get(key) ?? [];
        if (!list.some((x) => x.a === a)) list.push({ a, f });
        byKey.set(key, list);
      }
    }
  }
  const out: Alignment[] = [];
  const seen = new Set<string>();
  for (const list of byKey.values()) {
    const dated = list.filter((x) => whenKey(x.f));
    const id = list.map((x) => x.f.id).join(',');
    if (dated.length < 2 || seen.has(id)) continue;
    seen.add(id);
    const f = dated[0]!.f;
    out.push({
      kind: 'event',
      topic: eventWords(f),
      agree: new Set(dated.map((x) => whenKey(x.f))).size === 1,
      mentions: dated.map((x) => mention(x.a, x.f.id, x.f.when!.text, x.f.evidence)),
    });
  }
  return out;
}
