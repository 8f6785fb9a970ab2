/**
 * Quiz generation (issue 6): questions from the facts of one or more articles, each pointing
 * back to the sentence that answers it. Distractors are facts of the same kind from the text
 * or the story; every question is checked before it is kept (answer among the options and in
 * the evidence, never in the prompt). Deterministic for the same input and seed.
 */
import { hash53 } from '../hash';
import { parseArticleMeta } from '../articleMeta';
import type { QuoteRules } from '../facts/quotes';
import type { ArticleFacts, EntityFact, Fact, NumberFact, DateFact, QuoteFact, EventFact, TextSpan } from '../facts/types';
import { extractFacts } from '../facts/extract';
import { alignArticles, nameKey } from '../facts/align';
import { isRole } from '../facts/entities';
import { mulberry32, shuffle } from './random';
import type { Evidence, Question, QuestionType, QuizArticle, QuizOptions, QuizWithFacts } from './types';
import type { QuizForms, QuizLanguageModel, QuizTemplates } from './language';

export type { QuizLanguage, QuizLanguageModel, QuizTemplates } from './language';

/** Longest text we make a quiz of; longer input is refused with a reason, not processed. */
export const MAX_TEXT_CHARS = 1_000_000;
const DEFAULT_PER_ARTICLE = 12;
const MAX_PROMPT_QUOTE = 180;
const MIN_LANGUAGE_SHARE = 0.06;

interface Ctx {
  article: QuizArticle;
  facts: ArticleFacts;
  lang: QuizLanguageModel;
  rand: () => number;
  /** Facts of the whole story, for distractors. */
  story: Fact[];
}

const norm = (s: string): string => s.trim().toLowerCase();
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function ev(a: QuizArticle, s: TextSpan): Evidence {
  return { article: a.id, start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
}

/** The sentence with one span replaced by the blank, squeezed to one line. */
function blanked(sentence: TextSpan, target: TextSpan, blank: string): string {
  const a = target.start - sentence.start;
  const b = target.end - sentence.start;
  return `${sentence.text.slice(0, a)}${blank}${sentence.text.slice(b)}`.replace(/\s+/g, ' ').trim();
}

const charClass = (chars: string): string => `[${chars.replace(/[\]\\^-]/g, '\\$&')}]`;

const openingQuotes = (pairs: QuoteRules['quotePairs']): string => Object.keys(pairs).join('');

/** The quote without its quote marks, for a prompt that sets its own. */
function unquote(quote: string, pairs: QuoteRules['quotePairs']): string {
  const closing = Object.values(pairs).flat().join('');
  return quote.replace(new RegExp(`^${charClass(openingQuotes(pairs))}+|${charClass(closing)}+$`, 'gu'), '');
}

/** A quote or a question inside a predicate: it cannot be the rest of a `who` question. */
const quoteOrQuestion = (pairs: QuoteRules['quotePairs']): RegExp => new RegExp(charClass(`${openingQuotes(pairs)}?`), 'u');

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= n) return t;
  const cut = t.slice(0, n);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

function pickDistractors(answer: string, pool: string[], ctx: Ctx, n = 3): string[] {
  // `Lee Jae-min` and `Lee Jae Min` are one option, as they are one person in the alignment.
  const seen = new Set([nameKey(answer)]);
  const out: string[] = [];
  for (const p of shuffle(pool, ctx.rand)) {
    const k = nameKey(p);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(p);
    if (out.length >= n) break;
  }
  return out;
}

/** A number as the language writes it (`11.000`, `2,5`): digits with its group and decimal marks. */
function numberPattern(f: QuizForms): RegExp {
  return new RegExp(`\\d[\\d${escapeRe(f.groupSeparator)}${escapeRe(f.decimalSeparator)}]*`, 'g');
}

/** `value` written like `template`: with as many decimals, and grouped where it is. */
function formatLike(template: string, value: number, f: QuizForms): string {
  const decimals = new RegExp(`${escapeRe(f.decimalSeparator)}(\\d+)$`).exec(template)?.[1]?.length ?? 0;
  const grouped = new RegExp(`\\d${escapeRe(f.groupSeparator)}\\d{3}`).test(template);
  let s = decimals ? value.toFixed(decimals).replace('.', f.decimalSeparator) : String(Math.round(value));
  if (grouped || (decimals === 0 && value >= 10000)) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, f.groupSeparator);
  return s;
}

/** Numbers of the same form near the answer (`11.000` → `9.000`, `13.000`). */
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

function numberVariants(answer: string, ctx: Ctx): string[] {
  const { rand } = ctx;
  const forms = ctx.lang.quiz.forms;
  const m = numberPattern(forms).exec(answer);
  if (!m) return numberWordVariants(answer, ctx.lang.facts.numberWords);
  const raw = m[0];
  const v = parseLoose(raw, forms);
  if (!Number.isFinite(v)) return [];
  // A year is asked with the years around it (`2015` → `2013`, `2016`), never `1000` or `4030`.
  if (/^(1[89]|20)\d\d$/.test(raw)) return [v - 1, v + 1, v - 2, v + 2, v - 3].map((y) => answer.replace(raw, String(y)));
  const step = v >= 10 ? Math.max(1, Math.round(v * (0.15 + rand() * 0.2))) : 1;
  const round = (x: number): number => (v >= 1000 ? Math.round(x / 100) * 100 : v >= 100 ? Math.round(x / 10) * 10 : x);
  const cands = [v + step, v - step, v * 2, v + 2 * step, Math.round(v / 2)].map(round).filter((x) => x > 0 && x !== v);
  // `20 bis 30` → `25 bis 35`: every number moves, so a range stays a range.
  const all = answer.match(numberPattern(forms)) ?? [];
  if (all.length > 1) return cands.map((x) => answer.replace(numberPattern(forms), (n) => formatLike(n, Math.max(1, Math.round(parseLoose(n, forms) + x - v)), forms)));
  return cands.map((x) => answer.replace(raw, formatLike(raw, x, forms)));
}

/** `11.000` → 11000, `2,5` → 2.5; not a number (a date) → NaN. */
function parseLoose(raw: string, f: QuizForms): number {
  const grouped = new RegExp(`^\\d{1,3}(${escapeRe(f.groupSeparator)}\\d{3})+$`);
  return grouped.test(raw) ? Number(raw.split(f.groupSeparator).join('')) : Number(raw.replace(f.decimalSeparator, '.'));
}

/** Other dates of the same form: other weekdays, nearby days and years. */
function dateVariants(answer: string, ctx: Ctx): string[] {
  const out: string[] = [];
  for (const w of ctx.lang.facts.weekdays) {
    const hit = ctx.lang.facts.weekdays.find((d) => answer.includes(d));
    if (hit && w !== hit) out.push(answer.replace(hit, w));
  }
  const months = Object.keys(ctx.lang.facts.months).filter((m) => m.length > 3);
  const month = months.find((m) => answer.includes(m));
  if (month) for (const m of shuffle(months, ctx.rand).slice(0, 4)) if (m !== month) out.push(answer.replace(month, m));
  // `gestern` → `heute`, `vorgestern`
  const rel = Object.keys(ctx.lang.facts.relativeDays);
  const relHit = rel.find((r) => new RegExp(`(?<!\\p{L})${r}(?!\\p{L})`, 'iu').test(answer));
  if (relHit) for (const r of rel) if (r !== relHit) out.push(answer.replace(new RegExp(relHit, 'i'), (m) => (/^\p{Lu}/u.test(m) ? r[0]!.toUpperCase() + r.slice(1) : r)));
  if (!out.length) out.push(...numberVariants(answer, ctx));
  return out;
}

/** A distractor in the answer's case, so it fits the blank mid-sentence (`am Montag`, not `Am Montag`). */
function sameCase(answer: string, d: string): string {
  return (/^\p{Lu}/u.test(answer) ? d[0]!.toUpperCase() : d[0]!.toLowerCase()) + d.slice(1);
}

function make(type: QuestionType, prompt: string, answer: string, evidence: Evidence[], options: string[] | undefined, difficulty: 1 | 2 | 3, rand: () => number): Question {
  const id = `q${hash53(`${type}|${evidence.map((e) => `${e.article}:${e.start}-${e.end}`).join(',')}|${answer}`)}`;
  const q: Question = { id, type, prompt, answer, evidence, difficulty };
  if (options) q.options = shuffle(options, rand);
  return q;
}

/** Distractors for a number: other exact numbers of the same shape (`38`, not `20 bis 30`), then variants of it. */
function numberDistractors(f: NumberFact, ctx: Ctx): string[] {
  const answer = f.numberText;
  const groups = (t: string): number => (t.match(/\d[\d.,]*/g) ?? []).length;
  const pool = ctx.story
    .filter((x): x is NumberFact => x.kind === 'number' && x.unit === f.unit && x.numberText !== answer && /\d/.test(x.numberText) === /\d/.test(answer) && x.value !== null && groups(x.numberText) === groups(answer))
    .map((x) => sameCase(answer, x.numberText));
  return pickDistractors(answer, [...pool, ...numberVariants(answer, ctx)], ctx);
}

/** A vague amount (`mehrere`, `Dutzende`) is no fact to ask for: its distractors would be as right. */
const exactNumbers = (ctx: Ctx): NumberFact[] => ctx.facts.facts.filter((f): f is NumberFact => f.kind === 'number' && f.value !== null);

function numberQuestions(ctx: Ctx): Question[] {
  const { article: a, lang } = ctx;
  return exactNumbers(ctx).flatMap((f) => {
    const answer = f.numberText;
    const at = f.span.start + f.span.text.indexOf(answer);
    const distractors = numberDistractors(f, ctx);
    if (distractors.length < 2) return [];
    return [make('number', lang.quiz.templates.number(blanked(f.evidence, { start: at, end: at + answer.length, text: answer }, lang.quiz.templates.blank)), answer, [ev(a, f.evidence)], [answer, ...distractors], 2, ctx.rand)];
  });
}

/**
 * `Wie viele Container mit Munition nennt der Text?`: the counted thing with its head noun in the
 * nominative plural (`mit 40 Schiffen` → `Schiffe`), asked only where the article counts it once.
 */
function howManyQuestions(ctx: Ctx): Question[] {
  const { article: a, lang } = ctx;
  const nums = exactNumbers(ctx).filter((f) => f.unit === 'count' && f.counted && f.countedKey);
  const once = (f: NumberFact): boolean => nums.filter((x) => x.countedKey === f.countedKey).length === 1;
  return nums.filter(once).flatMap((f) => {
    const countedStart = f.span.start + f.span.text.lastIndexOf(f.counted!);
    const tokens = a.analysis.sentences[f.sentence]?.tokens.filter((t) => t.start >= countedStart && t.end <= f.span.end) ?? [];
    const head = tokens.findIndex((t) => t.upos === 'NOUN');
    if (head < 0) return [];
    const rest = a.text.slice(tokens[head]!.end, f.span.end).trim();
    const thing = [tokens[head]!.plural ?? tokens[head]!.text, rest].filter(Boolean).join(' ');
    const distractors = numberDistractors(f, ctx);
    if (distractors.length < 2) return [];
    return [make('multiple-choice', lang.quiz.templates.howMany(thing), f.numberText, [ev(a, f.evidence)], [f.numberText, ...distractors], 2, ctx.rand)];
  });
}

function dateQuestions(ctx: Ctx): Question[] {
  const { article: a, lang } = ctx;
  const dates = ctx.facts.facts.filter((f): f is DateFact => f.kind === 'date');
  return dates.flatMap((f) => {
    const answer = f.span.text;
    const shape = (s: string): string => s.replace(/\p{L}+/gu, 'w').replace(/\d+/g, '0');
    const day = (s: string): string => s.split(/\s+/).pop()!.toLowerCase();
    // `am Sonntag` is no wrong answer for `vom Sonntag`: other dates only.
    const pool = ctx.story.filter((x): x is DateFact => x.kind === 'date' && shape(x.span.text) === shape(answer) && day(x.span.text) !== day(answer)).map((x) => x.span.text);
    const distractors = pickDistractors(answer, [...pool, ...dateVariants(answer, ctx)].map((d) => sameCase(answer, d)), ctx);
    if (distractors.length < 2) return [];
    return [make('date', lang.quiz.templates.date(blanked(f.evidence, f.span, lang.quiz.templates.blank)), answer, [ev(a, f.evidence)], [answer, ...distractors], 2, ctx.rand)];
  });
}

function persons(facts: Fact[], kind: EntityFact['kind'] = 'person'): EntityFact[] {
  return facts.filter((f): f is EntityFact => f.kind === kind);
}

/** The person a quote's speaker resolves to, with a span where the name is written. */
function speakerEntity(q: QuoteFact, people: EntityFact[]): EntityFact | null {
  const name = q.quote.speakerName;
  if (!name) return null;
  const words = name.split(/\s+/);
  return people.find((p) => p.name === name || words.some((w) => w.length > 2 && p.name.split(/\s+/).includes(w))) ?? null;
}

/**
 * A speaker as the text names it can be an answer when it names someone: `die Polizei`,
 * `Hersteller Acme`; not a pronoun, and not `eigenen Angaben` (the subject's own account).
 */
function namesSpeaker(text: string, lang: QuizLanguageModel): boolean {
  const first = text.split(/\s+/)[0] ?? '';
  // `Angaben`, `Regierungsangaben von Dienstag`: the frame's noun, not who gave them.
  if (text.split(/\s+/).some((w) => [...lang.facts.quotes.sourceNouns].some((n) => w.toLowerCase().endsWith(n)))) return false;
  const q = lang.facts.quotes;
  // `Ihm zufolge`: a pronoun, capitalised at the start of a sentence, names no one.
  const pronoun = q.subjectPronouns.has(text.toLowerCase()) || q.objectPronouns.has(text.toLowerCase()) || q.nonSubjectStarts.has(text.toLowerCase());
  return text.split(/\s+/).length <= 6 && /\p{Lu}/u.test(text) && !pronoun &&
    (/^\p{Lu}/u.test(first) || lang.facts.quotes.determiners.has(first.toLowerCase()));
}

interface Speaker {
  name: string;
  span: TextSpan;
  evidence: TextSpan;
  /** Named by a source frame (`laut`, `zufolge`), not as the subject of a verb of saying. */
  source: boolean;
}

/** Who a quote is by: a named person, the person in apposition to the cue's subject, or the speaker as written (`die Polizei`). */
function speakerOf(f: QuoteFact, people: EntityFact[], ctx: Ctx): Speaker | null {
  const { article: a, lang } = ctx;
  const sp = f.quote.speaker;
  // `sagte der ausführende Produzent, Jan Ott,`: the speaker is the role of the person in apposition.
  // …or a later description of a named person (`der schwedische Regierungschef`).
  const byRole = sp
    ? people.find((p) => (p.role && p.role.start < sp.end && sp.start < p.role.end) || [p.span, ...p.mentions].some((m) => (m.start > sp.end && a.text.slice(sp.end, m.start).trim() === ',') || (m.start < sp.end && sp.start < m.end)))
    : undefined;
  const named = speakerEntity(f, people) ?? byRole;
  if (named) return { ...named, source: false };
  // `nach Angaben der Feuerwehr`: the source is the genitive after the frame's noun.
  const genitive = sp ? /^\S+\s+((\S+)\s.+)$/u.exec(sp.text) : null;
  if (sp && genitive && lang.quiz.forms.genitiveArticles.has(genitive[2]!) && !namesSpeaker(sp.text, lang) && namesSpeaker(genitive[1]!.replace(/^\S+\s+/u, ''), lang)) {
    const at = sp.text.length - genitive[1]!.length;
    return speakerOf({ ...f, quote: { ...f.quote, speaker: { start: sp.start + at, end: sp.end, text: genitive[1]! }, cue: null } }, people, ctx);
  }
  if (!sp || !namesSpeaker(sp.text, lang)) return null;
  // An unresolved description of a person (`der schwedische Regierungschef`) may be one of the named options.
  if (sp.text.split(/\s+/).some((w) => isRole(w, lang.facts))) return null;
  const sentence = a.analysis.sentences.find((x) => x.start <= sp.start && sp.end <= x.end);
  const evidence = sentence ? { start: sentence.start, end: sentence.end, text: a.text.slice(sentence.start, sentence.end) } : sp;
  // `laut der Klage`: a source frame, or an article that cannot be nominative before its noun (`der` + a feminine
  // noun, `dem`): the source is asked for bare (`Klage`) and with "what does the text rely on", not "who".
  const words = sentence?.tokens.filter((t) => t.start >= sp.start && t.end <= sp.end) ?? [];
  const article = words[0]?.text.toLowerCase() ?? '';
  const noun = words.find((t) => t.gender);
  const oblique = lang.facts.quotes.nonSubjectStarts.has(article) || lang.quiz.forms.obliqueBefore(article, noun?.gender);
  const framed = (!!f.quote.cue && lang.facts.quotes.sourcePrepositions.has(f.quote.cue.text.toLowerCase())) || oblique;
  const bare = framed && lang.facts.quotes.determiners.has(article) ? sp.text.slice(words[1]?.start ? words[1].start - sp.start : 0) : sp.text;
  if (framed && !/^\p{Lu}/u.test(bare)) return null;
  const at = sp.text.length - bare.length;
  // A lone noun in the dative (`Beobachtern zufolge`) is asked in its dictionary form where that is how it begins.
  const single = framed ? words.filter((t) => t.start >= sp.start + at) : [];
  const name = single.length === 1 && single[0]!.lemma && bare.startsWith(single[0]!.lemma) ? single[0]!.lemma : bare;
  return { name, span: { start: sp.start + at, end: sp.start + at + name.length, text: name }, evidence, source: framed };
}

function whoSaidQuestions(ctx: Ctx): Question[] {
  const { article: a, lang } = ctx;
  const people = persons(ctx.facts.facts);
  const quotes = ctx.facts.facts.filter((f): f is QuoteFact => f.kind === 'quote');
  const speakers = new Map(quotes.map((f) => [f, speakerOf(f, people, ctx)]));
  const pool = [...persons(ctx.story).map((p) => p.name), ...[...speakers.values()].flatMap((s) => (s ? [s.name] : []))];
  return quotes.flatMap((f) => {
    const who = speakers.get(f);
    if (!who) return [];
    const inner = unquote(f.quote.quote.text, lang.facts.quotes.quotePairs);
    // A fragment that opens with `und` continues a sentence whose subject is elsewhere: no one to ask about.
    if (inner.split(/\s+/).length < 4 || lang.facts.quotes.coordinator === inner.split(/\s+/)[0]) return [];
    const t = lang.quiz.templates;
    const prompt = (who.source ? t.sourceOf : f.quote.type === 'direct' ? t.whoSaidDirect : t.whoSaidIndirect)(clip(inner, MAX_PROMPT_QUOTE));
    // Options in one form: bare nouns when the answer is one (`Klage`, `Hersteller`, not `der Hersteller`).
    const det = lang.facts.quotes.determiners;
    const bare = (n: string): string => (det.has(n.split(/\s+/)[0]!.toLowerCase()) && !det.has(who.name.split(/\s+/)[0]!.toLowerCase()) ? n.slice(n.indexOf(' ') + 1) : n);
    const distractors = pickDistractors(who.name, pool.map(bare).filter((n) => !who.name.includes(n) && !n.includes(who.name)), ctx);
    if (distractors.length < 1) return [];
    // The quote, and the sentence that writes the speaker's full name.
    const evidence = [ev(a, f.quote.quote)];
    if (!(who.span.start >= f.quote.quote.start && who.span.end <= f.quote.quote.end)) evidence.push(ev(a, who.evidence));
    return [make('who-said', prompt, who.name, evidence, [who.name, ...distractors], 2, ctx.rand)];
  });
}

function roleWord(role: TextSpan, lang: QuizLanguageModel): string | null {
  const words = role.text.split(/\s+/);
  const w = words.find((x) => isRole(x, lang.facts));
  return w && !lang.quiz.forms.inflectedRole.test(w) ? w : null;
}

/**
 * The role as a predicate after `Wer ist`: a bare noun (`Außenministerin`), or a nominative
 * phrase with its article (`der junge König`); `dem neuen Chef` cannot stand there.
 */
function rolePhrase(role: string, lang: QuizLanguageModel): string | null {
  const words = role.split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (!lang.facts.quotes.determiners.has(first)) return words.length === 1 ? role : null;
  if (words.length === 2) return words[1]!;
  return lang.quiz.forms.nominativeArticles.includes(first) ? role.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : null;
}

function roleQuestions(ctx: Ctx): Question[] {
  const { article: a, lang } = ctx;
  const t = lang.quiz.templates;
  const people = persons(ctx.facts.facts).filter((p) => p.role);
  const roles = persons(ctx.story).map((p) => (p.role ? roleWord(p.role, lang) : null)).filter((r): r is string => !!r);
  const out: Question[] = [];
  for (const p of people) {
    const answer = roleWord(p.role!, lang);
    if (!answer) continue;
    const female = lang.quiz.forms.femaleRole.test(answer);
    const sameForm = (r: string): boolean => lang.quiz.forms.femaleRole.test(r) === female && !lang.quiz.forms.inflectedRole.test(r);
    const distractors = pickDistractors(answer, [...roles.filter(sameForm), ...shuffle(lang.quiz.forms.roleFallbacks.filter(sameForm), ctx.rand).slice(0, 6)], ctx);
    if (distractors.length >= 2) out.push(make('role', t.role(p.name), answer, [ev(a, p.evidence)], [answer, ...distractors], 2, ctx.rand));
    // Nobody else the text gives the same kind of role (`Tatort-Kommissar`, `Kommissar`), or two options would be right.
    const head = (r: string): string => r.split('-').pop()!.toLowerCase();
    const sameRole = (o: EntityFact): boolean => !!o.role && o.role.text.split(/\s+/).some((w) => head(w) === head(answer));
    const others = pickDistractors(p.name, persons(ctx.story).filter((o) => o.name !== p.name && !sameRole(o)).map((o) => o.name), ctx);
    const asked = rolePhrase(p.role!.text, lang);
    if (others.length >= 1 && asked) out.push(make('multiple-choice', t.whoIsRole(asked), p.name, [ev(a, p.evidence)], [p.name, ...others], 1, ctx.rand));
  }
  return out;
}

function clozeQuestions(ctx: Ctx): Question[] {
  const { article: a, lang } = ctx;
  const out: Question[] = [];
  for (const kind of ['person', 'place', 'organisation'] as const) {
    const ents = persons(ctx.facts.facts, kind);
    const shape = (n: string): boolean => /^\p{Lu}{2,6}$/u.test(n);
    for (const e of ents) {
      const pool = persons(ctx.story, kind).map((x) => x.name).filter((n) => shape(n) === shape(e.name));
      // Blank a mention written exactly as the name (not a genitive form).
      const spans = [e.span, ...e.mentions].filter((m) => m.text === e.name);
      const target = spans[0];
      if (!target) continue;
      const sent = a.analysis.sentences.find((x) => x.start <= target.start && target.end <= x.end);
      if (!sent) continue;
      const raw = a.text.slice(sent.start, sent.end).trimEnd();
      const sentence = { start: sent.start, end: sent.start + raw.length, text: raw };
      const distractors = pickDistractors(e.name, pool, ctx);
      if (distractors.length < 2) continue;
      // `die Regierung` is an institution word, not a name: ask for the word.
      const template = lang.quiz.forms.commonNounName.test(e.name) && kind === 'organisation' ? lang.quiz.templates.clozeTerm : lang.quiz.templates.cloze;
      out.push(make('cloze', template(blanked(sentence, target, lang.quiz.templates.blank)), e.name, [ev(a, sentence)], [e.name, ...distractors], 1, ctx.rand));
    }
  }
  return out;
}

/** A key noun of a sentence as a cloze, with nouns of the same ending as distractors (they then agree in form). */
function termClozeQuestions(ctx: Ctx): Question[] {
  const { article: a, lang } = ctx;
  const out: Question[] = [];
  const nouns: { text: string; start: number; end: number; sentence: TextSpan }[] = [];
  for (const s of a.analysis.sentences) {
    const sentence = { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
    s.tokens.forEach((t, i) => {
      if (i === 0 || !lang.quiz.forms.keyNoun.test(t.text) || t.upos === 'PROPN' || t.upos === 'VERB') return;
      if (lang.facts.quotes.determiners.has(a.text.slice(s.tokens[i - 1]!.start, s.tokens[i - 1]!.end).toLowerCase())) nouns.push({ text: t.text, start: t.start, end: t.end, sentence });
    });
  }
  const byEnding = (w: string): string => w.slice(-3);
  for (const n of shuffle(nouns, ctx.rand).slice(0, 8)) {
    const pool = nouns.filter((m) => byEnding(m.text) === byEnding(n.text)).map((m) => m.text);
    const distractors = pickDistractors(n.text, pool, ctx);
    if (distractors.length < 2) continue;
    const sentence = { ...n.sentence, text: n.sentence.text };
    const trimmed = sentence.text.trimEnd();
    const evSpan = { start: sentence.start, end: sentence.start + trimmed.length, text: trimmed };
    out.push(make('cloze', lang.quiz.templates.clozeTerm(blanked(evSpan, n, lang.quiz.templates.blank)), n.text, [ev(a, evSpan)], [n.text, ...distractors], 2, ctx.rand));
  }
  return out;
}

function eventQuestions(ctx: Ctx): Question[] {
  const { article: a, lang } = ctx;
  const people = [...persons(ctx.facts.facts), ...persons(ctx.facts.facts, 'organisation')];
  return ctx.facts.facts.flatMap((f) => {
    if (f.kind !== 'event') return [];
    const e: EventFact = f;
    const ent = people.find((p) => [p.span, ...p.mentions].some((m) => m.start >= e.who.start && m.end <= e.who.end));
    if (!ent) return [];
    const mention = [ent.span, ...ent.mentions].find((m) => m.start >= e.who.start && m.end <= e.who.end)!;
    const answer = mention.text;
    const rest = e.evidence.text.slice(e.who.end - e.evidence.start).replace(/[.!]\s*$/, '').trim();
    if (rest.length < 12 || lang.quiz.forms.pluralPredicate.test(rest) || quoteOrQuestion(lang.facts.quotes.quotePairs).test(rest)) return [];
    const pool = persons(ctx.story, ent.kind).map((p) => p.name);
    const distractors = pickDistractors(answer, pool.filter((p) => !p.includes(answer) && !answer.includes(p)), ctx);
    if (distractors.length < 1) return [];
    return [make('multiple-choice', lang.quiz.templates.who(rest), answer, [ev(a, e.evidence)], [answer, ...distractors], 1, ctx.rand)];
  });
}

/** Facts whose sentence can be made false by swapping the fact (`11.000` → `13.000`, `Ott` → `Berg`). */
function swappableFacts(ctx: Ctx): Fact[] {
  return ctx.facts.facts.filter((f) => (f.kind === 'number' || f.kind === 'date' || f.kind === 'person' || f.kind === 'place') && !ctx.lang.quiz.forms.trueFalseWords.test(f.evidence.text) && f.evidence.text.length <= 260);
}

/** The fact's sentence with another fact of its kind in its place, squeezed to one line; null when there is none. */
function falseStatement(f: Fact, ctx: Ctx): string | null {
  const sameKind = ctx.story.filter((x) => x.kind === f.kind && x.span.text !== f.span.text && !f.evidence.text.includes(x.span.text));
  const swap = f.kind === 'number' ? numberVariants(f.span.text, ctx)[0] : shuffle(sameKind, ctx.rand)[0]?.span.text;
  // In the case of what it replaces: `Am Mittwoch` mid-sentence is `am Mittwoch`, and a sentence still opens in capitals.
  return swap ? blanked(f.evidence, f.span, sameCase(f.span.text, swap)) : null;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function trueFalseQuestions(ctx: Ctx): Question[] {
  const { article: a, lang } = ctx;
  const t = lang.quiz.templates;
  const out: Question[] = [];
  const used = new Set<number>();
  for (const f of shuffle(swappableFacts(ctx), ctx.rand)) {
    if (used.has(f.evidence.start)) continue;
    used.add(f.evidence.start);
    const makeFalse = ctx.rand() < 0.5;
    const statement = makeFalse ? falseStatement(f, ctx) : f.evidence.text;
    if (!statement) continue;
    out.push(make('true-false', t.trueFalse(oneLine(statement)), makeFalse ? t.falseWord : t.trueWord, [ev(a, f.evidence)], [t.trueWord, t.falseWord], 1, ctx.rand));
  }
  return out;
}

/**
 * `Welche dieser Aussagen stimmt laut dem Text?`: one sentence as written and two others made
 * false, each with its sentence as evidence. One such question per article (the prompt is fixed).
 */
function statementChoiceQuestions(ctx: Ctx): Question[] {
  const { article: a, lang } = ctx;
  const short = shuffle(swappableFacts(ctx), ctx.rand).filter((f, i, all) => f.evidence.text.length <= 220 && all.findIndex((x) => x.evidence.start === f.evidence.start) === i);
  const [right, ...others] = short;
  if (!right) return [];
  const wrong = others.flatMap((f) => {
    const s = falseStatement(f, ctx);
    return s ? [{ f, s: oneLine(s) }] : [];
  }).slice(0, 2);
  if (wrong.length < 2) return [];
  const answer = oneLine(right.evidence.text);
  return [make('multiple-choice', lang.quiz.templates.whichIsTrue, answer, [right, ...wrong.map((w) => w.f)].map((f) => ev(a, f.evidence)), [answer, ...wrong.map((w) => w.s)], 2, ctx.rand)];
}

/** Checks the validator applies too, so a question that fails them never leaves the generator. */
export function questionProblems(q: Question, texts: Map<string, string>): string[] {
  const p: string[] = [];
  if (!q.prompt.trim()) p.push('empty prompt');
  if (!q.evidence.length) p.push('no evidence');
  for (const e of q.evidence) {
    if (texts.get(e.article)?.slice(e.start, e.end) !== e.text || !e.text.trim()) p.push('bad evidence');
  }
  if (q.options) {
    const o = q.options.map(norm);
    if (o.length < 2 || o.length > 6 || new Set(o).size !== o.length || o.some((x) => !x)) p.push('bad options');
    if (!o.includes(norm(q.answer))) p.push('answer not among options');
  }
  const ans = norm(q.answer);
  if (q.type !== 'true-false' && q.type !== 'cross-source' && !q.evidence.map((e) => e.text).join(' ').toLowerCase().includes(ans)) p.push('answer not in evidence');
  if (q.type !== 'true-false' && ans && new RegExp(`(?<!\\w)${escapeRe(ans)}(?!\\w)`, 'u').test(q.prompt.toLowerCase())) p.push('prompt gives away answer');
  return p;
}

function outletName(a: QuizArticle, index: number, t: QuizTemplates): string {
  return a.outlet ?? t.articleName(index + 1);
}

function crossSourceQuestions(articles: QuizArticle[], facts: QuizWithFacts['facts'], lang: QuizLanguageModel, rand: () => number): Question[] {
  const t = lang.quiz.templates;
  const out: Question[] = [];
  const byId = new Map(articles.map((a, i) => [a.id, { a, i }]));
  for (const story of facts.stories) {
    for (const al of story.alignments) {
      if (al.agree) continue;
      const named = al.mentions.map((m) => {
        const { a, i } = byId.get(m.article)!;
        return { m, a, name: outletName(a, i, t) };
      });
      if (new Set(named.map((x) => x.name)).size !== named.length) continue;
      const wordings = [...new Set(named.map((x) => x.m.wording))];
      if (wordings.length < 2) continue;
      for (const x of named) {
        const prompt = al.kind === 'number' ? t.crossNumber(x.name, al.topic) : al.kind === 'event' ? t.crossWhen(x.name, al.topic) : t.crossRole(x.name, al.topic);
        out.push(make('cross-source', prompt, x.m.wording, [ev(x.a, x.m.evidence)], wordings.slice(0, 6), 3, rand));
      }
      const parts: [string, string][] = named.map((x) => [x.name, x.m.wording]);
      const answer = t.crossDifferAnswer(parts);
      const swapped = t.crossDifferAnswer(parts.map(([o], i) => [o, parts[(i + 1) % parts.length]![1]]));
      const options = [...new Set([answer, swapped, t.crossSame])];
      out.push(make('cross-source', t.crossDiffer(al.topic), answer, named.map((x) => ev(x.a, x.m.evidence)), options, 3, rand));
    }
  }
  return out;
}

function languageProblem(a: QuizArticle, lang: QuizLanguageModel): string | null {
  if (a.text.length > MAX_TEXT_CHARS) return lang.quiz.reasons.tooLong;
  const words = a.analysis.sentences.flatMap((s) => s.tokens).filter((t) => /\p{L}{2,}/u.test(t.text));
  if (words.length < 3 || !a.analysis.sentences.some((s) => s.tokens.filter((t) => /\p{L}/u.test(t.text)).length >= 3)) return lang.quiz.reasons.noSentences;
  const fw = words.filter((t) => lang.facts.functionWords.has(t.text.toLowerCase())).length;
  if (fw / words.length < MIN_LANGUAGE_SHARE) return lang.quiz.reasons.notThisLanguage;
  return null;
}

/** Facts of every article and their alignment (the `facts` command). */
export function factsOf(articles: QuizArticle[], lang: QuizLanguageModel): QuizWithFacts['facts'] {
  const per = articles.map((a) => {
    const meta = { article: a.id, date: a.date ?? null, outlet: a.outlet ?? null };
    if (languageProblem(a, lang)) return { ...meta, facts: [] };
    // Only what the reader shows as the body: a question about the headline or a `Stand:` line could not point to its sentence.
    const body = parseArticleMeta(a.text, lang.news).paragraphs;
    const all = extractFacts(a.text, a.analysis, meta, lang.facts);
    return { ...all, facts: all.facts.filter((f) => body.some((p) => p.start <= f.evidence.start && f.evidence.start < p.end)) };
  });
  return { articles: per, stories: alignArticles(per.filter((p) => p.facts.length)) };
}

export function generateQuiz(articles: QuizArticle[], opts: QuizOptions, lang: QuizLanguageModel): QuizWithFacts {
  const rand = mulberry32(opts.seed ?? 1);
  const reasons: { article: string; reason: string }[] = [];
  for (const a of articles) {
    const r = languageProblem(a, lang);
    if (r) reasons.push({ article: a.id, reason: r });
  }
  const facts = factsOf(articles, lang);
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const prompts = new Set<string>();
  const ids = new Set<string>();
  // One question per answer and sentence: `Wie viele …?` and the number's gap would ask the same thing twice.
  const asked = new Set<string>();
  const keep = (q: Question): boolean => {
    const key = norm(q.prompt);
    const fact = `${q.evidence[0]?.article}:${q.evidence[0]?.start}:${norm(q.answer)}`;
    if (prompts.has(key) || ids.has(q.id) || (q.type !== 'true-false' && asked.has(fact)) || questionProblems(q, texts).length) return false;
    prompts.add(key);
    ids.add(q.id);
    asked.add(fact);
    return true;
  };
  const cross = crossSourceQuestions(articles, facts, lang, rand).filter(keep);
  const chosen: Question[] = [...cross];
  const perArticle = opts.max ? Math.max(1, Math.ceil((opts.max - cross.length) / Math.max(1, articles.length))) : DEFAULT_PER_ARTICLE;
  articles.forEach((a, i) => {
    const f = facts.articles[i]!;
    if (!f.facts.length) return;
    const group = facts.stories.find((s) => s.articles.includes(a.id));
    const story = facts.articles.filter((x) => group?.articles.includes(x.article) ?? x.article === a.id).flatMap((x) => x.facts);
    const ctx: Ctx = { article: a, facts: f, lang, rand, story };
    const byType = [whoSaidQuestions(ctx), numberQuestions(ctx), roleQuestions(ctx), dateQuestions(ctx), clozeQuestions(ctx), eventQuestions(ctx), trueFalseQuestions(ctx), termClozeQuestions(ctx), howManyQuestions(ctx), statementChoiceQuestions(ctx)].map((l) => shuffle(l, rand));
    const picked: Question[] = [];
    // Round-robin over the kinds, so every kind the text allows is asked.
    for (let round = 0; picked.length < perArticle; round++) {
      let any = false;
      for (const list of byType) {
        const q = list[round];
        if (!q) continue;
        any = true;
        if (picked.length < perArticle && keep(q)) picked.push(q);
      }
      if (!any) break;
    }
    if (!picked.length && !reasons.some((r) => r.article === a.id)) reasons.push({ article: a.id, reason: lang.quiz.reasons.noFacts });
    chosen.push(...picked.sort((x, y) => x.evidence[0]!.start - y.evidence[0]!.start));
  });
  const questions = opts.max ? chosen.slice(0, Math.max(opts.max, cross.length)) : chosen;
  return reasons.length ? { questions, reasons, facts } : { questions, facts };
}
