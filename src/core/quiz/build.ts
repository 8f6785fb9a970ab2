/** Building blocks of a question: its evidence, its blanked sentence, its stable id. */
import { hash53 } from '../hash';
import { isRole, withoutGenitive } from '../facts/08-entities';
import type { Token } from '../analysis';
import type { QuizContext } from './context';
import type { QuizLanguageModel, QuizPointers } from './language';
import type { EntityFact, Fact, TextSpan } from '../facts/types';
import type { QuoteRules } from '../facts/10-quotes';
import { optionOrder } from './random';
import type { Evidence, Question, QuestionType, QuizArticle } from './types';

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `word` as a whole word: no letter or digit touches it on either side. */
export const wholeWord = (word: string, flags = 'u'): RegExp => new RegExp(`(?<![\\p{L}\\d])${escapeRe(word)}(?![\\p{L}\\d])`, flags);

export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function evidenceOf(a: QuizArticle, s: TextSpan): Evidence {
  return { article: a.id, start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
}

/**
 * Text as a prompt shows it: on one line, without a wiki's emphasis marks (`''neuen Wasserkraftwerkes''` was copied into a
 * prompt from a Wikinews source, judged in round i); the evidence keeps the text as written.
 */
export const shownText = (s: string): string => oneLine(s.replace(/'{2,}/gu, ''));

/** The sentence with one span replaced by the blank, as a prompt shows it. */
export function blanked(sentence: TextSpan, target: TextSpan, blank: string): string {
  const a = target.start - sentence.start;
  const b = target.end - sentence.start;
  return shownText(`${sentence.text.slice(0, a)}${blank}${sentence.text.slice(b)}`);
}

/** A gap prompt longer than this shows the clause around the gap, not the whole sentence. */
const MAX_GAP_WORDS = 20;
/** Fewest words a cut prompt shows: a clause too short to understand takes in its neighbour. */
const MIN_GAP_WORDS = 8;
/** Words either side of the gap when even its clause is too long and the gap stands far into it. */
const GAP_WINDOW = 9;
/**
 * Most words of a prompt whose gap clause leans on the clause before it (a relative clause, a list's member, an
 * apposition): cut from it, the gap's clause loses what it is about (judged unclear: `… nach, die zwischen fünf und ___
 * Prozent an Wert verloren`, `… ___ britische Soldaten sowie …`).
 */
const MAX_JOINED_WORDS = 28;

const wordsOf = (s: string): string[] => s.split(' ').filter(Boolean);

/** A word that a hyphen leaves open for the next word of a coordination to complete (`Hin-` of `Hin- und Rückflug`). */
const openCompound = (w: string | undefined): boolean => !!w && /\p{L}-$/u.test(w);

/**
 * A window of words that cuts no hyphenated coordination: `für den Hin- …` (judged unclear) keeps `und Rückflug`, and
 * a window starting inside one starts at its first part.
 */
function wholeCoordinations(words: readonly string[], from: number, to: number): [number, number] {
  while (to < words.length && openCompound(words[to - 1])) to = Math.min(words.length, to + 2);
  while (from > 0 && (openCompound(words[from - 1]) || openCompound(words[from - 2]))) from -= openCompound(words[from - 1]) ? 1 : 2;
  return [from, to];
}

/**
 * A clause that opens in lower case (`der mit … in Pension ging`, `dass …`) leans on the clause before it for its subject
 * or referent; so does one that opens with the gap (`…, ___ britische Soldaten sowie …`, `dem Leiter, ___, davon aus`).
 */
const dependent = (part: string, blank: string): boolean => /^\s*\p{Ll}/u.test(part) || part.trimStart().startsWith(blank);

/** The sentence's clauses, cut at commas, semicolons, colons and dashes outside brackets (`(Hypo, Deutsche Bank)` is one). */
function clausesOf(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/(?<=[,;:] |\s[–—] )/u)) {
    const last = out[out.length - 1];
    const depth = last === undefined ? 0 : (last.match(/\(/gu)?.length ?? 0) - (last.match(/\)/gu)?.length ?? 0);
    if (last !== undefined && depth > 0) out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}

/**
 * The window `[from, to)` of a cut prompt without a bracket cut in half: one that opens inside a
 * bracket (`78.) sowie …`) starts after it, one that closes inside one (`… (laut`) ends before it,
 * where the gap at `blankAt` allows.
 */
function wholeBrackets(words: string[], from: number, to: number, blankAt: number): [number, number] {
  const inWindow = (i: number): boolean => i >= from && i < to;
  const close = words.findIndex((w, i) => inWindow(i) && w.includes(')'));
  const open = words.findIndex((w, i) => inWindow(i) && w.includes('('));
  const start = close >= 0 && close < blankAt && (open < 0 || open > close) ? close + 1 : from;
  const lastOpen = words.findLastIndex((w, i) => inWindow(i) && w.includes('('));
  const closed = words.some((w, i) => i >= lastOpen && i < to && w.slice(i === lastOpen ? w.indexOf('(') : 0).includes(')'));
  const end = lastOpen > blankAt && !closed ? lastOpen : to;
  // Cut to the brackets, a prompt too short to understand keeps its window instead.
  return end - start >= MIN_GAP_WORDS ? [start, end] : [from, to];
}

/**
 * The blanked sentence for a gap prompt: whole when short, else the clause around the gap (cut at
 * commas, semicolons, colons and dashes) with the clause it depends on, with `…` where it was cut;
 * a clause still too long (over `most` words) keeps its opening (where a German clause has its subject and verb) when
 * the gap stands near it. The evidence shows the sentence.
 */
export function gapPrompt(sentence: TextSpan, target: TextSpan, blank: string, most = MAX_GAP_WORDS): string {
  const full = blanked(sentence, target, blank);
  if (wordsOf(full).length <= MAX_GAP_WORDS) return full;
  const parts = clausesOf(full);
  const at = parts.findIndex((p) => p.includes(blank));
  let [lo, hi] = [at, at];
  const size = (): number => wordsOf(parts.slice(lo, hi + 1).join('')).length;
  // `…, der mit ___ in Pension ging`: without its main clause nobody knows who `der` is (where the two fit in a prompt).
  while (lo > 0 && dependent(parts[lo]!, blank) && wordsOf(parts.slice(lo - 1, hi + 1).join('')).length <= MAX_JOINED_WORDS) lo--;
  // A gap that opens its clause points back (an apposition, a list's member): a prompt too short grows backwards first.
  const back = dependent(parts[at]!, blank);
  while (size() < MIN_GAP_WORDS && (hi < parts.length - 1 || lo > 0)) {
    if (hi < parts.length - 1 && !(back && lo > 0)) hi++;
    else lo--;
  }
  const words = wordsOf(parts.slice(lo, hi + 1).join('').trim().replace(/\s*[,;:–—]$/u, ''));
  const i = words.findIndex((w) => w.includes(blank));
  let [from, to] = [0, words.length];
  if (words.length > (lo < at ? MAX_JOINED_WORDS : most)) {
    from = i < MAX_GAP_WORDS - GAP_WINDOW / 3 ? 0 : Math.max(0, i - GAP_WINDOW);
    to = Math.min(words.length, from ? i + GAP_WINDOW + 1 : MAX_GAP_WORDS);
  }
  [from, to] = wholeCoordinations(words, ...wholeBrackets(words, from, to, i));
  const clause = words.slice(from, to).join(' ').replace(/\s*[,;:–—]$/u, '');
  const [cutStart, cutEnd] = [lo > 0 || from > 0, hi < parts.length - 1 || to < words.length];
  return `${cutStart ? '… ' : ''}${clause}${cutEnd ? ' …' : ''}`;
}

/**
 * Most words of a gap prompt that shows the sentence before its own, for what its clause points to (as many as a gap
 * clause joined to the clause it leans on), and of that sentence: a prompt is read at once, and the sentence before
 * only says what is meant.
 */
const MAX_WITH_BEFORE = MAX_JOINED_WORDS;
const MAX_BEFORE = 22;

/** Marks that end a sentence's first clause. */
const FIRST_CLAUSE_END = /^[,;:–—(]$/u;

/**
 * What a pointer stands for: a place (`dort`, `das Land`), an organisation (`die Firma`, `dieser Konzern`), a person or
 * body (`er`, `ihnen`), or a thing or event told before (`dabei`, `diese Aktie`).
 */
export type PointerKind = 'place' | 'organisation' | 'name' | 'thing';

/** A pointer of a sentence's first clause: what it stands for, and the index of its first token. */
export interface Pointer {
  kind: PointerKind;
  at: number;
}

/**
 * The words of the sentence's first clause that point to what another sentence names (`dort`, `er`, `das Land`, `dabei`,
 * `diese Aktie`), each with what it stands for. Only the first clause: a later one has the clause before it to point to
 * (`…, jetzt ist sie bei 20 Prozent`), and an adverb a `dass` after it completes points ahead (`wies darauf hin, dass …`).
 * Tokens inside `skip` (the gap) are not read; words for a person, body or place (`er`, `das Land`) only with `names`:
 * in reported speech they are mostly the speaker and theirs.
 */
export function pointerIn(tk: readonly Token[], skip: { start: number; end: number } | null, p: QuizPointers, complementizers: ReadonlySet<string>, names = true): Pointer[] {
  const end = tk.findIndex((t) => FIRST_CLAUSE_END.test(t.text));
  const first = end < 0 ? tk : tk.slice(0, end);
  const ahead = end >= 0 && complementizers.has(tk[end + 1]?.text.toLowerCase() ?? '');
  const out: Pointer[] = [];
  const inSkip = (t: Token): boolean => !!skip && t.start < skip.end && skip.start < t.end;
  // `kündigte der 28-Jährige an`: a person described, not named, is whoever the text named before, in any clause (the
  // clause before it in the sentence may name them: `Lind siegte, und die 28-Jährige …`).
  for (let i = first.length; i < tk.length; i++) if (names && !inSkip(tk[i]!) && earlierMention(tk, i, p) === 'name') out.push({ kind: 'name', at: i });
  for (const [i, t] of first.entries()) {
    if (inSkip(t)) continue;
    const w = t.text.toLowerCase();
    const next = first[i + 1];
    // `die Stadt Nordhafen` names it (the tagger reads an unknown name as a noun as often as a name).
    const generic = next ? p.genericNouns.get(next.text) : undefined;
    const named = /^\p{Lu}/u.test(first[i + 2]?.text ?? '');
    if (p.adverbs.has(w) && !ahead) out.push({ kind: w.startsWith('dort') ? 'place' : 'thing', at: i });
    else if (names && p.pronouns.has(w) && t.upos === 'PRON') out.push({ kind: 'name', at: i });
    // `diese Firma` stands for a body as `die Firma` does; `diese Aktie` for a thing told before.
    else if (p.demonstratives.has(w) && next?.upos === 'NOUN' && !p.timeNouns.has(next.text)) out.push({ kind: generic && names && !named ? generic : 'thing', at: i });
    else if (names && p.definiteArticles.has(w) && generic && !named) out.push({ kind: generic, at: i });
    else if (placeholderAt(first, i, p)) out.push({ kind: 'thing', at: i });
    else {
      const described = earlierMention(first, i, p);
      if (described && (names || described === 'thing')) out.push({ kind: described, at: i });
    }
  }
  return out;
}

/**
 * A definite article at `i` whose phrase stands for what the text told of before: a person described, not named (`der
 * 28-Jährige`, `der Aufsteiger`: a `name`), or one of a set (`die ersten Autos`, `die beiden Männer`: a `thing`), neither with a name or a
 * genitive after it that says which (`die ersten Autos des Modells X`, `der 28-Jährige Ole Brandt`), nor a set of times
 * (`die ersten drei Monate`). Not after a preposition: `seit der ersten Befragung im Februar`, `nach dem ersten Sieg`,
 * `für den 21-jährigen Verteidiger` set the clause's time or circumstance, and its subject says whom it is about (such
 * gaps were judged clear 9 times of 9). Null otherwise.
 */
export function earlierMention(tk: readonly Token[], i: number, p: QuizPointers): PointerKind | null {
  if (tk[i]?.upos !== 'DET' || !p.definiteArticles.has(tk[i]!.text.toLowerCase()) || tk[i - 1]?.upos === 'ADP') return null;
  let j = i + 1;
  while (tk[j] && (tk[j]!.upos === 'ADJ' || tk[j]!.upos === 'NUM')) j++;
  let k = j;
  while (tk[k]?.upos === 'NOUN') k++;
  const phrase = tk.slice(i + 1, k);
  const standing = phrase.some((t) => p.standing.test(t.text));
  const person = standing || phrase.some((t) => p.personDescription.test(t.text));
  const set = tk.slice(i + 1, j).some((t) => t.upos === 'ADJ' && p.setAdjective.test(t.text.toLowerCase()));
  const after = tk[k];
  // A name after a side's standing may follow a preposition (`die Gastgeber aus Nordhafen`), read as a noun as often as a name.
  const which = !!after && (after.upos === 'PROPN' || (after.upos === 'DET' && p.genitiveArticles.has(after.text.toLowerCase())) || (standing && after.upos === 'ADP' && /^\p{Lu}/u.test(tk[k + 1]?.text ?? '')));
  if ((!person && !set) || which || phrase.some((t) => t.upos === 'NOUN' && p.timeNouns.has(t.lemma))) return null;
  return person ? 'name' : 'thing';
}

/** Is `tk[i]` the pronoun a copula before it makes stand for what was told before (`sind es`)? */
const placeholderAt = (tk: readonly Token[], i: number, p: QuizPointers): boolean =>
  i > 0 && tk[i]!.text.toLowerCase() === p.placeholder.pronoun && p.placeholder.afterCopula.has(tk[i - 1]!.text.toLowerCase());

/** Kinds of what a span names, for what a pointer may stand for: the entities there, places the language knows, and names of no known kind. */
type Named = Set<EntityFact['kind'] | 'untyped'>;

/**
 * Does a span naming `named` hold what a pointer of `kind` stands for: a place for `dort` or `das Land`, a body for `die
 * Firma`? In the sentence before (`before`), a pronoun may stand for anything it names (`sie`: a woman, a body, the ferry
 * in a town), and a name of no known kind may be a place or body (the tagger finds names the entity model does not type,
 * an invented town among them); in the pointer's own clause only a person or body is an `er`, and only a typed name
 * counts (`beim Transporter A400M verbuchte der Konzern …`: a product, and the firm named elsewhere).
 */
function holds(kind: PointerKind, named: Named, before: boolean): boolean {
  if (kind === 'thing' || (before && named.size > 0 && (kind === 'name' || named.has('untyped')))) return true;
  return kind === 'name' ? named.has('person') || named.has('organisation') : named.has(kind);
}

/**
 * What the tokens `[from, to)` of a sentence name (`Named`), by the facts step's entities, the places the language knows
 * and the tagger's names; not a month or a date's words (`Im August wurde er …` names no one).
 */
function namedIn(ctx: QuizContext, tk: readonly Token[], from: number, to: number): Named {
  const out: Named = new Set();
  const span = tk.slice(from, to);
  if (!span.length) return out;
  const [start, end] = [span[0]!.start, span[span.length - 1]!.end];
  const covered: TextSpan[] = [];
  for (const f of ctx.facts.facts) {
    const entity = f.kind === 'person' || f.kind === 'organisation' || f.kind === 'place';
    if (!entity && f.kind !== 'date' && f.kind !== 'number') continue;
    for (const m of entity ? [f.span, ...(f as EntityFact).mentions] : [f.span]) if (m.start >= start && m.end <= end) {
      if (entity) out.add(f.kind);
      covered.push(m);
    }
  }
  const rules = ctx.lang.facts;
  for (const t of span) {
    if (covered.some((m) => m.start <= t.start && t.end <= m.end) || rules.months[t.text] !== undefined) continue;
    if (rules.places.has(t.text)) out.add('place');
    else if (t.upos === 'PROPN') out.add('untyped');
  }
  return out;
}

/** Words between a subject's article and its noun: adjectives, adverbs and figures (`die rund 650 Menschen`). */
const NOUN_MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'NUM']);

/**
 * A subject with a definite article and no owner in a sentence that names no one (`Der Jahresumsatz liege bei ___
 * Euro`, `Besonders hoch ist der Anteil …`, `Die rund ___ Menschen plagt die Ungewissheit`): the article says the
 * reader knows whose turnover or which people from the sentence before, which a prompt of this sentence alone does not
 * show (issue 15, judged unclear in rounds b, g and w). A pointer to a name, at the article; null where the sentence
 * names someone, the article opens no subject (`in der Stadt`), a genitive follows the noun (`der Anteil der
 * Schüler`), or the noun is the report's own time (`das Jahr`).
 */
function ownerlessSubject(ctx: QuizContext, tk: readonly Token[], target: TextSpan): Pointer | null {
  const p = ctx.lang.quiz.pointers;
  if (namedIn(ctx, tk, 0, tk.length).size) return null;
  const end = tk.findIndex((t) => FIRST_CLAUSE_END.test(t.text));
  const first = end < 0 ? tk : tk.slice(0, end);
  const inGap = (t: Token): boolean => t.start < target.end && target.start < t.end;
  for (const [i, t] of first.entries()) {
    // A subject opens the clause or follows its finite verb (`Zuletzt lag der Umsatz …`).
    const prior = first[i - 1];
    if (!p.subjectArticles.has(t.text.toLowerCase()) || t.upos !== 'DET' || (prior && prior.upos !== 'AUX' && prior.upos !== 'VERB')) continue;
    let j = i + 1;
    while (first[j] && (inGap(first[j]!) || NOUN_MODIFIERS.has(first[j]!.upos))) j++;
    const noun = first[j];
    const next = first[j + 1];
    if (noun?.upos !== 'NOUN' || p.timeNouns.has(noun.text) || (next?.upos === 'DET' && p.definiteArticles.has(next.text.toLowerCase()))) continue;
    return { kind: 'name', at: i };
  }
  return null;
}

/** What may follow a finite verb as its subject: an article, a name, a noun, a pronoun. */
const SUBJECT_START: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'PRON']);

/** Where two shown words stand side by side in the sentence's tokens; -1 if they do not. */
function pairAt(tk: readonly Token[], first: string | undefined, second: string | undefined): number {
  return first ? tk.findIndex((t, i) => t.text === first && tk[i + 1]?.text === second) : -1;
}

/** Where the words of a prompt cut at its start (`… liegt nun ___`) begin in its sentence, found by the first two; -1 if not cut. */
function shownStart(shown: string, tk: readonly Token[]): number {
  const [, first, second] = /^… (\S+) (\S+)/u.exec(shown) ?? [];
  return pairAt(tk, first, second);
}

/** Where the words of a prompt cut at its end (`… der Regierung …`) stop in its sentence (the token after the last two); -1 if not cut. */
function shownEnd(shown: string, tk: readonly Token[]): number {
  const [, first, second] = /(\S+) (\S+) …$/u.exec(shown) ?? [];
  const at = pairAt(tk, first, second);
  return at < 0 ? -1 : at + 2;
}

const isRelativePronoun = (t: Token | undefined, lang: QuizLanguageModel): boolean =>
  t?.upos === 'PRON' && lang.quiz.forms.relativePronouns.has(t.text.toLowerCase());

/**
 * Does a clause open at `at` with a relative pronoun, alone or after its preposition (`die …`, `in der …`)? One with its
 * verb right after it is a demonstrative opening a clause of its own (`das sei …`).
 */
function opensRelative(tk: readonly Token[], at: number, lang: QuizLanguageModel): boolean {
  const pronoun = tk[at]?.upos === 'ADP' ? at + 1 : at;
  const next = tk[pronoun + 1]?.upos;
  return isRelativePronoun(tk[pronoun], lang) && next !== 'VERB' && next !== 'AUX';
}

/**
 * Does a prompt cut at its start open with a relative clause (`… die in einer Auflage von ___ Stück … vertrieben wurde`)?
 * What the pronoun stands for was cut away (judged unclear in round gg); `gapPrompt` joined the clause before where the
 * two fit in a prompt, so it does not here.
 */
function relativeCut(tk: readonly Token[], at: number, lang: QuizLanguageModel): boolean {
  return at > 0 && tk[at - 1]!.upos === 'PUNCT' && opensRelative(tk, at, lang);
}

/**
 * Does a prompt cut at its start inside a subordinate clause go on into the main clause whose subject stood before it
 * (`… auch wenn er sich bedeckt hält, rechnete mit Premier Valls am Sonntag aus, …`: who reckoned was cut away, judged
 * unclear in round gg)? The shown clauses up to it open in lower case, so none of them is that subject.
 */
function mainSubjectCut(tk: readonly Token[], at: number): boolean {
  if (at < 0 || !/^\p{Ll}/u.test(tk[at]!.text)) return false;
  for (let i = at + 1; i < tk.length - 1; i++) {
    if (tk[i - 1]!.text !== ',') continue;
    if (subjectCut(tk, i)) return true;
    if (!/^\p{Ll}/u.test(tk[i]!.text)) return false;
  }
  return false;
}

/**
 * Does a prompt cut at its end stop before a relative or subordinate clause that its own clause goes on after (`Rund ___
 * Flüchtlinge halten sich nach Angaben der Regierung, die … stellen will, in Athen auf`: where they stay, judged unclear
 * in round gg)? After the inserted clause comes a preposition, an adverb or the verb's particle, no clause of its own.
 */
function clauseGoesOn(tk: readonly Token[], end: number, lang: QuizLanguageModel): boolean {
  const { subordinators } = lang.facts.quotes;
  const inserted = (i: number): boolean => opensRelative(tk, i, lang) || subordinators.has(tk[i]?.text.toLowerCase() ?? '');
  if (end < 0 || tk[end]?.text !== ',' || !inserted(end + 1)) return false;
  const close = tk.findIndex((t, i) => i > end + 1 && t.text === ',');
  const next = tk[close + 1];
  if (close < 0 || !next || opensRelative(tk, close + 1, lang)) return false;
  return next.upos === 'ADP' || next.upos === 'ADV' || !!next.sepVerb;
}

/**
 * Does a prompt cut at its start open with a finite verb and no subject after it (`… liegt nun ___ Punkte vor dem Vierten`,
 * `… haben und so … getötet haben`)? Who it is about was cut away (judged unclear in round j).
 */
function subjectCut(tk: readonly Token[], at: number): boolean {
  const verb = tk[at];
  return !!verb && (verb.upos === 'VERB' || verb.upos === 'AUX') && /^\p{Ll}/u.test(verb.text) && !SUBJECT_START.has(tk[at + 1]!.upos);
}

/**
 * Does a prompt cut at its start show no verb at all (`… Doppeltorschütze Theo Walcott (68., 78.) sowie Harry Kane (77.)
 * für die beim Punktemaximum von ___ Zählern haltenden Briten`)? What happened was cut away with its verb (judged unclear
 * in round j). The shown words are found in the sentence from the first two on.
 */
function verbCut(shown: string, tk: readonly Token[], at: number): boolean {
  return at >= 0 && !showsVerb(shown, tk.slice(at));
}

/** Does `shown` show one of the verbs of `tk` (its words compared without their punctuation)? */
function showsVerb(shown: string, tk: readonly Token[]): boolean {
  const words = new Set(shown.split(/\s+/).map((w) => w.replace(/^\p{P}+|\p{P}+$/gu, '')));
  return tk.some((t) => (t.upos === 'VERB' || t.upos === 'AUX') && words.has(t.text));
}

/**
 * Does a prompt cut at its end cut off the gap's clause before its verb: a relative or subordinate clause, whose verb
 * stands last (`…, ein Prüfinstitut, das nach bisherigen Erkenntnissen ___ Gebäude …`: what the 28 buildings had done to
 * them went with it, judged unclear in round l)? The clause runs from the last clause mark before the gap.
 */
function finalVerbCut(shown: string, blank: string, tk: readonly Token[], lang: QuizLanguageModel): boolean {
  if (!shown.endsWith('…')) return false;
  const before = shown.slice(0, shown.indexOf(blank));
  const opens = Math.max(-1, ...[...before.matchAll(/[,;:–—(]/gu)].map((m) => m.index));
  if (opens < 0) return false;
  const clause = shown.slice(opens + 1, -1);
  const first = (wordsOf(clause)[0] ?? '').toLowerCase();
  const { quotes } = lang.facts;
  const verbLast = lang.quiz.forms.relativePronouns.has(first) || quotes.complementizers.has(first) || quotes.subordinators.has(first);
  return verbLast && !showsVerb(clause, tk);
}

/** A gap question's prompt text and the sentences it shows (the gap's first). */
export interface GapText {
  prompt: string;
  evidence: TextSpan[];
}

/**
 * The text of a gap question, or null where it cannot be asked: the gap's clause (`gapPrompt`), and where the clause
 * points to what the sentence before names (`Normalerweise leben dort ___ Menschen`, `Das Land ist mit ___ Soldaten …`:
 * judged unclear), that sentence before it, when it is of the same paragraph, names what is pointed to by its kind (a
 * place for `dort` and `das Land`, a body for `die Firma`, a person or body for `er`), points nowhere itself, does not
 * give the answer away, and the two fit in a prompt. Else nothing. A pointer whose own clause names what it stands for
 * before it needs no sentence before (`In Nordland sind im Süden des Landes …`). A short sentence's subject that names
 * no owner (`Der Jahresumsatz liege bei ___ Euro`, `ownerlessSubject`) is such a pointer to a name.
 */
export function gapText(ctx: QuizContext, sentence: TextSpan, target: TextSpan): GapText | null {
  const { lang, article: a } = ctx;
  const blank = lang.quiz.templates.blank;
  const sentences = a.analysis.sentences;
  const at = sentences.findIndex((s) => s.start <= target.start && target.start < s.end);
  const complementizers = lang.facts.quotes.complementizers;
  const tk = at < 0 ? [] : sentences[at]!.tokens;
  // A long clause is shown as the words around its gap; where they lose its verb or subject (`… für die Times auf ___
  // Prozent`), the whole clause, as long as a joined one may be (issue 15: the lead's poll figure went unasked).
  const lost = (p: string): boolean => subjectCut(tk, shownStart(p, tk)) || verbCut(p, tk, shownStart(p, tk));
  const window = gapPrompt(sentence, target, blank);
  const shown = lost(window) ? gapPrompt(sentence, target, blank, MAX_JOINED_WORDS) : window;
  const from = shownStart(shown, tk);
  if (lost(shown) || finalVerbCut(shown, blank, tk, lang)) return null;
  if (relativeCut(tk, from, lang) || mainSubjectCut(tk, from) || clauseGoesOn(tk, shownEnd(shown, tk), lang)) return null;
  // `___ fielen den Attentaten seitdem zum Opfer`: since when, the prompt does not say (judged unclear).
  if (tk.some((t) => lang.quiz.pointers.since.has(t.text.toLowerCase()) && (t.end <= target.start || t.start >= target.end))) return null;
  // A prompt cut at its start whose clause says `sind es ___`: what `es` stands for was cut away with the sentence's start.
  if (from >= 0 && tk.some((t, i) => i > from && t.start < target.start && placeholderAt(tk, i, lang.quiz.pointers))) return null;
  // A prompt cut at its start shows no first clause (what it shows of the sentence keeps what it leans on: `gapPrompt`).
  // A short sentence's owner-less subject, too: a longer one says enough of its own (`Die dichter gewordene
  // Hundepopulation ermöglichte eine Tollwutepidemie, der … ___ Menschen zum Opfer fielen` was judged clear).
  const owner = wordsOf(shown).length < MIN_GAP_WORDS ? ownerlessSubject(ctx, tk, target) : null;
  const pointers = at < 0 || shown.startsWith('…') ? [] : [...pointerIn(tk, target, lang.quiz.pointers, complementizers), ...(owner ? [owner] : [])];
  const wants = pointers.filter((p) => p.kind === 'thing' || !holds(p.kind, namedIn(ctx, tk, 0, p.at), false));
  if (!wants.length) return { prompt: shown, evidence: [sentence] };
  const prior = at > 0 ? sentences[at - 1]! : null;
  const opensParagraph = !prior || a.text.slice(prior.end, sentence.start).includes('\n');
  // A sentence that opens its paragraph brings in its own subject (the report's first, the headline's): an owner-less
  // one leans on no sentence before it there.
  if (opensParagraph && wants.every((p) => p === owner)) return { prompt: shown, evidence: [sentence] };
  if (!prior || opensParagraph) return null;
  const raw = a.text.slice(prior.start, prior.end).trimEnd();
  const before = shownText(raw);
  const named = namedIn(ctx, prior.tokens, 0, prior.tokens.length);
  const answerIn = wholeWord(target.text, 'iu').test(before);
  if (!/[.!]["“”»«')]*$/u.test(before) || !wants.every((p) => holds(p.kind, named, true)) || answerIn || pointerIn(prior.tokens, null, lang.quiz.pointers, complementizers).length) return null;
  const prompt = `${before} ${shown}`;
  if (wordsOf(before).length > MAX_BEFORE || wordsOf(prompt).length > MAX_WITH_BEFORE) return null;
  return { prompt, evidence: [sentence, { start: prior.start, end: prior.start + raw.length, text: raw }] };
}

const charClass = (chars: string): string => `[${chars.replace(/[\]\\^-]/g, '\\$&')}]`;

const openingQuotes = (pairs: QuoteRules['quotePairs']): string => Object.keys(pairs).join('');

/**
 * The quote without its quote marks, for a prompt that sets its own. A closing mark that closes a quote inside it stays
 * (`dass ihre Mandantin „große Angst hatte“`: the reported clause ends in a quote of its own, and its mark taken off
 * left the prompt's quote open, judged unbalanced).
 */
export function unquote(quote: string, pairs: QuoteRules['quotePairs']): string {
  const closing = Object.values(pairs).flat().join('');
  const opened = new RegExp(`^${charClass(openingQuotes(pairs))}+`, 'u').exec(quote)?.[0].length ?? 0;
  const closed = new RegExp(`${charClass(closing)}+$`, 'u').exec(quote)?.[0].length ?? 0;
  const body = quote.slice(opened, quote.length - closed);
  const open: (readonly string[])[] = [];
  for (const c of body) {
    if (open[open.length - 1]?.includes(c)) open.pop();
    else if (pairs[c]) open.push(pairs[c]!);
  }
  return body + quote.slice(quote.length - closed, quote.length - closed + Math.min(closed, open.length));
}

/** A quote or a question inside a predicate: it cannot be the rest of a `who` question. */
export const quoteOrQuestion = (pairs: QuoteRules['quotePairs']): RegExp => new RegExp(charClass(`${openingQuotes(pairs)}?`), 'u');

export function entitiesOf(facts: Fact[], kind: EntityFact['kind'] = 'person'): EntityFact[] {
  return facts.filter((f): f is EntityFact => f.kind === kind);
}

/**
 * The entities of a kind a question may name (as answer or option). A person must show it is one:
 * a known first name, a role (`Bürgermeisterin Mara Lind`), or a quote the text credits to them by
 * name, so a phrase in capitals (`Lame Duck`, `Rolling Bot`) is offered as no one; no name
 * with a role word in it (`Ministerin Mara Lind`), no organisation that is a common noun, and
 * places the language lists only.
 */
/** A first name the language knows (`Karin`). */
export function isFirstName(w: string, lang: QuizLanguageModel): boolean {
  return lang.facts.quotes.femaleFirstNames.has(w) || lang.facts.quotes.maleFirstNames.has(w);
}

/**
 * A name the tagger cut out of a longer one (`RB` of `RB Leipzig`, `BSC` of `Hertha BSC`): a capitalised word other than
 * a function word stands right beside it where the text first names it. Offered as an option, it is a fragment
 * (judged: `Medienberichten Informationen`), no body of its own.
 */
function fragment(e: EntityFact, lang: QuizLanguageModel): boolean {
  const at = e.span.start - e.evidence.start;
  const before = e.evidence.text.slice(0, at).match(/(\S+) $/u)?.[1] ?? '';
  const after = e.evidence.text.slice(at + e.span.text.length).match(/^ (\S+)/u)?.[1] ?? '';
  const nameWord = (w: string): boolean => /^\p{Lu}[\p{L}\d]*$/u.test(w) && !lang.facts.functionWords.has(w.toLowerCase());
  return nameWord(before) || nameWord(after);
}

export function trustedEntities(facts: Fact[], kind: EntityFact['kind'], lang: QuizLanguageModel): EntityFact[] {
  const speakers = new Set(facts.flatMap((f) => (f.kind === 'quote' && f.quote.speakerName ? [f.quote.speakerName] : [])));
  // A text names a person in full once and quotes them by the surname (`Ilkka Vaarama …`, then `sagte Vaarama`): a
  // full name whose last word a verb of saying credits is a person, whatever first name the lists miss.
  const quoted = (e: EntityFact, words: string[]): boolean => speakers.has(e.name) || (words.length > 1 && speakers.has(words[words.length - 1]!));
  return entitiesOf(facts, kind).filter((e) => {
    const words = e.name.split(/\s+/);
    const firstName = (w: string): boolean => isFirstName(w, lang);
    // `Gastgeberin Angela Merkel`: words before a first name are a title, not the name.
    if (words.some((w) => isRole(w, lang.facts)) || (!firstName(words[0]!) && words.slice(1).some(firstName))) return false;
    // `der Konzern`, `die Landesregierung`: a word for many bodies (and another name of one the text names), not a name.
    const generic = words.length === 1 && (lang.facts.organisationHints.has(e.name) || lang.facts.organisationSuffixes.some((x) => e.name.toLowerCase().endsWith(x)));
    if (kind === 'organisation') return !generic && !fragment(e, lang);
    // A place the language knows (`Wien`, `die Schweiz`): a club or a village taken for a place is no option among places.
    if (kind === 'place') return lang.facts.places.has(e.name) || lang.quiz.forms.placeArticles.has(e.name);
    // `Andreas` alone is half a name (the tagger's, not the text's): no one to tell apart from full names.
    if (kind === 'person' && words.length === 1 && firstName(e.name)) return false;
    // `Außenminister Serbiens`: a place or its genitive after a role is whose the office is, not who holds it (judged
    // `Welche Funktion hat Serbiens?`).
    if (kind === 'person' && words.length === 1 && (lang.facts.places.has(e.name) || lang.facts.places.has(withoutGenitive(e.name, lang.facts)))) return false;
    // `Lea Sommer von ADRA`: an acronym in a person's name is the body they speak for, glued on by the tagger.
    if (kind === 'person' && words.some((w) => /^\p{Lu}{2,}$/u.test(w))) return false;
    // `Trainer Red Bull Salzburg`: a name that ends in a place the language knows is a club or a firm, not a person.
    if (kind === 'person' && words.length > 1 && !firstName(words[0]!) && lang.facts.places.has(words[words.length - 1]!)) return false;
    // `Trainer Red Bull Salzburg` cut before the place (`Red Bull`): a name the text goes on with a place is one too (judged: a club among people).
    const after = e.evidence.start <= e.span.start && e.span.end <= e.evidence.end ? e.evidence.text.slice(e.span.end - e.evidence.start) : '';
    if (kind === 'person' && !firstName(words[0]!) && lang.facts.places.has(/^\s+(\p{Lu}[\p{L}-]*)/u.exec(after)?.[1] ?? '')) return false;
    // A full name whose first word is one of the model's first names (`Sonja Hammerschmid`): the short gendered lists
    // miss many, and a person the tagger found under a first name from its open-data lists is a person.
    // Not one the text writes after a bare article (`Die Cleveland Cavaliers halten …`): a team or a firm, not a person.
    // Asked last, as it reads the evidence and the model: the cheap tests settle most entities.
    const modelFirst = () => {
      const names = lang.facts.nerModel?.().names;
      const article = lang.facts.quotes.determiners.has(/(\S+)\s+$/u.exec(e.evidence.text.slice(0, e.span.start - e.evidence.start))?.[1]?.toLowerCase() ?? '');
      return words.length > 1 && !!names?.firstNames.has(words[0]!) && !lang.facts.places.has(words[0]!) && !article;
    };
    return kind !== 'person' || firstName(words[0]!) || !!e.role || quoted(e, words) || modelFirst();
  });
}

/**
 * Words of the article its tagger read as common nouns the lexicon knows or as adjectives, each with whether it stood
 * inflected (`Medienberichten` of `Medienbericht`); a word also read as a name anywhere is left out.
 */
export function commonWords(a: QuizArticle): Map<string, boolean> {
  const tokens = a.analysis.sentences.flatMap((s) => s.tokens);
  const names = new Set(tokens.filter((t) => t.upos === 'PROPN').map((t) => t.text));
  const words = new Map<string, boolean>();
  // Adjectives too (`Offiziellen Angaben`, `Lokale Medien`, `Vereinten Nationen` were offered as people, judged in round i).
  const common = (t: Token): boolean => (t.upos === 'NOUN' && !!t.gender) || t.upos === 'ADJ';
  for (const t of tokens) if (common(t) && !names.has(t.text)) words.set(t.text, (words.get(t.text) ?? false) || t.text !== t.lemma);
  return words;
}

/**
 * No one's name: common words only (`commonWords`), one of them inflected (`Medienberichten Informationen`, cut from `laut
 * Medienberichten Informationen über …`, was judged a fragment taken for a speaker). A name stands in its own form
 * (`Stiftung Warentest`); a word the article does not hold cannot be judged and is kept.
 */
export function ofCommonWords(name: string, words: ReadonlyMap<string, boolean>): boolean {
  const parts = name.split(/\s+/);
  return parts.every((w) => words.has(w)) && parts.some((w) => words.get(w));
}

/** Fewest mentions of the place or person a text is about: one named once or twice may be a detail of it. */
const MIN_TOPIC_MENTIONS = 3;

/**
 * The place or person the whole text is about: its most-mentioned one of the kind, named three times at least (an
 * article about an election in a country names it throughout; a report on a politician, by surname). Every reader
 * knows it, so a gap on it, or a `Wo` question, asks nothing (judged: `the country of the whole article`, `a gap
 * naming the interviewee, obvious throughout`).
 */
export function topicEntities(text: string, facts: Fact[], lang: QuizLanguageModel, kind: 'place' | 'person'): Set<string> {
  const called = (name: string): string => (kind === 'person' ? name.split(/\s+/).pop()! : name);
  const counts = trustedEntities(facts, kind, lang).map((p) => [p.name, text.match(new RegExp(`(?<![\\p{L}\\d-])${escapeRe(called(p.name))}(?![\\p{L}\\d-])`, 'gu'))?.length ?? 0] as const);
  const most = Math.max(MIN_TOPIC_MENTIONS, ...counts.map(([, n]) => n));
  return new Set(counts.filter(([, n]) => n === most).map(([name]) => name));
}

export interface QuestionParts {
  type: QuestionType;
  prompt: string;
  answer: string;
  evidence: Evidence[];
  /** The answer and its distractors; shown shuffled. */
  options?: string[];
  difficulty: 1 | 2 | 3;
}

/**
 * The question with an id that stays the same for the same input: type, evidence offsets and answer. Its options are
 * shuffled by the seed's stream and the id together: every article's candidates start from the same seed and a kind
 * draws alike for like facts, so the stream alone gave the first number gaps of all texts one order (the answer
 * third or fourth in 144 of 231 questions over the dev news).
 */
export function makeQuestion(p: QuestionParts, rand: () => number): Question {
  const id = `q${hash53(`${p.type}|${p.evidence.map((e) => `${e.article}:${e.start}-${e.end}`).join(',')}|${p.answer}`)}`;
  const q: Question = { id, type: p.type, prompt: p.prompt, answer: p.answer, evidence: p.evidence, difficulty: p.difficulty };
  if (p.options) q.options = optionOrder(p.options, Math.floor(rand() * 2 ** 32), id);
  return q;
}
