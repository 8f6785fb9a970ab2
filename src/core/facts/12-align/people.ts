/**
 * What outlets say of people (issue 16): the roles they give one person (`Kreisbrandmeister` / `Einsatzleiter` is a
 * difference in wording, never a disagreement about the facts), and the words they quote.
 */
import type { Alignment, ArticleFacts, EntityFact, QuoteFact } from '../types';
import { mention, nameKey, verdictOf, wordsOf } from './common';

/** Share of words two quotes must have in common to be one quote (an outlet may drop or add a word). */
const SAME_QUOTE = 0.6;
/** Quotes shorter than this (`„Nein“`) are too common to line up. */
const MIN_QUOTE_WORDS = 4;
/** A quote names its row by its first words. */
const QUOTE_TOPIC_WORDS = 8;

export function alignRoles(arts: ArticleFacts[]): Alignment[] {
  const byPerson = new Map<string, { a: ArticleFacts; f: EntityFact }[]>();
  for (const a of arts) {
    for (const f of a.facts) {
      if (f.kind !== 'person' || !f.role) continue;
      const list = byPerson.get(nameKey(f.name)) ?? [];
      if (!list.some((x) => x.a === a)) list.push({ a, f });
      byPerson.set(nameKey(f.name), list);
    }
  }
  return [...byPerson.values()].flatMap((list) => {
    if (list.length < 2) return [];
    // The role's head word (`den österreichischen Wirtschaftsminister` → `wirtschaftsminister`).
    const verdict = verdictOf(list.map((x) => wordsOf(x.f.role!.text).pop() ?? ''), true);
    return [{ kind: 'role' as const, topic: list[0]!.f.name, agree: true, verdict, mentions: list.map((x) => mention(x.a, x.f.id, x.f.role!.text, x.f.evidence)) }];
  });
}

function overlap(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

export function alignQuotes(arts: ArticleFacts[]): Alignment[] {
  const groups: { words: Set<string>; list: { a: ArticleFacts; f: QuoteFact; words: string[] }[] }[] = [];
  for (const a of arts) {
    for (const f of a.facts) {
      if (f.kind !== 'quote' || f.quote.type !== 'direct') continue;
      const words = wordsOf(f.quote.quote.text);
      if (words.length < MIN_QUOTE_WORDS) continue;
      const set = new Set(words);
      const g = groups.find((x) => !x.list.some((y) => y.a === a) && overlap(x.words, set) >= SAME_QUOTE);
      if (g) g.list.push({ a, f, words });
      else groups.push({ words: set, list: [{ a, f, words }] });
    }
  }
  return groups.flatMap(({ list }) => {
    if (list.length < 2) return [];
    const verdict = verdictOf(list.map((x) => x.words.join(' ')), true);
    const quoted = list[0]!.f.quote.quote.text.split(/\s+/);
    const words = quoted.length > QUOTE_TOPIC_WORDS ? `${quoted.slice(0, QUOTE_TOPIC_WORDS).join(' ')} …` : quoted.join(' ');
    const speaker = list.map((x) => x.f.quote.speakerName).find(Boolean);
    const topic = speaker ? `${speaker}: ${words}` : words;
    return [{ kind: 'quote' as const, topic, agree: true, verdict, mentions: list.map((x) => mention(x.a, x.f.id, x.f.quote.quote.text, x.f.evidence)) }];
  });
}
