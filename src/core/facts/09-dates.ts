/** Dates and times: absolute (`03.11.2023`, `3. November`, `September 2023`) and relative (`am Mittwoch`, `vor 24 Jahren`). */
import type { Analysis } from '../analysis';
import type { FactsLanguage } from './language';
import type { DateFact } from './types';
import { span, sentenceSpan } from './textSpans';
import { hash53 } from '../hash';
import { numberValue } from './09-numbers';

const pad = (n: number): string => String(n).padStart(2, '0');

interface Ref {
  y: number;
  m: number | null;
  d: number | null;
}

function parseRef(date: string | null | undefined): Ref | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

function shiftDays(ref: Ref, days: number): string | null {
  if (ref.m === null || ref.d === null) return null;
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function weekdayOf(tokenText: string, rules: FactsLanguage): number | null {
  for (let i = 0; i < rules.weekdays.length; i++) {
    const w = rules.weekdays[i]!;
    if (tokenText === w || (tokenText.startsWith(w) && rules.dayParts.includes(tokenText.slice(w.length)))) return i + 1;
  }
  return rules.weekdayAliases[tokenText] ?? null;
}

/** What a number counts when it stands right before it (`2000 Leute`; `2000 neue Stellen` with an adjective between). */
const COUNTED: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM', 'X']);

/** Is `w` a month's short form: another of the language's month words with its number opens with it (`Jan`, `Sept`)? */
function abbreviation(w: string, rules: FactsLanguage): boolean {
  return Object.entries(rules.months).some(([k, n]) => k.length > w.length && k.startsWith(w) && n === rules.months[w]);
}

export function extractDates(text: string, analysis: Analysis, rules: FactsLanguage, articleDate: string | null): DateFact[] {
  const ref = parseRef(articleDate);
  const out: DateFact[] = [];
  analysis.sentences.forEach((s, si) => {
    const tk = s.tokens;
    const push = (a: number, b: number, relative: boolean, iso: string | null): void => {
      // keep the preposition: `am Mittwoch`, `im Juni`
      if (a > 0 && rules.datePrepositions.has(tk[a - 1]!.text.toLowerCase()) && !relative) a--;
      else if (a > 0 && rules.datePrepositions.has(tk[a - 1]!.text.toLowerCase()) && tk[a - 1]!.text.toLowerCase() !== rules.agoWord) a--;
      const sp = span(text, tk[a]!.start, tk[b - 1]!.end);
      if (out.some((d) => d.span.start < sp.end && sp.start < d.span.end)) return;
      out.push({ kind: 'date', id: `d${hash53(`${sp.start}:${sp.end}`)}`, span: sp, evidence: sentenceSpan(text, analysis, si), sentence: si, relative, iso });
    };
    const lower = tk.map((t) => t.text.toLowerCase());
    // A past-tense verb (`sagte`, tagged as a verb) also points back.
    const past = lower.some((w) => rules.pastCues.has(w)) || tk.some((t) => ((t.upos === 'VERB' && t.text !== t.lemma) || t.upos === 'X') && rules.pastTense.test(t.text));
    const direction: -1 | 0 | 1 = past ? -1 : lower.some((w) => rules.futureCues.has(w)) ? 1 : 0;
    for (let i = 0; i < tk.length; i++) {
      const w = tk[i]!.text;
      let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(w);
      if (m) {
        push(i, i + 1, false, `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
        continue;
      }
      // `18. Juni (2024)`: the tokenizer gives `18.` or `18` + `.`
      m = /^(\d{1,2})\.?$/.exec(w);
      if (m) {
        let k = i + 1;
        if (tk[k]?.text === '.') k++;
        const month = tk[k] ? rules.months[tk[k]!.text] : undefined;
        if (month && (w.endsWith('.') || k === i + 2)) {
          const year = tk[k + 1] && /^\d{4}$/.test(tk[k + 1]!.text) ? Number(tk[k + 1]!.text) : null;
          const y = year ?? ref?.y ?? null;
          push(i, year ? k + 2 : k + 1, false, y ? `${y}-${pad(month)}-${pad(Number(m[1]))}` : null);
          i = year ? k + 1 : k;
          continue;
        }
      }
      const month = rules.months[w];
      // A month's short form alone is no date (`Jan` is a first name too), its full name is: `Mai` is as short.
      if (month && !abbreviation(w, rules)) {
        const year = tk[i + 1] && /^\d{4}$/.test(tk[i + 1]!.text) ? Number(tk[i + 1]!.text) : null;
        // A month without a year is the nearest one in the sentence's direction (`seit September`, said in June: last year's).
        const y = year ?? (ref ? ref.y + (ref.m !== null && direction <= 0 && month > ref.m ? -1 : ref.m !== null && direction > 0 && month < ref.m ? 1 : 0) : null);
        push(i, year ? i + 2 : i + 1, false, y ? `${y}-${pad(month)}` : null);
        if (year) i++;
        continue;
      }
      const wd = weekdayOf(w, rules);
      if (wd) {
        let a = i;
        const mod = tk[i - 1] ? rules.relativeModifiers[tk[i - 1]!.text.toLowerCase()] : undefined;
        if (mod) a = i - 1;
        let iso: string | null = null;
        if (ref && ref.m !== null && ref.d !== null) {
          const refDow = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay() || 7;
          let diff = wd - refDow;
          // `kommenden`/`vergangenen` decide; else the tense; else the nearest such day (a Tuesday's `am Mittwoch` is tomorrow).
          const way = mod ?? direction;
          if (way === 1) diff = diff <= 0 ? diff + 7 : diff;
          else if (way === -1) diff = diff > 0 || (mod === -1 && diff === 0) ? diff - 7 : diff;
          else if (diff > 3) diff -= 7;
          else if (diff < -3) diff += 7;
          iso = shiftDays(ref, diff);
        }
        push(a, i + 1, true, iso);
        continue;
      }
      const rel = rules.relativeDays[w.toLowerCase()];
      if (rel !== undefined && w === w.toLowerCase() || (rel !== undefined && i === 0)) {
        push(i, i + 1, true, ref ? shiftDays(ref, rel!) : null);
        continue;
      }
      // `vor 24 Jahren`
      if (w.toLowerCase() === rules.agoWord) {
        const n = tk[i + 1] ? numberValue(tk[i + 1]!.text, rules) : null;
        const unit = tk[i + 2] ? rules.relativeUnits[tk[i + 2]!.text] : undefined;
        if (n !== null && Number.isInteger(n) && unit) {
          let iso: string | null = null;
          if (ref && unit === 'year') iso = String(ref.y - n);
          else if (ref && unit === 'day') iso = shiftDays(ref, -n);
          else if (ref && unit === 'week') iso = shiftDays(ref, -7 * n);
          push(i, i + 3, true, iso);
          i += 2;
          continue;
        }
      }
      // `im Jahr 2004`, `seit 2019` (`Seit 2019` opening a sentence), and a year right after a verb where it says when
      // (`Die Nordbank verdiente 2014 rund …`), not before a noun it counts (`beschäftigte 2000 Leute`) nor as a school
      // or season year's first part (`2013/14`).
      const prev = tk[i - 1];
      const cued = !!prev && (rules.yearCues.has(prev.text) || rules.yearCues.has(prev.text.toLowerCase()));
      const next = tk[i + 1];
      const counts = !!next && (COUNTED.has(next.upos) || (next.upos === 'ADJ' && tk[i + 2]?.upos === 'NOUN'));
      const afterVerb = !!prev && (prev.upos === 'VERB' || prev.upos === 'AUX') && !counts && next?.text !== '/';
      // `2011 reiste sie …`, `Auch 2011 kam …`: a year standing first, its verb right after it, is when.
      const first = (i === 0 || (i === 1 && tk[0]!.upos === 'ADV')) && (next?.upos === 'VERB' || next?.upos === 'AUX');
      if (/^\d{4}$/.test(w) && Number(w) >= 1900 && Number(w) <= 2100 && (cued || afterVerb || first)) {
        let a = i;
        if (prev && rules.yearNouns.has(prev.text)) a = i - 1;
        push(a, i + 1, false, w);
      }
    }
  });
  return out;
}
