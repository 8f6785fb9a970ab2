/** Who a speaker is: named people by first name and gender, so `er`/`sie` resolve to the right earlier person. */
import type { Token } from '../../analysis';
import { isUpper } from '../textSpans';
import type { TextSpan } from '../types';
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

/** People named by a known first name and a surname (`Anna Berg`), with where they are written. */
export function namedPeople(tokens: Token[], inQuote: number[], rules: QuoteRules, sentence: number): { at: number; person: Person }[] {
  const out: { at: number; person: Person }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!.text;
    const female = rules.femaleFirstNames.has(first);
    if (inQuote[i]! >= 0 || !(female || rules.maleFirstNames.has(first))) continue;
    let e = i + 1;
    while (e < tokens.length && e - i <= 3 && isUpper(tokens[e]!.text) && /^\p{Lu}[\p{L}'’-]*$/u.test(tokens[e]!.text)) e++;
    if (e === i + 1) continue;
    out.push({ at: tokens[i]!.start, person: { name: tokens.slice(i, e).map((t) => t.text).join(' '), female, sentence } });
    i = e - 1;
  }
  return out;
}

/** One person under several names (`Ole Brandt`, `Brandt`): the last word names them. */
const personKey = (p: Person): string => p.name.split(/\s+/).pop()!;

/** A speaker as a person: a bare surname (`Hahn`) of the gender the text told where it named them in full (`Peter Hahn`). */
export function personOf(name: string, speaker: string, rules: QuoteRules, history: Person[], sentence: number): Person {
  const key = name.split(/\s+/).pop()!;
  return { name, female: genderOf(speaker, rules) ?? history.find((p) => personKey(p) === key && p.female !== null)?.female ?? null, sentence };
}

/**
 * The name a speaker phrase stands for. `er`/`sie`: the person credited in the sentence before (`previous`) where of that
 * gender, else the one person of that gender (or of none told) named in this sentence or the one before, else the one
 * named so far; none where two fit at the nearest of these that has any (`Ole Brandt traf Jan Ott. Er sagte …`: either
 * may speak).
 */
export function speakerNameOf(span: TextSpan | null, rules: QuoteRules, history: Person[], previous: Person | null = null, sentence = Infinity): string | null {
  if (!span) return null;
  const w = span.text.toLowerCase();
  if (w === rules.malePronoun || w === rules.femalePronoun) {
    const wantFemale = w === rules.femalePronoun;
    const fits = (p: Person): boolean => p.female === wantFemale || p.female === null;
    for (const group of [previous ? [previous] : [], history.filter((p) => sentence - p.sentence <= 1), history]) {
      const candidates = new Map(group.filter(fits).map((p) => [personKey(p), p.name]));
      if (candidates.size) return candidates.size === 1 ? [...candidates.values()][0]! : null;
    }
    return null;
  }
  if (rules.subjectPronouns.has(w)) return null;
  const words = span.text.split(/\s+/).filter((x) => !rules.determiners.has(x.toLowerCase()) && !rules.nonSubjectStarts.has(x.toLowerCase()));
  return words.length ? words.join(' ') : null;
}
