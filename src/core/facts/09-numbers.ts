/** Numbers with their qualifier and what they count (`mehr als 11.000 Container mit Munition`). */
import type { Sentence, Token } from '../analysis';
import type { FactsLanguage, NumberMarks } from './language';
import type { NumberFact } from './types';
import { span, sentenceSpan } from './textSpans';
import type { Analysis } from '../analysis';
import { hash53 } from '../hash';

/**
 * The one number parser: digits with the language's marks (German `11.000` → 11000, `2,5` → 2.5);
 * dates, times and other digit strings (`03.11.2023`, `09:15`, `1.5`) → null.
 */
export function parseNumber(w: string, marks: NumberMarks): number | null {
  const digits = w.split(marks.group);
  if (digits.length > 1 && /^\d{1,3}$/.test(digits[0]!) && digits.slice(1).every((d) => /^\d{3}$/.test(d))) return Number(digits.join(''));
  const [whole, fraction, ...rest] = w.split(marks.decimal);
  if (rest.length || !/^\d+$/.test(whole!) || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
  return Number(fraction === undefined ? whole : `${whole}.${fraction}`);
}

/** A number in digits or words (`24`, `drei`), as a relative date or a quiz option reads it. */
export function numberValue(w: string, rules: FactsLanguage): number | null {
  return parseNumber(w, rules.numberMarks) ?? rules.numberWords[w.toLowerCase()] ?? null;
}

const lw = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

function numberAt(tokens: Token[], i: number, rules: FactsLanguage): { value: number | null; end: number } | null {
  const t = tokens[i]!;
  const w = t.text.toLowerCase();
  const v = rules.articleNumberWords.has(w) ? null : numberValue(t.text, rules);
  if (v !== null) return { value: v, end: i + 1 };
  // `mehrere` opens a sentence as `Mehrere`
  if (rules.vagueNumbers.has(t.text) || rules.vagueNumbers.has(w)) return { value: null, end: i + 1 };
  return null;
}

/**
 * Is the number at `i` (ending at `end`), of a year's shape, a count: after a qualifier only a count takes, before a noun
 * in its plural (`Derzeit sitzen insgesamt 2000 Flüchtlinge fest`, `rund 1950 Mitarbeiter`)? Else it is read as a year.
 */
function countedYearShape(tokens: Token[], i: number, end: number, rules: FactsLanguage): boolean {
  const next = tokens[end];
  const plural = !!next && rules.isNoun(next) && !!next.plural && next.plural !== next.lemma && next.text === next.plural;
  return plural && [1, 2].some((n) => i >= n && rules.countQualifiers.has(tokens.slice(i - n, i).map(lw).join(' ')));
}

export function extractNumbers(text: string, analysis: Analysis, rules: FactsLanguage): NumberFact[] {
  const out: NumberFact[] = [];
  analysis.sentences.forEach((s: Sentence, si) => {
    const tokens = s.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const n = numberAt(tokens, i, rules);
      if (!n) continue;
      const t = tokens[i]!;
      const next = tokens[n.end];
      // Dates, times, years and ordinals are dates, not counts.
      if (next && (next.text === rules.clockWord || next.text in rules.months || next.text === '.' && tokens[n.end + 1] && tokens[n.end + 1]!.text in rules.months)) continue;
      if (n.value !== null && /^\d{4}$/.test(t.text) && n.value >= 1900 && n.value <= 2100 && !countedYearShape(tokens, i, n.end, rules)) continue;
      if (/^\d+\.$/.test(t.text)) continue;
      let value = n.value;
      let valueTo: number | null = null;
      let j = n.end;
      // `2,5 Millionen`, `mehrere Millionen`
      const scale = tokens[j] ? rules.scaleWords[tokens[j]!.text] : undefined;
      if (scale) {
        value = value === null ? null : value * scale;
        j++;
      }
      // `20 bis 30`
      if (tokens[j] && rules.rangeWords.has(tokens[j]!.text) && tokens[j + 1] && numberAt(tokens, j + 1, rules)?.value != null) {
        const to = numberAt(tokens, j + 1, rules)!;
        valueTo = to.value! * (scale ?? 1);
        j = to.end;
        if (tokens[j] && rules.scaleWords[tokens[j]!.text]) j++;
      }
      const numEnd = tokens[j - 1]!.end;
      // qualifier before the number
      let qualifier: string | null = null;
      let qStart = t.start;
      for (const q of rules.qualifiers) {
        const words = q.split(' ');
        const a = i - words.length;
        if (a < 0) continue;
        if (tokens.slice(a, i).map((x) => x.text.toLowerCase()).join(' ') === q) {
          qualifier = text.slice(tokens[a]!.start, tokens[i - 1]!.end);
          qStart = tokens[a]!.start;
          break;
        }
      }
      // unit or counted noun phrase after it
      let unit: NumberFact['unit'] = 'count';
      let counted: string | null = null;
      let countedKey: string | null = null;
      let end = numEnd;
      const u = tokens[j];
      if (u && rules.percentWords.has(u.text)) {
        unit = 'percent';
        counted = u.text;
        end = u.end;
      } else if (u && rules.currencyWords.has(u.text)) {
        unit = 'money';
        counted = u.text;
        end = u.end;
      } else {
        let k = j;
        // Past adjectives to the counted noun, never past a verb of the ending's shape (`1893 lieferte seine Firma`: no firms counted).
        const adjective = (t: Token): boolean => rules.quotes.inflectedAdjective.test(t.text) && t.upos !== 'VERB' && t.upos !== 'AUX' && !rules.countedLinks.has(lw(t));
        while (k < tokens.length && k - j < 3 && adjective(tokens[k]!)) k++;
        const head = tokens[k];
        if (head && rules.isNoun(head) && /\p{L}{2,}/u.test(head.text)) {
          if (rules.measureWords.has(head.text)) unit = 'measure';
          let e = k + 1;
          // `Container mit Munition`
          if (tokens[e] && rules.countedLinks.has(lw(tokens[e]))) {
            let m = e + 1;
            while (m < tokens.length && m - e < 3 && rules.quotes.inflectedAdjective.test(tokens[m]!.text)) m++;
            if (tokens[m] && rules.isNoun(tokens[m]!) && unit === 'count') e = m + 1;
          }
          counted = text.slice(tokens[j]!.start, tokens[e - 1]!.end);
          countedKey = countedKeyOf(head, rules);
          end = tokens[e - 1]!.end;
        }
      }
      if (!counted) continue;
      const numberText = text.slice(t.start, numEnd);
      out.push({
        kind: 'number',
        id: `n${hash53(`${qStart}:${end}`)}`,
        span: span(text, qStart, end),
        evidence: sentenceSpan(text, analysis, si),
        sentence: si,
        value,
        valueTo,
        numberText,
        qualifier,
        counted,
        countedKey: unit === 'percent' || unit === 'money' ? unit : countedKey,
        unit,
      });
      i = j - 1;
    }
  });
  return out;
}

/** Head noun in a form shared by singular and plural, for alignment (`Containern` → `container`). */
export function countedKeyOf(head: Token, rules: FactsLanguage): string {
  const base = head.lemma && head.lemma !== head.text ? head.lemma : head.text;
  const w = base.toLowerCase().split('-').pop()!;
  return w.length > 5 ? w.replace(rules.countedEnding, '') : w;
}
