/**
 * Numbers that count the same thing in the same part of the event (issue 16): `drei Feuerwehrleute` injured and
 * `etwa 180 Feuerwehrleute` deployed are two facts, `450 Beschäftigte` and `450 Mitarbeiter` one. Values are
 * compared as parsed (digits, number words, separators and scale words are normalised by 09-numbers), with
 * approximations (`rund`, `etwa`) taken as the same figure. A number inside a direct quote is the speaker's
 * words, aligned as a quote, not as a figure the outlet gives.
 */
import type { FactsLanguage } from '../language';
import type { Alignment, ArticleFacts, NumberFact } from '../types';
import { clauseOf, cueTest, mention, verdictOf, wordsOf } from './common';

interface Placed {
  a: ArticleFacts;
  f: NumberFact;
  role: string;
}

/** A counted noun as 09-numbers keys it (`Mitarbeitern` → `mitarbeiter`), for words from the synonym lists. */
const keyOfWord = (word: string, lang: FactsLanguage): string => {
  const w = word.toLowerCase().split('-').pop()!;
  return w.length > 5 ? w.replace(lang.countedEnding, '') : w;
};

function classifier(lang: FactsLanguage | undefined): (f: NumberFact) => string {
  const synonyms = new Map<string, string>();
  lang?.stories?.countedSynonyms.forEach((words, i) => words.forEach((w) => synonyms.set(keyOfWord(w, lang), `syn${i}`)));
  return (f) => (f.unit === 'money' || f.unit === 'percent' ? f.unit : (synonyms.get(f.countedKey!) ?? `${f.unit}:${f.countedKey}`));
}

/** The first role of the language's whose cues one of the words is (`verletzt` for `Verletzte`), or ''. */
function roleOfWords(lang: FactsLanguage | undefined): (words: readonly string[]) => string {
  const roles = (lang?.stories?.numberRoles ?? []).map((r) => ({ label: r.label, test: cueTest(r.cues) }));
  return (words) => roles.find((r) => words.some(r.test))?.label ?? '';
}

/** The number's part in the event, from the words of its clause (`verletzt`, `im Einsatz`, `seit …`), or ''. */
function roler(lang: FactsLanguage | undefined): (f: NumberFact) => string {
  const rules = lang?.stories;
  if (!rules) return () => '';
  const roleOf = roleOfWords(lang);
  return (f) => {
    const words = wordsOf(clauseOf(f.evidence, f.span.start, f.span.end));
    const role = roleOf(words);
    return words.includes(rules.sinceWord.word) ? `${rules.sinceWord.label} ${role}`.trim() : role;
  };
}

/**
 * The part in the event the counted noun names itself (`12 Tote`, `47 Verletzte`: getötet, verletzt), or '': unlike
 * the clause's role, a word elsewhere in the clause (`im Einsatz`) does not give it.
 */
export function countedRole(lang: FactsLanguage): (f: NumberFact) => string {
  const roleOf = roleOfWords(lang);
  return (f) => (f.counted ? roleOf(wordsOf(f.counted)) : '');
}

/**
 * What a figure counts and its part in the event, as alignment compares them (`Tote` and `Menschen … getötet` alike):
 * two figures of one article with the same key tell one thing, so a bound one sets (`mehr als 20 Tote`) holds for the
 * other. Null for a sum or share without a role word, which says nothing of what it measures (`rund 70 Prozent`).
 */
export function figureKey(lang: FactsLanguage): (f: NumberFact) => string | null {
  const classOf = classifier(lang);
  const roleOf = roler(lang);
  return (f) => {
    const role = roleOf(f);
    return role || f.unit === 'count' ? `${classOf(f)}|${role}` : null;
  };
}

/** The figure as compared: approximations (`rund`) and the way it is written (`zehn`, `10`) left out. */
const valueKey = (f: NumberFact): string => `${f.value}-${f.valueTo}`;

const insideQuote = (a: ArticleFacts, f: NumberFact): boolean =>
  a.facts.some((q) => q.kind === 'quote' && q.quote.type === 'direct' && q.quote.quote.start <= f.span.start && f.span.end <= q.quote.quote.end);

export function alignNumbers(arts: ArticleFacts[], lang?: FactsLanguage): Alignment[] {
  const classOf = classifier(lang);
  const roleOf = roler(lang);
  const byClass = new Map<string, Placed[]>();
  for (const a of arts) {
    for (const f of a.facts) {
      if (f.kind !== 'number' || !f.countedKey || f.value === null || insideQuote(a, f)) continue;
      const role = roleOf(f);
      // Sums of money, shares and durations say nothing about which thing they measure without a role word.
      if (!role && f.unit !== 'count') continue;
      const key = classOf(f);
      byClass.set(key, [...(byClass.get(key) ?? []), { a, f, role }]);
    }
  }
  const out: Alignment[] = [];
  for (const list of byClass.values()) {
    const roles = [...new Set(list.map((x) => x.role).filter(Boolean))];
    const groups = new Map<string, Placed[]>();
    // One figure per article and thing: the first the article gives, a figure whose clause names the role first.
    const add = (role: string, x: Placed): boolean => {
      const group = groups.get(role) ?? [];
      if (group.some((y) => y.a === x.a)) return false;
      groups.set(role, [...group, x]);
      return true;
    };
    for (const x of list) if (x.role) add(x.role, x);
    // A figure whose clause names no role is the figure of the one role the other reports give, if there is just one
    // and its report gives no figure for that role already (`900 Mitarbeiter` beside `seit März 40 Mitarbeiter`).
    for (const x of list) if (!x.role && !(roles.length === 1 && add(roles[0]!, x))) add('', x);
    for (const [role, group] of groups) {
      if (group.length < 2) continue;
      const verdict = verdictOf(group.map((x) => valueKey(x.f)));
      const counted = group[0]!.f.counted ?? '';
      out.push({
        kind: 'number',
        topic: role ? `${counted} (${role})` : counted,
        agree: verdict !== 'disagree',
        verdict,
        mentions: group.map((x) => mention(x.a, x.f.id, x.f.span.text, x.f.evidence, valueKey(x.f))),
      });
    }
  }
  return out;
}
