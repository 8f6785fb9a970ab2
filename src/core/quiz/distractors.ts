/**
 * Wrong options that look right: facts of the same kind from the story first, then variants of
 * the answer (nearby numbers, other weekdays and months) in the answer's form and case.
 */
import { countedRole, figureKey, nameKey } from '../facts/12-align';
import type { EntityFact, Fact, NumberFact } from '../facts/types';
import type { Analysis } from '../analysis';
import { escapeRe } from './build';
import type { QuizContext } from './context';
import type { QuizLanguageModel } from './language';
import type { NumberMarks } from '../facts/language';
import { countedKeyOf, extractNumbers, numberValue, parseNumber } from '../facts/09-numbers';
import { factSentences } from '../facts/extract';
import { shuffle } from './random';

/** Up to `n` options from the pool, none naming the answer or each other again, each passing `fits` beside those before it. */
export function pickDistractors(answer: string, pool: string[], rand: () => number, n = 3, fits: (option: string, chosen: readonly string[]) => boolean = () => true): string[] {
  // `Lee Jae-min` and `Lee Jae Min` are one option, as they are one person in the alignment.
  const seen = new Set([nameKey(answer)]);
  const out: string[] = [];
  for (const p of shuffle(pool, rand)) {
    const k = nameKey(p);
    if (!k || seen.has(k) || !fits(p, [answer, ...out])) continue;
    seen.add(k);
    out.push(p);
    if (out.length >= n) break;
  }
  return out;
}

/** An acronym (`NATO`) is offered only beside acronyms, a full name only beside full names. */
const nameForm = (n: string): string => (/^\p{Lu}{2,6}$/u.test(n) ? 'acronym' : n.includes(' ') ? 'full' : 'one');

/**
 * Names of the pool's other entities in the answer's form, never one of the answer's own names
 * (`Bitkom` and its mention `der Digitalverband` are one body: two right options).
 */
export function otherNames(e: EntityFact, pool: EntityFact[], answer = e.name): string[] {
  const own = new Set([e.name, ...e.mentions.map((m) => m.text)].map(nameKey));
  const others = pool.filter((p) => !own.has(nameKey(p.name)) && !p.mentions.some((m) => own.has(nameKey(m.text))) && !p.name.includes(e.name) && !e.name.includes(p.name));
  // `Dahl` for `Karin Dahl`: the others by their surnames too.
  const last = (n: string): string => n.split(/\s+/).pop()!;
  const bySurname = e.kind === 'person' && nameForm(e.name) === 'full' && answer === last(e.name);
  // Not where the last word is no surname of its own (`Un` of `Kim Jong Un`, `Jong-un`): a fragment beside a surname.
  const surname = (w: string): boolean => /^\p{Lu}\p{Ll}{2,}$/u.test(w);
  return bySurname ? others.filter((p) => nameForm(p.name) === 'full' && surname(last(p.name))).map((p) => last(p.name)) : others.filter((p) => nameForm(p.name) === nameForm(answer)).map((p) => p.name);
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
  // `6600` keeps its options ungrouped (`13200`), `11.000` grouped (`9.000`).
  const ungrouped = /\d{4}/.test(template);
  if (grouped || (decimals === 0 && value >= 10000 && !ungrouped)) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, f.group);
  return s;
}

/**
 * `fünf Millionen` → `vier Millionen`, `sechs Millionen`: number words give way to their neighbours; every number word
 * of a range moves alike, so it stays a range (`vier bis sechs` → `fünf bis sieben`; moving one end gave `sechs bis sechs`).
 */
function numberWordVariants(answer: string, words: Record<string, number>): string[] {
  const byValue = new Map(Object.entries(words).filter(([w]) => /^\p{Ll}+$/u.test(w)).map(([w, v]) => [v, w] as const).reverse());
  const count = (w: string): number | null => {
    const v = words[w.toLowerCase()];
    return v !== undefined && v >= 2 && v <= 12 ? v : null;
  };
  if (!answer.split(/\s+/).some((w) => count(w) !== null)) return [];
  // Neighbours on both sides in no fixed pattern (`vier` is not always the middle of three, nor `acht` its double).
  return [-2, -1, 1, 2, 3].flatMap((d) => {
    const moved = answer.split(/(\s+)/).map((w) => {
      const v = count(w);
      if (v === null) return w;
      const to = v + d >= 2 ? byValue.get(v + d) : undefined;
      return to ? sameCase(w, to) : null;
    });
    return moved.every((w) => w !== null) ? [moved.join('')] : [];
  });
}

/** A wrong number is plausible within this factor of the answer (`55.000` is no option beside `2.000`). */
const NEAR_FACTOR = 3;

/**
 * Factors a wrong number lies off the answer: uneven, and never double or half (judged: `13.200`
 * and `3.300` beside `6.600`, or `20,4` and `32,4` beside `26,4`, leave the answer as the centre).
 */
const NEIGHBOUR_FACTORS = [0.62, 0.74, 0.83, 1.17, 1.31, 1.46, 1.72];

/** The factors drawn towards 1 by `spread` (1: as they are), for an answer the text bounds closely. */
const factorsWithin = (spread: number): number[] => (spread === 1 ? NEIGHBOUR_FACTORS : NEIGHBOUR_FACTORS.map((k) => 1 + (k - 1) * spread));

/** How far the factors reach off 1 at most (`1,72`). */
const FACTOR_REACH = Math.max(...NEIGHBOUR_FACTORS.map((k) => Math.abs(k - 1)));

/**
 * Plausible values near `v` that form no pattern around it: a random few of uneven factors (so the
 * answer is as often the smallest or largest option as the middle one); small counts by their
 * neighbours two below to three above.
 */
export function numberNeighbours(v: number, rand: () => number, spread = 1): number[] {
  if (v < 10 && Number.isInteger(v)) return shuffle([v - 2, v - 1, v + 1, v + 2, v + 3].filter((x) => x > 0), rand);
  // A little jitter on each factor, so two answers of one text are not offset alike.
  return shuffle(factorsWithin(spread), rand).map((k) => v * (k + (rand() - 0.5) * 0.06 * spread));
}

/** The largest power of ten a whole number is a multiple of (`30` → 10, `25` → 1); 1 for a fraction. */
const roundness = (n: number): number => (Number.isInteger(n) && n > 0 ? 10 ** /0*$/.exec(String(n))![0].length : 1);

/** A fraction in quarters (`0,25`, `1,75`): a rate's steps, offered in quarters too. */
const QUARTER = 0.25;

/**
 * The step a round number's options must be multiples of: 5 or 10 at its scale (`10.000` → 5.000,
 * `30` → 5), and 5 for a multiple of 5 a qualifier hedges (`fast 15 Prozent`: written round); a quarter for a fraction
 * in quarters (`um 0,25 Prozentpunkte`); 1 for a number that is not round. Judged: `rund 10.000` among `13.000`,
 * `14.000`, `17.000`, or `über 30 Prozent` among `22`, `39`, `44`, is the only round option, and `0,32`, `0,21` beside
 * `0,25` are no rate steps.
 */
export const roundStep = (v: number, hedged = false): number => {
  if (roundness(v) >= 10) return roundness(v) / 2;
  if (!Number.isInteger(v * 2) && Number.isInteger(v / QUARTER)) return QUARTER;
  return hedged && Number.isInteger(v) && v >= 10 && v % 5 === 0 ? 5 : 1;
};

/**
 * Options for a round answer: multiples of twice its step where it is one (`30` → `20`, `40`, `50`) and they are enough
 * within a factor of three, else of its step (`10.000` → `5.000`, `15.000`, `20.000`); of those, the one nearest to each
 * uneven factor of the answer, so they lie at uneven distances and never a step or two off it (judged: `88.500`,
 * `88.700` beside `88.600` test reading the digits, not recalling the figure).
 */
function roundNeighbours(v: number, step: number, rand: () => number, spread: number): number[] {
  const factors = factorsWithin(spread);
  const multiples = (step: number): number[] => {
    const near: number[] = [];
    for (let x = step; x <= v * NEAR_FACTOR; x += step) if (x !== v && x * NEAR_FACTOR >= v) near.push(x);
    return near;
  };
  const whole = v % (2 * step) === 0 ? multiples(2 * step) : [];
  const all = whole.length >= 3 ? whole : multiples(step);
  // Within the factors' span where that leaves enough (`40` → `30`, `50`, `60`, `70`, not `80`); a very round answer
  // has few multiples near it (`10.000` → `5.000`, `15.000`, `20.000`).
  const span = all.filter((x) => x > v * factors[0]! * 0.9 && x < v * factors[factors.length - 1]! * 1.1);
  const near = span.length >= 3 ? span : all;
  // Not rounder than the answer: `34.000` among `25.000`, `40.000`, `50.000` was judged the one odd figure. Where the answer's
  // leading digits are no multiple of five, neither are the options' (`26.000`, `41.000`), where enough are.
  const lead = (x: number): number => x / roundness(x);
  const plain = near.filter((x) => lead(x) % 5 !== 0 && roundness(x) <= roundness(v));
  const cands = lead(v) % 5 !== 0 && plain.length >= 3 ? plain : near;
  const picked: number[] = [];
  for (const k of shuffle(factors, rand)) {
    const target = v * k;
    const free = cands.filter((x) => !picked.includes(x));
    const nearest = free.reduce<number | null>((best, x) => (best === null || Math.abs(Math.log(x / target)) < Math.abs(Math.log(best / target)) ? x : best), null);
    if (nearest !== null) picked.push(nearest);
  }
  return picked;
}

/** A number before a scale word stays below the next one's factor (`999 Millionen`, then `1 Milliarde`). */
const SCALE_STEP = 1000;

/** A number written as a year (`2015`). */
const YEAR_SHAPE = /^(1[89]|20)\d\d$/;

/**
 * Numbers of the same form near the answer (`11.000` → `9.000`, `13.000`); `hedged` when a qualifier stands before it (`rund`);
 * `spread` below 1 keeps them closer (a whole the text bounds by its part); `counted` where the answer counts things, so
 * that one of a year's shape is no year (`insgesamt 2000 Flüchtlinge`).
 */
export function numberVariants(answer: string, lang: QuizLanguageModel, rand: () => number, hedged = false, spread = 1, counted = false): string[] {
  const forms = lang.facts.numberMarks;
  const m = numberPattern(forms).exec(answer);
  if (!m) return numberWordVariants(answer, lang.facts.numberWords);
  const raw = m[0];
  const v = parseNumber(raw, forms);
  if (v === null) return [];
  // A year is asked with the years around it (`2015` → `2013`, `2016`), never `1000` or `4030`.
  if (YEAR_SHAPE.test(raw) && !counted) return [v - 1, v + 1, v - 2, v + 2, v - 3].map((y) => answer.replace(raw, String(y)));
  // As round as the answer (`55.000` → `70.000`, `6.613` → `7.936`), so its form does not give it away; never coarser than a fifth of it.
  const unit = Math.min(v >= 10 ? roundness(v) : 1, 10 ** Math.max(0, Math.floor(Math.log10(v / 5))));
  const round = (x: number): number => (Number.isInteger(v) ? Math.round(x / unit) * unit : x);
  // Within a factor of three of the answer: `0,1 Millionen` beside `1,1 Millionen` could not be true.
  const grain = roundStep(v, hedged);
  // `763 Millionen` → no `1322 Millionen` (written `1,3 Milliarden`; judged to stand out): below the next scale word. Nor
  // `1 Millionen`: the answer's scale word is its plural (judged ungrammatical).
  const scale = !!lang.facts.scaleWords[answer.slice(m.index + raw.length).trim().split(/\s+/)[0] ?? ''];
  const scaled = v < SCALE_STEP && scale;
  // A figure that is not round among none rounder than it (`69` beside `90`, `100`, `120`: the odd one out, as judged of `34.000`).
  const near = (x: number): boolean => x > 0 && x !== v && x * NEAR_FACTOR >= v && x <= v * NEAR_FACTOR && roundness(x) <= roundness(v);
  const cands = (grain !== 1 ? roundNeighbours(v, grain, rand, spread) : numberNeighbours(v, rand, spread).map(round).filter(near)).filter((x) => (!scaled || x < SCALE_STEP) && !(scale && x === 1));
  // `20 bis 30` → `30 bis 40`: every number moves, so a range stays a range, and by a step as round as its numbers
  // (`23 bis 33` beside `20 bis 30` was judged to give the round answer away).
  const all = answer.match(numberPattern(forms)) ?? [];
  if (all.length > 1) {
    const values = all.map((n) => parseNumber(n, forms) ?? 1);
    // The roundest step every end is a multiple of (`35.000 bis 40.000` moves by 5.000: `41.000 bis 46.000` gave it away).
    const base = Math.min(...values.map(roundness));
    const step = [5, 2, 1].map((k) => k * base).find((k) => values.every((x) => x % k === 0)) ?? base;
    const shifts = [...new Set(cands.map((x) => Math.round((x - v) / step) * step))].filter((d) => d !== 0);
    return shifts.map((d) => answer.replace(numberPattern(forms), (n) => formatLike(n, Math.max(1, (parseNumber(n, forms) ?? v) + d), forms)));
  }
  return cands.map((x) => answer.replace(raw, formatLike(raw, x, forms)));
}

/** Other dates of the same form: other weekdays and months, else nearby days and years. */
export function dateVariants(answer: string, ctx: QuizContext): string[] {
  const facts = ctx.lang.facts;
  const out: string[] = [];
  const weekday = facts.weekdays.find((d) => answer.includes(d));
  if (weekday) for (const w of facts.weekdays) if (w !== weekday) out.push(answer.replace(weekday, w));
  // One name per month, in full (`Sept` is `September`; `Mai` is short and full), and none of the answer's (`Feber` is
  // `Februar`: two right options); a month the text names by a regional name keeps it (`im Juli 2015` beside `im Jänner
  // 2014` of the text and a made `im Januar 2015` was judged a mix of spellings).
  const all = Object.keys(facts.months);
  const months = all.filter((m) => !all.some((x) => x !== m && x.startsWith(m)));
  // A whole word of the answer, shortened too (`Sept.`): `Mai` is not the start of `Mainz`.
  const word = (m: string): RegExp => new RegExp(`(?<!\\p{L})${m}(?!\\p{L})`, 'u');
  const month = all.find((m) => word(m).test(answer));
  const written = new Set(`${answer} ${ctx.article.text}`.match(/\p{L}+/gu));
  const names = new Map<number, string>();
  for (const m of months) {
    const had = names.get(facts.months[m]!);
    if (!had || (written.has(m) && !written.has(had)) || (written.has(m) === written.has(had) && m.length > had.length)) names.set(facts.months[m]!, m);
  }
  const others = [...names.entries()].filter(([n]) => n !== facts.months[month ?? '']).map(([, m]) => m);
  if (month) for (const m of shuffle(others, ctx.rand).slice(0, 4)) out.push(answer.replace(word(month), m));
  if (!out.length) out.push(...numberVariants(answer, ctx.lang, ctx.rand));
  return out;
}

/** Overlaps of a fixed phrase with a number in its sentence (`unter vier Augen`). */
function inIdiom(f: NumberFact, lang: QuizLanguageModel): boolean {
  const re = new RegExp(lang.quiz.forms.numberIdioms.source, `${lang.quiz.forms.numberIdioms.flags.replace('g', '')}g`);
  const at = f.span.start - f.evidence.start;
  return [...f.evidence.text.matchAll(re)].some((m) => m.index < at + f.span.text.length && at < m.index + m[0].length);
}

/** Where the number's own text starts in the article (`zwei` of `zwei seiner Töchter`). */
const numberStart = (f: NumberFact): number => f.span.start + Math.max(0, f.span.text.indexOf(f.numberText));
const numberEnd = (f: NumberFact): number => numberStart(f) + f.numberText.length;

/** The evidence before and after the number's own text. */
function around(f: NumberFact): { before: string; after: string } {
  const at = numberStart(f) - f.evidence.start;
  return { before: f.evidence.text.slice(0, at), after: f.evidence.text.slice(at + f.numberText.length) };
}

/** Fewest of a count worth asking: `zwei` is given away by the two things the sentence names (judged three times). */
const MIN_COUNT = 3;

/**
 * Most significant digits of a figure worth asking: one exact to the unit in the millions (`12.604.381 Seitenaufrufe`) is a
 * statistic no reader recalls, and its options differ in digits only (judged trivia, its form giving it away).
 */
const MAX_FIGURE_DIGITS = 5;

/** The significant digits of a figure as written (`23.258.290` → 7, `135.000` → 3, `52,8` → 3). */
const significantDigits = (written: string, marks: NumberMarks): number => (numberPattern(marks).exec(written)?.[0] ?? '').replace(/\D/g, '').replace(/^0+|0+$/g, '').length;

/**
 * Two people as the news (`Zwei Männer sind … verletzt worden`, `zwei Menschen kamen ums Leben`): what happened to whom is
 * told by the count, which no two things of the sentence give away, so it is asked as a larger count is. Not where an
 * article makes it phrasing (`der zwei großen Parteien`), nor where the sentence names the two after it (`zwei Täter:
 * A und B`), nor a count of things (`zwei Halbkugeln`, `zwei Möglichkeiten`, judged not worth asking).
 */
function twoPeople(f: NumberFact, ctx: QuizContext): boolean {
  const { lang } = ctx;
  const tokens = ctx.article.analysis.sentences[f.sentence]?.tokens ?? [];
  const head = tokens.find((t) => t.start >= numberEnd(f) && t.end <= f.span.end && lang.facts.isNoun(t));
  if (!head || lang.quiz.news.agent(head.lemma) !== 'person') return false;
  const { before } = around(f);
  const phrasing = lang.facts.quotes.determiners.has((before.trim().split(/\s+/).pop() ?? '').toLowerCase());
  const after = f.evidence.text.slice(f.span.end - f.evidence.start);
  const named = /^\s*[,:(–—]/u.test(after) && new RegExp(`\\s${escapeRe(lang.facts.quotes.coordinator)}\\s`, 'u').test(after);
  return !phrasing && !named;
}

/** `sieben` in a text about the `G7`: the name says the number. */
const inAName = (v: number, text: string): boolean => new RegExp(`\\p{L}-?${v}(?!\\d)`, 'u').test(text);

/**
 * A number or date in brackets is an aside: a side detail (`Team Stronach (drei Mandate)`, `die EM (10. Juni
 * bis 10. Juli)`), or one the words before it give away (`rund die Hälfte (48 Prozent)`, `eine halbe Milliarde Dollar (rund 440 Millionen Euro)`).
 */
export const inBrackets = (before: string): boolean => before.lastIndexOf('(') > before.lastIndexOf(')');

/**
 * A bracket right after the number that says it again: a conversion (`neun Milliarden Pfund (11,8 Milliarden
 * Euro)`), or as many items as the count (`drei Töchter (fünf, zehn und fünfzehn Jahre alt)`).
 */
function bracketGivesAway(after: string, value: number, lang: QuizLanguageModel): boolean {
  const m = /^[^()]{0,25}\(([^()]*)\)/u.exec(after);
  if (!m) return false;
  const inside = m[1]!;
  if (/^\D{0,12}\d/u.test(inside)) return true;
  const items = inside.split(new RegExp(`,|\\s${escapeRe(lang.facts.quotes.coordinator)}\\s`, 'u')).filter((x) => x.trim());
  return items.length > 1 && items.length === value;
}

/** Fewest figures of an inventory (`22.105 Granaten, 379 Granatwerfer und 81 Gewehre`): each is one line of a list. */
const LIST_ITEMS = 3;

/**
 * One line of an inventory: a figure of a run of at least `LIST_ITEMS` in its sentence with nothing between them but
 * what they count and a list's joiners (judged not worth asking four times: a weapons list's items, whichever is asked).
 * Not a run of which a figure counts by its event role (`12 Tote, 47 Verletzte und 5 Vermisste`): the event's toll.
 */
function inventoryItem(f: NumberFact, ctx: QuizContext): boolean {
  const role = countedRole(ctx.lang.facts);
  const join = ctx.lang.quiz.forms.figureListJoin;
  const figures = ctx.facts.facts.filter((x): x is NumberFact => x.kind === 'number' && x.sentence === f.sentence).sort((a, b) => a.span.start - b.span.start);
  const runs: NumberFact[][] = [];
  for (const x of figures) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && join.test(ctx.article.text.slice(last.span.end, x.span.start))) run.push(x);
    else runs.push([x]);
  }
  return runs.some((run) => run.length >= LIST_ITEMS && run.includes(f) && !run.some((x) => role(x)));
}

/**
 * `zwischen 20 und ___ Menschen`, `von 1.000, ___ Menschen`: a range's second end, which asked alone tests a hedge (judged
 * not worth asking; the range is asked by its first end, whose options stay below the second). Not a second count of
 * other things (`von acht getöteten Seeleuten und ___ Fischern`).
 */
function rangeEnd(f: NumberFact, before: string, ctx: QuizContext): boolean {
  if (!ctx.lang.quiz.forms.rangeLower.test(before)) return false;
  const first = ctx.facts.facts.filter((x): x is NumberFact => x.kind === 'number' && x.sentence === f.sentence && x.span.end <= numberStart(f)).at(-1);
  return !first?.countedKey || !f.countedKey || first.countedKey === f.countedKey;
}

/**
 * A figure of the number's sentence that stands for the same thing with its noun left out (`___ Zähler …, könnten es
 * diesmal sogar 703 sein`) and lies within `MIN_SPREAD` of it: options as near as it are too near each other, options
 * farther off are ruled out by it (judged twice, round v: 1023 and 1206 beside 701 exceed the 703 shown). Only a figure
 * in digits that no fact of the sentence holds as its own figure (no year, no date, no count of another noun) nor a word does (`21-jährige`),
 * and not one of `pivots`.
 */
function nearBareFigure(f: NumberFact, ctx: QuizContext): boolean {
  const marks = ctx.lang.facts.numberMarks;
  const answer = f.value;
  if (answer === null || !/\d/.test(f.numberText)) return false;
  // A value a change starts from keeps the options on the answer's side only (`von 9,1 auf ___ Prozent`).
  const sides = pivots(f, ctx.lang);
  return [...f.evidence.text.matchAll(new RegExp(`${numberPattern(marks).source}(?![\\d-])`, 'gu'))].some((m) => {
    const at = f.evidence.start + m.index;
    // A quote or an event spans a whole clause and holds its figures without giving them a noun (`hofft, dass es 520 sind`).
    const holds = (x: Fact): boolean => x.kind !== 'quote' && x.kind !== 'event' && x.span.start <= at && at < x.span.end;
    if (ctx.facts.facts.some(holds) || /^(1[89]|20)\d\d$/.test(m[0])) return false;
    // A sentence's last figure (`sogar 703.`) without its full stop.
    const y = parseNumber(m[0].replace(/\D+$/u, ''), marks);
    return y !== null && y !== answer && !sides.includes(y) && Math.abs(y - answer) < MIN_SPREAD * Math.max(y, answer);
  });
}

/**
 * Numbers worth asking: exact (a vague `mehrere` or `Dutzende` has no wrong options), not a
 * measurement or spec but a duration (focal lengths, pixel counts, browser versions, seedings are trivia), not a
 * part of a whole (`zwei Drittel`: `vier Drittel` is impossible), not inside a fixed phrase
 * (`unter vier Augen`), not an aside in brackets nor one a bracket after it says again, not one another figure
 * of its sentence gives (a sum, a conversion, a ratio), and not a count the sentence or a name gives away (`zwei`, `G7`).
 */
export const exactNumbers = (ctx: QuizContext): NumberFact[] => {
  const forms = ctx.lang.quiz.forms;
  return ctx.facts.facts.filter((f): f is NumberFact => {
    if (f.kind !== 'number' || f.value === null || forms.fractionNouns.test(f.counted ?? '') || inIdiom(f, ctx.lang)) return false;
    // `12` and `Millionen` with a run of spaces or lines between them (a pasted layout): no answer to show or type.
    if (/\s{2,}/u.test(f.numberText) || significantDigits(f.numberText, ctx.lang.facts.numberMarks) > MAX_FIGURE_DIGITS) return false;
    const { before, after } = around(f);
    if (f.unit === 'measure' && !forms.duration(f.counted ?? '', before, after)) return false;
    if (forms.triviaAfter.test(after) || forms.triviaBefore.test(before) || inBrackets(before) || bracketGivesAway(after, f.value, ctx.lang) || inventoryItem(f, ctx)) return false;
    if (rangeEnd(f, before, ctx) || nearBareFigure(f, ctx)) return false;
    // `…, also ___ Offiziere`, `umgerechnet ___ Euro`, `verdoppelte sich von 20 auf ___`: the sentence's other figure gives it away.
    const ratio = forms.ratio.test(f.evidence.text) && valuesIn(`${before} ${after}`, ctx.lang).length > 0;
    if (forms.restatedBefore.test(before) || forms.restatedAfter.test(after) || ratio) return false;
    const count = Number.isInteger(f.value) && f.unit !== 'percent' && f.unit !== 'year';
    return !(count && ((f.value < MIN_COUNT && !(f.value === MIN_COUNT - 1 && twoPeople(f, ctx))) || inAName(f.value, ctx.article.text)));
  });
};

/** The numbers of an option as written, in digits or words (`1,5` of `1,5 Millionen`; `4`, `6` of `vier bis sechs`). */
function valuesIn(s: string, lang: QuizLanguageModel): number[] {
  const { numberMarks, articleNumberWords } = lang.facts;
  return (s.match(new RegExp(`${numberPattern(numberMarks).source}|\\p{L}+`, 'gu')) ?? []).flatMap((w) => {
    const v = articleNumberWords.has(w.toLowerCase()) ? null : numberValue(w, lang.facts);
    return v === null ? [] : [v];
  });
}

const ascending = (xs: readonly number[]): boolean => xs.every((x, i) => i === 0 || xs[i - 1]! < x);

/** Letters of a unit or counted word compared, so an inflected form counts alike (`Besucher`, `Besuchern`). */
const UNIT_STEM = 5;

/**
 * The figures the sentence compares the answer with (`mit ___ Prozent (im Vergleich zu 23 Prozent …) überrepräsentiert`),
 * where they count what it does (the same word after the number): the sentence says on which side of them the answer lies.
 */
function comparedFigures(f: NumberFact, lang: QuizLanguageModel): string[] {
  const { before, after } = around(f);
  const unit = (s: string): string => s.toLowerCase().slice(0, UNIT_STEM);
  const own = unit(/^\s*([\p{L}%]+)/u.exec(after)?.[1] ?? '');
  // Not the answer itself where it is the compared figure (`gegenüber ___ Prozent`).
  return [...f.evidence.text.matchAll(lang.quiz.forms.comparedWith)].flatMap((m) => (own && m.indices?.[1]?.[0] !== before.length && unit(m[2]!) === own ? [m[1]!] : []));
}

/**
 * Values the sentence keeps the answer on one side of: the value a change starts from (`von 20 auf ___`), the upper end
 * of a range the answer is the lower end of (`zwischen ___ und 40`), a figure it compares the answer with (`im Vergleich
 * zu 23 Prozent`; judged: 19 beside 23 contradicts `überrepräsentiert`), and for a share a threshold it names (`verfehlte
 * die Fünf-Prozent-Hürde`).
 */
function pivots(f: NumberFact, lang: QuizLanguageModel): number[] {
  const forms = lang.quiz.forms;
  const { before, after } = around(f);
  const from = forms.changeFrom.exec(before)?.[1];
  const thresholds = f.unit === 'percent' ? [...f.evidence.text.matchAll(forms.threshold)].map((m) => m[1] ?? m[2] ?? '') : [];
  const upper = forms.rangeLowerBefore.test(before) ? forms.rangeUpper.exec(after)?.[1] : undefined;
  return [from ?? '', ...thresholds, upper ?? '', ...comparedFigures(f, lang)].flatMap((w) => {
    const v = numberValue(w, lang.facts);
    return v === null ? [] : [v];
  });
}

/** A share that leaves out less than a tenth: nearly all, which no `nur` calls small. */
const NEARLY_ALL = 90;
/** The most of a whole each of two sides has where both have the same share. */
const HALF = 50;

/** The part the sentence names right before a whole (`149` of `Platz 149 von ___ Staaten`), as written. */
function partBefore(f: NumberFact, lang: QuizLanguageModel): number | null {
  const part = lang.quiz.forms.wholeOfPart.exec(around(f).before)?.[1];
  return part === undefined ? null : parseNumber(part, lang.facts.numberMarks);
}

/**
 * Values a number can take: a share is at most 100 percent, a range runs upwards, a part is less than its whole
 * (`21 der 36 Sitze`), a whole more than its part and no farther off the answer than the part is (judged: `240`, `260`,
 * `310` for `Platz 149 von ___ Staaten` beside 180 were ruled out without reading), and the answer's side of a value the sentence sets (a rise stays a
 * rise, a share that missed a threshold stays below it).
 */
function possible(f: NumberFact, option: string, lang: QuizLanguageModel): boolean {
  const marks = lang.facts.numberMarks;
  const values = valuesIn(option, lang);
  // A share of all (`100 Prozent`) beside a share of some is no average or rate a text reports (judged: an average load of 100 %).
  if (f.unit === 'percent' && values.some((x) => x >= 100) && !valuesIn(f.numberText, lang).some((x) => x >= 100)) return false;
  // The answer as written, on the scale the options are read on.
  const answer = valuesIn(f.numberText, lang);
  // `nur ___ Prozent`: a share called small is no share of nearly all (judged: `98` beside `nur 66 Prozent` ruled out unread).
  const few = f.unit === 'percent' && lang.quiz.forms.fewQualifiers.has(f.qualifier?.toLowerCase() ?? '');
  if (few && values.some((x) => x >= NEARLY_ALL) && !answer.some((x) => x >= NEARLY_ALL)) return false;
  // Two sides at one share (`Sowohl die Gegner als auch die Befürworter … auf 41 Prozent`): 53 would make 106 %, a value
  // the text rules out (the rubric). A share over half shows the two are no parts of one whole, so it binds nothing.
  const shared = f.unit === 'percent' && lang.quiz.forms.sharedShare.test(f.evidence.text) && answer.every((x) => x <= HALF);
  if (shared && values.some((x) => x > HALF)) return false;
  if (answer.length > 1 && ascending(answer) && !ascending(values)) return false;
  const whole = lang.quiz.forms.partOfWhole.exec(around(f).after)?.[1];
  const part = partBefore(f, lang);
  const a = answer[0];
  if (whole && values.some((x) => x >= (parseNumber(whole, marks) ?? Infinity))) return false;
  if (part !== null && values.some((x) => x <= part || (a !== undefined && a > part && Math.abs(x - a) >= a - part))) return false;
  return a === undefined || pivots(f, lang).every((p) => p === a || values.every((x) => Math.sign(x - p) === Math.sign(a - p)));
}

/**
 * Least relative difference between two number options: options a step or two apart in a large number's last digits
 * (`88.600`, `88.700`) test reading the digits, not recalling the figure. Years are asked among their neighbours.
 */
const MIN_SPREAD = 0.05;

/**
 * The totals another sentence gives of a group the answer's sentence names (`103 Passagiere` for `Unter den Passagieren
 * befanden sich etwa ___ Schulkinder`): a count of part of it stays below them (judged: 130 pupils among 103 passengers
 * is ruled out by the text). Only where the answer lies below the total, as a part does; the answer's own noun only for a
 * count of part of it.
 */
function totalsOver(f: NumberFact, ctx: QuizContext): number[] {
  if (f.unit !== 'count' || f.value === null) return [];
  const sentence = ctx.article.analysis.sentences.find((s) => s.start <= f.span.start && f.span.start < s.end);
  const named = new Set(sentence?.tokens.filter((t) => t.upos === 'NOUN' && (t.start >= f.span.end || t.end <= f.span.start)).map((t) => countedKeyOf(t, ctx.lang.facts)));
  const value = f.value;
  // `zwei seiner Töchter`, `drei der Opfer`: a determiner right after the count makes it part of a group of its own noun,
  // which the text's total of that noun bounds (`vier` and `fünf` daughters were offered where the text says he has three).
  const partitive = sentence?.tokens.find((t) => t.start >= numberEnd(f))?.upos === 'DET';
  const bounds = (key: string): boolean => (key === f.countedKey ? partitive : named.has(key));
  return ctx.facts.facts.flatMap((x) => (x.kind === 'number' && x.unit === 'count' && x !== f && !!x.countedKey && bounds(x.countedKey) && x.value !== null && x.value > value ? [x.value] : []));
}

/** Lemmas of the tokens of the article's sentence holding `at` with one of `upos`, within `[from, to)` where given. */
function lemmasAt(ctx: QuizContext, at: number, upos: string, from = 0, to = Infinity): Set<string> {
  const sentence = ctx.article.analysis.sentences.find((s) => s.start <= at && at < s.end);
  return new Set(sentence?.tokens.filter((t) => t.upos === upos && t.start >= from && t.end <= to).map((t) => t.lemma.toLowerCase()));
}

const meet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((x) => b.has(x));

/**
 * Whether an article's figure `x` is its other figure for what `f` tells: the same thing counted, described alike (an adjective
 * of both, `irakische Zivilisten`) or in a sentence of the same verb (`starben`)? An earlier report or a correction
 * (`ursprünglich … 15 … starben`, later `der Tod von 24 irakischen Zivilisten`): offered, it is a second true answer or a
 * trap, not a wrong one.
 */
function sameFactAs(f: NumberFact, ctx: QuizContext): (x: NumberFact) => boolean {
  if (!f.countedKey) return () => false;
  const adjectives = lemmasAt(ctx, f.span.start, 'ADJ', f.span.start, f.span.end);
  const verbs = lemmasAt(ctx, f.span.start, 'VERB');
  return (x) =>
    x.countedKey === f.countedKey && x.evidence.start !== f.evidence.start &&
    (meet(adjectives, lemmasAt(ctx, x.span.start, 'ADJ', x.span.start, x.span.end)) || meet(verbs, lemmasAt(ctx, x.span.start, 'VERB')));
}

/** Every figure of an article, its headline's and teaser's too (the quiz's facts are the body's), once per analysis. */
const figuresOf = new WeakMap<Analysis, NumberFact[]>();
/** A figure's `figureKey` and whether its sentence tells a sequence, once per figure (an article's facts are read in one language). */
const figureKeys = new WeakMap<NumberFact, string | null>();
const sequenceFigures = new WeakMap<NumberFact, boolean>();
export function allFigures(ctx: Pick<QuizContext, 'article' | 'lang'>): NumberFact[] {
  const { text, analysis } = ctx.article;
  const known = figuresOf.get(analysis);
  if (known) return known;
  const found = extractNumbers(text, factSentences(analysis), ctx.lang.facts);
  figuresOf.set(analysis, found);
  return found;
}

/**
 * Whether a value (as the answer's figure reads it, scale words applied) keeps to the bounds the text's qualified figures
 * of the same thing set, anywhere in it (`Mehr als 20 Tote` in the headline over `24 Menschen … getötet`: 15 and 18 are ruled
 * out, judged), and a figure of the same thing a sequence tells (`zunächst`, `später`) keeps them on the answer's side of it.
 * The bounding figure itself is no option either (a second right answer or a trap). A bound the answer breaks is not the
 * answer's thing (`fast 20` beside a later `24`: an earlier count, or another group), so it binds nothing.
 */
function withinTextBounds(f: NumberFact, ctx: QuizContext): (x: number) => boolean {
  const answer = f.value;
  if (answer === null || f.valueTo !== null) return () => true;
  const keyOf = figureKey(ctx.lang.facts);
  // Each figure's key once: every figure's question weighs every other figure, and a key reads its clause's words.
  const key = (x: NumberFact): string | null => {
    if (!figureKeys.has(x)) figureKeys.set(x, keyOf(x));
    return figureKeys.get(x)!;
  };
  const { numberBounds: limits, sequence } = ctx.lang.quiz.forms;
  const inSequence = (x: NumberFact): boolean => {
    if (!sequenceFigures.has(x)) sequenceFigures.set(x, sequence.test(x.evidence.text));
    return sequenceFigures.get(x)!;
  };
  const own = key(f);
  if (own === null) return () => true;
  const bounds = allFigures(ctx).flatMap((x) => {
    if (x.value === null || x.valueTo !== null || x.span.start === f.span.start || x.value === answer || key(x) !== own) return [];
    // A sequence (`zunächst drei Tote …, am Abend sieben`): the other figure is where the count stood before or after,
    // so options stay on the answer's side of it.
    if (inSequence(x) || inSequence(f)) return [answer > x.value ? { at: x.value, low: x.value, high: Infinity } : { at: x.value, low: 0, high: x.value }];
    const factors = x.qualifier ? limits.get(x.qualifier.toLowerCase()) : undefined;
    if (!factors) return [];
    const [low, high] = [factors[0] * x.value, factors[1] * x.value];
    return answer >= low && answer <= high ? [{ at: x.value, low, high }] : [];
  });
  return (v) => bounds.every((b) => v !== b.at && v >= b.low && v <= b.high);
}

/** Distractors for a number: other exact numbers of the same shape (`38`, not `20 bis 30`) and magnitude, then variants of it. */
export function numberDistractors(f: NumberFact, ctx: QuizContext): string[] {
  const answer = f.numberText;
  const near = (x: number, v: number | null): boolean => v !== null && x * NEAR_FACTOR >= v && x <= v * NEAR_FACTOR;
  // `19` beside `7,2`: an option written otherwise than the answer stands out.
  const decimal = new RegExp(`\\d${escapeRe(ctx.lang.facts.numberMarks.decimal)}\\d`);
  const groups = (t: string): number => (t.match(numberPattern(ctx.lang.facts.numberMarks)) ?? []).length;
  // The text's numbers as round as a round answer only (`30` beside `22`, `39`, `44` gave it away), and none rounder than
  // an exact one (`650` beside `437`, as made options are not).
  const written = (t: string): number => parseNumber(t.match(numberPattern(ctx.lang.facts.numberMarks))?.[0] ?? '', ctx.lang.facts.numberMarks) ?? NaN;
  const step = roundStep(written(answer), f.qualifier !== null);
  // A count of other things is no option (`13 Parteien` borrowed from `13 Großspenden`, judged implausible): counts of the same thing only.
  const sameThing = (x: NumberFact): boolean => f.unit !== 'count' || !f.countedKey || x.countedKey === f.countedKey;
  // Written as the answer is around its digits: `15 Milliarden` beside `43 Mrd.` stands out (judged), as `25 %` beside `30 Prozent` would.
  // Number words beside number words (`zehn` beside `fünf`), never beside digits.
  const form = (t: string): string => (/\d/.test(t) ? t.replace(numberPattern(ctx.lang.facts.numberMarks), '0') : 'words');
  const pool = ctx.story
    .filter((x): x is NumberFact => x.kind === 'number' && x.unit === f.unit && sameThing(x) && x.numberText !== answer && x.value !== null && near(x.value, f.value) && form(x.numberText) === form(answer) && decimal.test(x.numberText) === decimal.test(answer) && groups(x.numberText) === groups(answer) && written(x.numberText) % step === 0 && roundness(written(x.numberText)) <= roundness(written(answer)))
    .map((x) => sameCase(answer, x.numberText));
  // A count of a year's shape (`insgesamt 2000 Flüchtlinge`) is no year: its options are counts, not the years around it.
  const counted = f.unit === 'count' && !!f.counted;
  const year = YEAR_SHAPE.test(answer) && !counted;
  const apart = (o: string, chosen: readonly string[]): boolean => {
    const x = valuesIn(o, ctx.lang)[0];
    return year || x === undefined || chosen.every((c) => {
      const y = valuesIn(c, ctx.lang)[0];
      return y === undefined || Math.abs(x - y) >= MIN_SPREAD * Math.max(x, y);
    });
  };
  const total = Math.min(...totalsOver(f, ctx));
  // Nor the text's other figure for the same fact, from its own figures or made alike.
  const sameFact = sameFactAs(f, ctx);
  const told = new Set(ctx.facts.facts.flatMap((x) => (x.kind === 'number' && x.value !== null && sameFact(x) ? [x.value] : [])));
  // Options are read as written (`1,2` of `1,2 Millionen`), the text's bounds on the scale the answer's figure is counted in.
  const bounded = withinTextBounds(f, ctx);
  const scale = f.value !== null && valuesIn(answer, ctx.lang)[0] ? f.value / valuesIn(answer, ctx.lang)[0]! : 1;
  const fits = (o: string): boolean => possible(f, o, ctx.lang) && valuesIn(o, ctx.lang).every((x) => x < total && !told.has(x) && bounded(x * scale));
  // As many digits as the answer, but for one option at most (judged: `89` among `104`, `131`, `151`, the only two-digit
  // option and the lowest, gave `der günstigste Preis` away; `100` beside `50`, `250`, `300` is not alone in its length).
  const digits = (t: string): number => String(Math.trunc(valuesIn(t, ctx.lang)[0] ?? 0)).length;
  const alike = (o: string): boolean => !/\d/.test(answer) || digits(o) === digits(answer);
  const unlike = (o: string, chosen: readonly string[]): boolean => alike(o) || chosen.every(alike);
  // The text's own numbers of the kind first: they fit the story and form no pattern around the answer.
  const own = pickDistractors(answer, pool.filter(fits), ctx.rand, 3, (o, chosen) => unlike(o, chosen) && apart(o, chosen));
  if (own.length >= 3) return own;
  // A whole its part bounds (`149 von ___`) is made among values as close as the part is (`180` → `165`, `200`), where they fit.
  const part = partBefore(f, ctx.lang);
  const shown = valuesIn(answer, ctx.lang)[0];
  const spread = part !== null && shown !== undefined && shown > part ? Math.min(1, (shown - part) / shown / FACTOR_REACH) : 1;
  const made = numberVariants(answer, ctx.lang, ctx.rand, f.qualifier !== null, spread, counted).filter((o) => fits(o) && !own.some((x) => nameKey(x) === nameKey(o)));
  return [...own, ...pickDistractors(answer, made, ctx.rand, 3 - own.length, (o, chosen) => unlike(o, [...chosen, ...own]) && apart(o, [...chosen, ...own]))];
}
