/**
 * Wrong options that look right: facts of the same kind from the story first, then variants of
 * the answer (nearby numbers, other weekdays and months) in the answer's form and case.
 */
import { nameKey } from '../facts/12-align';
import type { Fact, NumberFact } from '../facts/types';
import { blanked, escapeRe } from './build';
import type { QuizContext } from './context';
import type { QuizLanguageModel } from './language';
import type { NumberMarks } from '../facts/language';
import { parseNumber } from '../facts/09-numbers';
import { shuffle } from './random';

/** Up to `n` options from the pool, none naming the answer or each other again. */
export function pickDistractors(answer: string, pool: string[], rand: () => number, n = 3): string[] {
  // `Lee Jae-min` and `Lee Jae Min` are one option, as they are one person in the alignment.
  const seen = new Set([nameKey(answer)]);
  const out: string[] = [];
  for (const p of shuffle(pool, rand)) {
    const k = nameKey(p);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(p);
    if (out.length >= n) break;
  }
  return out;
}

/** A distractor in the answer's case, so it fits the blank mid-sentence (`am Montag`, not `Am Montag`). */
export function sameCase(answer: string, d: string): string {
  return (/^\p{Lu}/u.test(answer) ? d[0]!.toUpperCase() : d[0]!.toLowerCase()) + d.slice(1);
}

/** A number as the language writes it (`11.000`, `2,5`): digits with its group and decimal marks. */
function numberPattern(f: NumberMarks): RegExp {
  return new RegExp(`\\d[\\d${escapeRe(f.group)}${escapeRe(f.decimal)}]*`, 'g');
}

/** `value` written like `template`: with as many decimals, and grouped where it is. */
function formatLike(template: string, value: number, f: NumberMarks): string {
  const decimals = new RegExp(`${escapeRe(f.decimal)}(\\d+)$`).exec(template)?.[1]?.length ?? 0;
  const grouped = new RegExp(`\\d${escapeRe(f.group)}\\d{3}`).test(template);
  let s = decimals ? value.toFixed(decimals).replace('.', f.decimal) : String(Math.round(value));
  if (grouped || (decimals === 0 && value >= 10000)) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, f.group);
  return s;
}

/** `fünf Millionen` → `vier Millionen`, `sechs Millionen`: number words give way to their neighbours. */
function numberWordVariants(answer: string, words: Record<string, number>): string[] {
  const byValue = new Map(Object.entries(words).filter(([w]) => /^\p{Ll}+$/u.test(w)).map(([w, v]) => [v, w] as const).reverse());
  const hit = answer.split(/\s+/).find((w) => (words[w.toLowerCase()] ?? 0) >= 2 && (words[w.toLowerCase()] ?? 99) <= 12);
  if (!hit) return [];
  const v = words[hit.toLowerCase()]!;
  return [v - 1, v + 1, v + 2, v * 2].flatMap((x) => {
    const w = x >= 2 ? byValue.get(x) : undefined;
    return w ? [answer.replace(hit, sameCase(hit, w))] : [];
  });
}

/** Numbers of the same form near the answer (`11.000` → `9.000`, `13.000`). */
export function numberVariants(answer: string, lang: QuizLanguageModel, rand: () => number): string[] {
  const forms = lang.facts.numberMarks;
  const m = numberPattern(forms).exec(answer);
  if (!m) return numberWordVariants(answer, lang.facts.numberWords);
  const raw = m[0];
  const v = parseNumber(raw, forms);
  if (v === null) return [];
  // A year is asked with the years around it (`2015` → `2013`, `2016`), never `1000` or `4030`.
  if (/^(1[89]|20)\d\d$/.test(raw)) return [v - 1, v + 1, v - 2, v + 2, v - 3].map((y) => answer.replace(raw, String(y)));
  const step = v >= 10 ? Math.max(1, Math.round(v * (0.15 + rand() * 0.2))) : 1;
  const round = (x: number): number => (v >= 1000 ? Math.round(x / 100) * 100 : v >= 100 ? Math.round(x / 10) * 10 : x);
  const cands = [v + step, v - step, v * 2, v + 2 * step, Math.round(v / 2)].map(round).filter((x) => x > 0 && x !== v);
  // `20 bis 30` → `25 bis 35`: every number moves, so a range stays a range.
  const all = answer.match(numberPattern(forms)) ?? [];
  if (all.length > 1) return cands.map((x) => answer.replace(numberPattern(forms), (n) => formatLike(n, Math.max(1, Math.round((parseNumber(n, forms) ?? v) + x - v)), forms)));
  return cands.map((x) => answer.replace(raw, formatLike(raw, x, forms)));
}

/** Other dates of the same form: other weekdays, months and relative days, else nearby days and years. */
export function dateVariants(answer: string, ctx: QuizContext): string[] {
  const facts = ctx.lang.facts;
  const out: string[] = [];
  for (const w of facts.weekdays) {
    const hit = facts.weekdays.find((d) => answer.includes(d));
    if (hit && w !== hit) out.push(answer.replace(hit, w));
  }
  const months = Object.keys(facts.months).filter((m) => m.length > 3);
  const month = months.find((m) => answer.includes(m));
  if (month) for (const m of shuffle(months, ctx.rand).slice(0, 4)) if (m !== month) out.push(answer.replace(month, m));
  // `gestern` → `heute`, `vorgestern`
  const rel = Object.keys(facts.relativeDays);
  const relHit = rel.find((r) => new RegExp(`(?<!\\p{L})${r}(?!\\p{L})`, 'iu').test(answer));
  if (relHit) for (const r of rel) if (r !== relHit) out.push(answer.replace(new RegExp(relHit, 'i'), (m) => (/^\p{Lu}/u.test(m) ? r[0]!.toUpperCase() + r.slice(1) : r)));
  if (!out.length) out.push(...numberVariants(answer, ctx.lang, ctx.rand));
  return out;
}

/** A vague amount (`mehrere`, `Dutzende`) is no fact to ask for: its distractors would be as right. */
export const exactNumbers = (ctx: QuizContext): NumberFact[] => ctx.facts.facts.filter((f): f is NumberFact => f.kind === 'number' && f.value !== null);

/** Distractors for a number: other exact numbers of the same shape (`38`, not `20 bis 30`), then variants of it. */
export function numberDistractors(f: NumberFact, ctx: QuizContext): string[] {
  const answer = f.numberText;
  const groups = (t: string): number => (t.match(numberPattern(ctx.lang.facts.numberMarks)) ?? []).length;
  const pool = ctx.story
    .filter((x): x is NumberFact => x.kind === 'number' && x.unit === f.unit && x.numberText !== answer && /\d/.test(x.numberText) === /\d/.test(answer) && x.value !== null && groups(x.numberText) === groups(answer))
    .map((x) => sameCase(answer, x.numberText));
  return pickDistractors(answer, [...pool, ...numberVariants(answer, ctx.lang, ctx.rand)], ctx.rand);
}

/** Facts whose sentence can be made false by swapping the fact (`11.000` → `13.000`, `Ott` → `Berg`). */
export function swappableFacts(ctx: QuizContext): Fact[] {
  return ctx.facts.facts.filter((f) => (f.kind === 'number' || f.kind === 'date' || f.kind === 'person' || f.kind === 'place') && !ctx.lang.quiz.forms.trueFalseWords.test(f.evidence.text) && f.evidence.text.length <= 260);
}

/** The fact's sentence with another fact of its kind in its place, squeezed to one line; null when there is none. */
export function falseStatement(f: Fact, ctx: QuizContext): string | null {
  const sameKind = ctx.story.filter((x) => x.kind === f.kind && x.span.text !== f.span.text && !f.evidence.text.includes(x.span.text));
  const swap = f.kind === 'number' ? numberVariants(f.span.text, ctx.lang, ctx.rand)[0] : shuffle(sameKind, ctx.rand)[0]?.span.text;
  // In the case of what it replaces: `Am Mittwoch` mid-sentence is `am Mittwoch`, and a sentence still opens in capitals.
  return swap ? blanked(f.evidence, f.span, sameCase(f.span.text, swap)) : null;
}
