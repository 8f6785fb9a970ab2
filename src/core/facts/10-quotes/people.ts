/** Who a speaker is: named people by first name and gender, so `er`/`sie` resolve to the right earlier person. */
import type { Token } from '../../analysis';
import { isUpper } from '../textSpans';
import type { TextSpan } from '../types';
import type { QuoteRules } from './rules';

export interface Person {
  name: string;
  female: boolean;
}

/** Gender of a named speaker: a known first name, else a female role ending (`Ministerin`) or article (`die Sprecherin`). */
export function isFemale(speaker: string, rules: QuoteRules): boolean {
  const words = speaker.split(/\s+/);
  for (const w of words) {
    const gender = rules.firstNameGender(w);
    if (gender) return gender === 'female';
  }
  const head = words.length === 1 ? speaker : words.slice(-2, -1)[0] ?? '';
  return rules.femaleHead.test(head) || (rules.femaleArticle.test(speaker) && !rules.pluralPhrase.test(speaker));
}

/** People named by a known first name and a surname (`Anna Berg`), with where they are written. */
export function namedPeople(tokens: Token[], inQuote: number[], rules: QuoteRules): { at: number; person: Person }[] {
  const out: { at: number; person: Person }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!.text;
    const female = rules.femaleFirstNames.has(first);
    if (inQuote[i]! >= 0 || !(female || rules.maleFirstNames.has(first))) continue;
    let e = i + 1;
    while (e < tokens.length && e - i <= 3 && isUpper(tokens[e]!.text) && /^\p{Lu}[\p{L}'’-]*$/u.test(tokens[e]!.text)) e++;
    if (e === i + 1) continue;
    out.push({ at: tokens[i]!.start, person: { name: tokens.slice(i, e).map((t) => t.text).join(' '), female } });
    i = e - 1;
  }
  return out;
}

export function speakerNameOf(span: TextSpan | null, rules: QuoteRules, history: Person[]): string | null {
  if (!span) return null;
  const w = span.text.toLowerCase();
  if (w === rules.malePronoun || w === rules.femalePronoun) {
    const wantFemale = w === rules.femalePronoun;
    for (let i = history.length - 1; i >= 0; i--) if (history[i]!.female === wantFemale) return history[i]!.name;
    return history.length ? history[history.length - 1]!.name : null;
  }
  if (rules.subjectPronouns.has(w)) return null;
  const words = span.text.split(/\s+/).filter((x) => !rules.determiners.has(x.toLowerCase()) && !rules.nonSubjectStarts.has(x.toLowerCase()));
  return words.length ? words.join(' ') : null;
}
