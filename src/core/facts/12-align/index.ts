/**
 * Across articles (issue 16): group the reports that tell one event (group.ts), then line up what they say of
 * the same thing — numbers by counted thing and role, dates by the happening they date, roles and quotes of
 * people, events by actor, verb and object — as agreeing, disagreeing or differing in wording only.
 */
import type { FactsLanguage } from '../language';
import type { Alignment, ArticleFacts, StoryGroup } from '../types';
import { nameKey } from './common';
import { alignDates } from './dates';
import { alignEvents } from './events';
import { groupStories, type StoryOverride } from './group';
import { alignNumbers } from './numbers';
import { alignQuotes, alignRoles } from './people';

export { nameKey } from './common';
export { groupStories, pairEvidence, type StoryOverride } from './group';
export { countedRole, figureKey } from './numbers';

/** People name an event better than the places and organisations around it (`Brandt · Lind` before `USA`, `Rathaus`). */
const KIND_RANK = { person: 0, place: 1, organisation: 2 } as const;

/** Names most of a story's reports give, people first: what the story is about. */
function keyNamesOf(arts: ArticleFacts[]): string[] {
  const count = new Map<string, { name: string; n: number; rank: number }>();
  for (const a of arts) {
    const seen = new Set<string>();
    for (const f of a.facts) {
      if ((f.kind !== 'person' && f.kind !== 'place' && f.kind !== 'organisation') || seen.has(nameKey(f.name))) continue;
      seen.add(nameKey(f.name));
      const c = count.get(nameKey(f.name)) ?? { name: f.name, n: 0, rank: KIND_RANK[f.kind] };
      c.n++;
      count.set(nameKey(f.name), c);
    }
  }
  return [...count.values()].filter((c) => c.n * 2 >= arts.length && c.n >= 2).sort((a, b) => a.rank - b.rank || b.n - a.n || a.name.localeCompare(b.name)).map((c) => c.name);
}

/** A date row and an event row from the same sentences tell one thing: the event row, which says who did what, stays. */
function withoutRepeats(alignments: Alignment[]): Alignment[] {
  const events = alignments.filter((a) => a.kind === 'event').map((a) => new Set(a.mentions.map((m) => `${m.article}@${m.evidence.start}`)));
  return alignments.filter((a) => a.kind !== 'date' || !events.some((e) => a.mentions.every((m) => e.has(`${m.article}@${m.evidence.start}`))));
}

export function alignArticles(articles: ArticleFacts[], lang?: FactsLanguage, overrides: readonly StoryOverride[] = []): StoryGroup[] {
  return groupStories(articles, lang?.stories, overrides).map((group) => {
    const arts = articles.filter((a) => group.includes(a.article));
    const alignments = arts.length < 2 ? [] : withoutRepeats([...alignNumbers(arts, lang), ...alignDates(arts, lang), ...alignRoles(arts), ...alignQuotes(arts), ...alignEvents(arts)]);
    return { articles: group, keyNames: keyNamesOf(arts), alignments };
  });
}
