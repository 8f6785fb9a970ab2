/**
 * Dates of one happening across reports (issue 16): a date aligns with another when their clauses tell the same
 * kind of event (arrival, signing, end of production), by the language's cue words. Each date was resolved against
 * its own report's date (09-dates), so `am Montag` in two reports of one day is one day.
 */
import type { FactsLanguage } from '../language';
import type { Alignment, ArticleFacts, DateFact } from '../types';
import { clauseOf, cueTest, mention, verdictOf, wordsOf } from './common';

/** The day a date means: resolved where it could be, else its last word (`mittwoch`). */
const dayKey = (f: DateFact): string => f.iso ?? f.span.text.toLowerCase().split(/\s+/).pop()!;

export function alignDates(arts: ArticleFacts[], lang?: FactsLanguage): Alignment[] {
  const events = (lang?.stories?.dateEvents ?? []).map((e) => ({ label: e.label, test: cueTest(e.cues) }));
  if (!events.length) return [];
  const byEvent = new Map<string, { a: ArticleFacts; f: DateFact }[]>();
  for (const a of arts) {
    for (const f of a.facts) {
      if (f.kind !== 'date') continue;
      const words = wordsOf(clauseOf(f.evidence, f.span.start, f.span.end));
      const event = events.find((e) => words.some(e.test));
      if (!event) continue;
      const list = byEvent.get(event.label) ?? [];
      if (!list.some((x) => x.a === a)) list.push({ a, f });
      byEvent.set(event.label, list);
    }
  }
  return [...byEvent].flatMap(([label, list]) => {
    if (list.length < 2) return [];
    const verdict = verdictOf(list.map((x) => dayKey(x.f)));
    return [{ kind: 'date' as const, topic: label, agree: verdict !== 'disagree', verdict, mentions: list.map((x) => mention(x.a, x.f.id, x.f.span.text, x.f.evidence, dayKey(x.f))) }];
  });
}
