/** Who a speaker is: named people by first name and gender, so `er`/`sie` resolve to the right earlier person. */
import type { Token } from '../../analysis';
import { isUpper } from '../textSpans';
import type { TextSpan } from '../types';
import type { NerSpan } from '../../ner/model';
import type { QuoteRules } from './rules';

export interface Person {
  name: string;
  /** Null where neither a known first name nor a role or article tells (`Hauer`, `Nordland-Chef`). */
  female: boolean | null;
  /** The sentence that names them. */
  sentence: number;
}

/**
 * Gender of a named speaker: a known first name, else a female role ending (`Ministerin`) or article (`die Sprecherin`),
 * a male article (`der Sprecher`); null where nothing tells.
 */
export function genderOf(speaker: string, rules: QuoteRules): boolean | null {
  const words = speaker.split(/\s+/);
  for (const w of words) {
    const gender = rules.firstNameGender(w);
    if (gender) return gender === 'female';
  }
  const head = words.length === 1 ? speaker : words.slice(-2, -1)[0] ?? '';
  if (rules.femaleHead.test(head) || (rules.femaleArticle.test(speaker) && !rules.pluralPhrase.test(speaker))) return true;
  return rules.maleArticle.test(speaker) ? false : null;
}

/** One person under several names (`Ole Brandt`, `Brandt`): the last word names them. */
const surname = (name: string): string => name.split(/\s+/).pop()!;

/**
 * People named by a known first name and a surname (`Anna Berg`), with where they are written; by a rarer first name
 * (`Ole Brandt`, `Byron Deeter`) where the entity tagger (`names`) finds a person starting there too, since many rarer
 * names are words as well.
 */
export function namedPeople(tokens: Token[], inQuote: number[], rules: QuoteRules, sentence: number, names: readonly NerSpan[] = []): { at: number; person: Person }[] {
  const out: { at: number; person: Person }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!.text;
    const known = rules.femaleFirstNames.has(first) || rules.maleFirstNames.has(first);
    const gender = known || names.some((n) => n.type === 'PER' && n.start === i && n.end > i + 1) ? rules.firstNameGender(first) : null;
    const female = gender === 'female';
    if (inQuote[i]! >= 0 || !gender) continue;
    let e = i + 1;
    while (e < tokens.length && e - i <= 3 && isUpper(tokens[e]!.text) && /^\p{Lu}[\p{L}'’-]*$/u.test(tokens[e]!.text)) e++;
    if (e === i + 1) continue;
    out.push({ at: tokens[i]!.start, person: { name: tokens.slice(i, e).map((t) => t.text).join(' '), female, sentence } });
    i = e - 1;
  }
  return out;
}

/** A speaker as a person: a bare surname (`Hahn`) of the gender the text told where it named them in full (`Peter Hahn`). */
export function personOf(name: string, speaker: string, rules: QuoteRules, history: Person[], sentence: number): Person {
  const key = surname(name);
  return { name, female: genderOf(speaker, rules) ?? history.find((p) => surname(p.name) === key && p.female !== null)?.female ?? null, sentence };
}

/**
 * A speaker that is a body, not a person: headed by a noun that names an organisation or a maker (`die Firma Nordwerk`,
 * `der Autobauer Nordmobil`), or whose capitalised words are all an organisation or a place to the entity tagger (`names`,
 * the sentence's spans, on names: `Nordwerk`, `Nordlands`). `er`/`sie` stand for none (issue 15: `Nordwerk teilte mit … Jan Ott
 * kam. Er sagte` is Jan Ott, and with no person named before, nobody). `Nordlands Regierungschef Ole Brandt` is a person.
 */
export function isBody(speaker: TextSpan, tokens: readonly Token[], names: readonly NerSpan[], rules: QuoteRules): boolean {
  const words = tokens.flatMap((t, i) => (t.start >= speaker.start && t.end <= speaker.end && isUpper(t.text) && !rules.determiners.has(t.text.toLowerCase()) ? [{ t, i }] : []));
  if (!words.length) return false;
  // Names only: a noun the tagger spans as a place (`der Nordländer`) is a person.
  return rules.bodyNoun(words[0]!.t.text) || words.every(({ t, i }) => t.upos === 'PROPN' && names.some((n) => n.type !== 'PER' && n.start <= i && i < n.end));
}

/**
 * The name a speaker phrase stands for. `er`/`sie`: the person credited in the sentence before (`previous`) where of that
 * gender, else the one person of that gender (or of none told) named in this sentence or the one before, else the one
 * named so far; none where two fit at the nearest of these that has any (`Ole Brandt traf Jan Ott. Er sagte …`: either
 * may speak). `pastLast`: the reported clause's subject is a demonstrative of the pronoun's gender (`Dieser habe abgelehnt,
 * wie er betonte`), which points past the person of that gender named last: neither they nor the one credited before speak.
 */
export function speakerNameOf(span: TextSpan | null, rules: QuoteRules, history: Person[], previous: Person | null = null, sentence = Infinity, pastLast = false): string | null {
  if (!span) return null;
  const w = span.text.toLowerCase();
  if (w === rules.malePronoun || w === rules.femalePronoun) {
    const wantFemale = w === rules.femalePronoun;
    const fits = (p: Person): boolean => p.female === wantFemale || p.female === null;
    const last = pastLast ? history.findLast(fits) : undefined;
    const before = last ? history.filter((p) => surname(p.name) !== surname(last.name)) : history;
    for (const group of [previous && !pastLast ? [previous] : [], before.filter((p) => sentence - p.sentence <= 1), before]) {
      const candidates = new Map(group.filter(fits).map((p) => [surname(p.name), p.name]));
      if (candidates.size) return candidates.size === 1 ? [...candidates.values()][0]! : null;
    }
    return null;
  }
  if (rules.subjectPronouns.has(w)) return null;
  const words = span.text.split(/\s+/).filter((x) => !rules.determiners.has(x.toLowerCase()) && !rules.nonSubjectStarts.has(x.toLowerCase()));
  return words.length ? words.join(' ') : null;
}
