/**
 * Main clauses a question may be made of (issue 15: "who did what to whom, when, where"). Only a clause
 * whose parse can be trusted: a statement whose subject is a person, organisation or place the text names or a
 * common noun's phrase (with its genitives: `Das Netz der Nordbank`; counted: `drei Männer`), before the finite verb
 * or after it (past a date or `insgesamt`), the verb second and agreeing with it, its second part at the clause's end,
 * and nothing that makes it less than a plain report of what happened (a negation, a hedge or a source,
 * a modal, the conditional, reported speech, a quote, a question, a pronoun that points elsewhere).
 * The event kind words its own short question from the parts (`Wohin reiste Lind am Montag?`).
 */
import type { Token, Upos } from '../analysis';
import { isRole, withoutGenitive } from '../facts/08-entities';
import { subjunctiveForm } from '../facts/10-quotes/clause';
import { withoutDateline } from '../facts/11-events';
import { sentenceSpan } from '../facts/textSpans';
import type { DateFact, EntityFact, TextSpan } from '../facts/types';
import { earlierMention, oneLine, quoteOrQuestion, trustedEntities } from './build';
import { bodySpans } from './facts';
import type { QuizContext } from './context';

/** Tokens `[from, to)` of the clause's sentence. */
export interface Range {
  from: number;
  to: number;
}

export interface MainClause {
  evidence: TextSpan;
  sentence: number;
  tokens: Token[];
  /** The person or organisation the subject names, and its mention there (`Lind` of `Ministerin Lind`); null for a common noun (`die Polizei`). */
  actor: { entity: EntityFact; name: TextSpan } | null;
  subject: Range;
  /**
   * Where the subject's own attributes after it end (`die Regierung | von Nordland`, `der Chef | des Verbands`): a phrase
   * moved from before the verb into a question goes after them, not into the subject. `subject.to` where none follow.
   */
  subjectEnd: number;
  verb: number;
  /** The verb's reflexive pronoun (`sich`), asked right after the verb. */
  reflexive: number | null;
  /** What stands before the verb when the subject follows it (`Am Montag`, `In Kiel`). */
  front: Range | null;
  /** A date or an adverb between the verb and the subject after it (`am Montag`, `insgesamt` of `Derzeit sitzen insgesamt 2000 Flüchtlinge fest`). */
  between: Range | null;
  middle: Range;
  /** The verb's second part at the clause's end: a particle, participle or infinitive. */
  tail: Range;
  when: { range: Range; date: DateFact } | null;
  where: { range: Range; opener: string; place: string; question: string } | null;
  /** Who reports the clause, as a question names them (`laut der Zeitung`; `withoutReporter`), or null. */
  source: string | null;
  /** A person the clause names after a preposition (`mit Lind`), or a passive's agent, a person or body (`von der Nordbank`). */
  partner: { range: Range; person: EntityFact; mention: TextSpan; question: string } | null;
  /** Adverbs that only join the clause to the story before it (`schließlich`, `dann`): a question leaves them out. */
  joining: ReadonlySet<number>;
}

/** Parts of speech a noun phrase is made of (`die schwedische Ministerin Anna Berg`, `zwei Männer`). */
const NP_UPOS: ReadonlySet<Upos> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'X']);
/** What a name ends at: another noun or name after it continues the phrase (`Lind Bau`, a genitive, a compound name). */
const NAME_UPOS: ReadonlySet<Upos> = new Set(['NOUN', 'PROPN', 'X']);
/** Nothing of these may stand between the verb's two parts: another verb, a clause, a pronoun, a mark. */
const MIDDLE_BARRED: ReadonlySet<Upos> = new Set(['VERB', 'AUX', 'SCONJ', 'PUNCT', 'PRON', 'INTJ', 'SYM', 'CCONJ']);
/** Marks that end the main clause. */
const CLAUSE_BREAK = /^[,;:–—()[\]/]$/u;
/** Words before the finite verb: German puts one constituent there. */
const MAX_FRONT = 12;

const isVerb = (t: Token): boolean => t.upos === 'VERB' || t.upos === 'AUX';

/** Most digits of an age in brackets after a name (`Axel Milberg (59)`). */
const AGE = /^\d{1,3}$/u;
/** Most words of a bracket that says who or what the name before it is (`(beide SPD)`, `(Nordland)`). */
const MAX_NAME_BRACKET = 3;

/**
 * The tokens of brackets right after a name that say who or what it is: an age, a party, a region, a country's code
 * (`Ole Brandt (59)`, `Mia Lind (SPD)`, `Nordstadt (Nordland)`, `Jan Berg (SWE)`). They tell no part of what happened,
 * and the clause reads on without them. Not a bracket with a verb (`(der auch Geschichte studiert hat)`: a clause of
 * its own) nor with a figure other than an age (`(5.)`, `(11,8 Milliarden Euro)`), which may be asked; nor one after a
 * common noun (`die Nordbank (NB)`), which `namedWithInsert` reads as the acronym of a body's name.
 */
function nameBrackets(tk: readonly Token[]): Set<number> {
  const out = new Set<number>();
  tk.forEach((t, open) => {
    if (t.text !== '(' || tk[open - 1]?.upos !== 'PROPN') return;
    const close = tk.findIndex((x, k) => k > open && (x.text === ')' || x.text === '('));
    const inner = tk.slice(open + 1, close);
    if (close < 0 || tk[close]!.text !== ')' || !inner.length || inner.length > MAX_NAME_BRACKET) return;
    const age = inner.length === 1 && AGE.test(inner[0]!.text);
    const words = inner.every((x) => !isVerb(x) && !/\d/u.test(x.text) && (x.upos !== 'PUNCT' || x.text === ','));
    if (age || words) for (let k = open; k <= close; k++) out.add(k);
  });
  return out;
}

/**
 * Is token `i` part of a bracket of scores right after a match's score (`mit 5:1 (1:0, 1:0, 3:1)`)? The periods' scores
 * say how, not what happened; the clause reads on without them.
 */
export function periodScores(tk: readonly Token[], i: number, score: RegExp): boolean {
  // `1:0,1:0,3:1` may be one token.
  const scores = (t: Token | undefined): boolean => !!t && t.text.split(',').every((x) => score.test(x));
  let open = i;
  while (open >= 0 && (tk[open]!.text === ',' || tk[open]!.text === ')' || scores(tk[open]))) open--;
  if (tk[open]?.text !== '(' || !score.test(tk[open - 1]?.text ?? '')) return false;
  let k = open + 1;
  while (scores(tk[k]) || (tk[k]?.text === ',' && k > open + 1)) k++;
  return k > open + 1 && tk[k]?.text === ')' && i <= k;
}

/** How a participle used as an adjective ends (`erwartete`, `bekannten`). */
const PARTICIPLE = /e[nmrs]?$/u;

/**
 * A verb form in the middle of a main clause with a noun right after it is the noun's participle (`die seit Tagen
 * erwartete Bodenoffensive`): the finite verb stands second, and a clause of its own is set off by commas.
 */
const attributive = (tk: readonly Token[], i: number): boolean => tk[i]!.upos === 'VERB' && PARTICIPLE.test(tk[i]!.text) && tk[i + 1]?.upos === 'NOUN';

/** Most words of a phrase between an article and the participle before its noun (`die seit vielen Tagen erwartete Offensive`). */
const MAX_ATTRIBUTE = 4;

/**
 * An article with a preposition's phrase between it and its noun (`die/PRON seit Tagen erwartete Bodenoffensive`, which
 * the tagger reads as a pronoun): the phrase's noun, then an adjective or participle before the article's noun. Not
 * `das für eine große Hürde`: there the adjective is the phrase's own, and `das` the pronoun.
 */
function articleOfAttribute(tk: readonly Token[], i: number, determiners: ReadonlySet<string>): boolean {
  if (tk[i]!.upos !== 'PRON' || !determiners.has(tk[i]!.text.toLowerCase()) || tk[i + 1]?.upos !== 'ADP') return false;
  for (let k = i + 2; k <= i + 2 + MAX_ATTRIBUTE && k + 1 < tk.length; k++) {
    const afterPhrase = tk[k - 1]!.upos === 'NOUN' || tk[k - 1]!.upos === 'PROPN';
    if (afterPhrase && (tk[k]!.upos === 'ADJ' || attributive(tk, k)) && tk[k + 1]!.upos === 'NOUN') return true;
    if (!NP_UPOS.has(tk[k]!.upos)) return false;
  }
  return false;
}

/**
 * `In Kiel sind zwei Männer getötet und drei verletzt worden`: two participles joined by `und` share the auxiliaries
 * that end the sentence, so the first, with them, is a clause of its own (`In Kiel sind zwei Männer getötet worden`),
 * the tokens this returns (the sentence's last mark kept); else `tk` unchanged. Only where the sentence's finite verb
 * is an auxiliary before the first participle with no clause's mark before `und`, and the second part is a phrase ending in its
 * participle, no verb or clause of its own (`und drei schwer verletzt`).
 */
function firstOfSharedAuxiliary(tk: Token[]): Token[] {
  const last = tk.length - 1;
  let aux = last;
  while (tk[aux - 1]?.upos === 'AUX') aux--;
  const join = tk.findIndex((t, i) => t.upos === 'CCONJ' && tk[i - 1]?.upos === 'VERB');
  const finite = tk.findIndex(isVerb);
  if (aux === last || tk[last]!.upos !== 'PUNCT' || join < 0 || join >= aux - 1 || tk[finite]!.upos !== 'AUX' || finite >= join - 1) return tk;
  const first = tk.slice(finite + 1, join);
  const second = tk.slice(join + 1, aux);
  const plain = (t: Token): boolean => !isVerb(t) && !CLAUSE_BREAK.test(t.text) && t.upos !== 'SCONJ' && t.upos !== 'CCONJ';
  if (tk.slice(0, join).some((t) => CLAUSE_BREAK.test(t.text)) || !first.slice(0, -1).every(plain) || !second.slice(0, -1).every(plain) || second.at(-1)!.upos !== 'VERB') return tk;
  return [...tk.slice(0, join), ...tk.slice(aux)];
}

/**
 * `Doch die Nordbank schloss …`, `Und Lind reiste …`: a coordinator opening the sentence joins it to the one before and
 * stands outside its clause (the phrase before the verb follows it), so the clause reads on without it.
 */
function withoutOpeningCoordinator(tk: Token[]): Token[] {
  return tk[0]?.upos === 'CCONJ' && tk[1] && !isVerb(tk[1]) && tk[1].upos !== 'PUNCT' ? tk.slice(1) : tk;
}

/**
 * `Die Nordbank schloss drei Filialen, berichtete die Zeitung`, `…, wie die Bank am Montag mitteilte.`: a reporter after
 * the last comma, its verb of saying first or (after `wie`) last and no other verb, names whose words the clause before
 * is (issue 15: a sixth of the dev news' lead sentences were reported). What that clause says in the indicative is asked
 * with its reporter named (`Wer schloss laut der Zeitung drei Filialen?`); the subjunctive of reported speech stays
 * unasked (`asserted`). The tokens without the reporter, the sentence's last mark kept, and the reporter as the question
 * names it; `tk` and no reporter where none stands there or the language cannot name it (`…, sagte er`).
 */
function withoutReporter(tk: Token[], ctx: QuizContext): { tokens: Token[]; source: string | null } {
  const q = ctx.lang.facts.quotes;
  const none = { tokens: tk, source: null };
  const last = tk.length - 1;
  const comma = tk.findLastIndex((t) => t.text === ',');
  if (comma < 1 || tk[last]!.upos !== 'PUNCT') return none;
  const tail = tk.slice(comma + 1, last);
  const cue = (t: Token | undefined): boolean => !!t && (q.cueVerbs.has(t.text.toLowerCase()) || q.separableCueVerbs.has(t.text.toLowerCase()));
  const verbs = tail.filter(isVerb);
  // `teilte … mit`: a separable verb's particle closes the reporter.
  const closing = tail.at(-1) && isVerb(tail.at(-1)!) ? tail.at(-1) : tail.at(-2);
  const first = cue(tail[0]) && verbs.length === 1;
  const asClause = tail[0]?.text.toLowerCase() === q.comparisonCue && verbs.length === 1 && cue(closing);
  // One reporter, no clause or bracket of its own; and a clause before it (`Lind, die Chefin, fordert …` has none).
  const plain = tail.every((t, i) => t.upos !== 'PUNCT' && (t.upos !== 'SCONJ' || (i === 0 && asClause))) && tk.slice(0, comma).some(isVerb);
  if (!(first || asClause) || !plain) return none;
  // The reporter's phrase right after the verb or `wie`, up to the time or place it spoke at (`am Montag`, `in Kiel`).
  let end = 1;
  while (end < tail.length && (NP_UPOS.has(tail[end]!.upos) || tail[end]!.upos === 'CCONJ')) end++;
  const source = ctx.lang.quiz.news.reporter(tail.slice(1, end), ctx.article.text);
  return source ? { tokens: [...tk.slice(0, comma), tk[last]!], source } : none;
}

/**
 * `Am Montag reiste Mia Lind, die Chefin der Nordbank, nach Oslo`: a noun phrase opening with an article, set off by
 * commas right after a name the text gives (one of `nameEnds`), says who that is, not what happened, and the clause
 * reads on without it (`namedWithInsert` reads one after the subject first). Not before a coordinator (`Lind, die
 * Chefin, und Berg` may be a list), nor a relative clause, which says more than who it is.
 */
function withoutInsertsAfterNames(tk: Token[], nameEnds: ReadonlySet<number>): Token[] {
  const drop = new Set<number>();
  tk.forEach((t, i) => {
    if (t.text !== ',' || !nameEnds.has(tk[i - 1]?.end ?? -1)) return;
    const close = tk.findIndex((x, k) => k > i && (CLAUSE_BREAK.test(x.text) || x.upos === 'PUNCT'));
    const seg = tk.slice(i + 1, close);
    if (close < 0 || tk[close]!.text !== ',' || seg.length < 2 || tk[close + 1]?.upos === 'CCONJ') return;
    const apposition = seg[0]!.upos === 'DET' && seg.every((x) => NP_UPOS.has(x.upos) || x.upos === 'ADP') && seg.some((x) => x.upos === 'NOUN');
    if (apposition) for (let k = i; k <= close; k++) drop.add(k);
  });
  return drop.size ? tk.filter((_, i) => !drop.has(i)) : tk;
}

/** The stretches of `tk` between its clause marks, none empty. */
function clauseSegments(tk: Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tk) {
    if (CLAUSE_BREAK.test(t.text)) out.push([]);
    else out.at(-1)!.push(t);
  }
  return out.filter((seg) => seg.length > 0);
}

/**
 * `Die Nordbank schloss drei Filialen, die Kunden wechselten zur Sparkasse`: does a main clause of its own open the
 * `segments` after a comma, its finite verb second (a relative or subordinate clause has it last), so the clause before
 * the comma is whole? Not the subjunctive of reported speech nor a modal (`…, die Bank schließe`: what the first clause's
 * verb reports), nor where a later part opens with a verb or a word of saying (`…, sagte Lind`, `…, so Lind`): then the
 * whole is what somebody said.
 */
function mainClauseAfter(segments: Token[][], ctx: QuizContext): boolean {
  const q = ctx.lang.facts.quotes;
  const [first, ...later] = segments;
  const v = first ? first.findIndex(isVerb) : -1;
  // A verb with no word but verbs after it ends its clause (`…, dem fünf gefolgt sind`); `zu` before it makes it the first
  // clause's object (`beschloss, dem Wunsch zu folgen und …`).
  if (!first || v < 1 || v > MAX_FRONT || first.slice(v).every(isVerb) || ctx.lang.quiz.forms.nounInfinitive(first.slice(0, v + 1))) return false;
  const opener = first[0]!.text.toLowerCase();
  const verb = first[v]!.text;
  if (first[0]!.upos === 'SCONJ' || q.complementizers.has(opener) || subjunctiveForm(verb, q) || ctx.lang.quiz.forms.unassertedVerb.test(verb)) return false;
  return !later.some((seg) => isVerb(seg[0]!) || q.cueVerbs.has(seg[0]!.text.toLowerCase()));
}

/** The token range of a span, or null where the span does not fall on token edges. */
export function rangeOf(tk: Token[], s: { start: number; end: number }): Range | null {
  const from = tk.findIndex((t) => t.start === s.start);
  const last = tk.findIndex((t) => t.end === s.end);
  return from >= 0 && last >= from ? { from, to: last + 1 } : null;
}

/** The token indices of a range. */
const range = (r: Range): number[] => Array.from({ length: r.to - r.from }, (_, k) => r.from + k);

const within = (r: Range, outer: Range): boolean => r.from >= outer.from && r.to <= outer.to;

type Mention = { e: EntityFact; m: TextSpan; last: number };

/** The entity of `pool` with a mention in tokens `[from, to)` that ends there, if any. */
function mentionIn(pool: EntityFact[], tk: Token[], from: number, to: number): Mention | null {
  for (const e of pool) {
    for (const m of [e.span, ...e.mentions]) {
      const last = tk.findIndex((t, i) => i >= from && i < to && t.end === m.end);
      if (last >= 0 && m.start >= tk[from]!.start) return { e, m, last };
    }
  }
  return null;
}

/** Most tokens of a preposition's phrase between an article and the adjective or participle it qualifies (`die aus der Serie Nordwache bekannte Sängerin`). */
const MAX_ATTRIBUTE_PHRASE = 6;

/**
 * `Die am Montag veröffentlichte Studie`, `Der als Nummer eins gesetzte Titelverteidiger Ole Brandt`: a preposition's
 * phrase opening at `at` right after an article, and the adjective or participle it qualifies, before the article's noun
 * (or another adjective). The index after the adjective or participle; `at` where no such phrase stands there. Not `die
 * für eine große Hürde`: an adjective right after an article is that phrase's own.
 */
function attributeEnd(tk: readonly Token[], at: number, to: number): number {
  if (tk[at]?.upos !== 'ADP') return at;
  for (let k = at + 1; k <= at + MAX_ATTRIBUTE_PHRASE && k + 1 < to; k++) {
    const t = tk[k]!;
    const afterPhrase = NAME_UPOS.has(tk[k - 1]!.upos) || tk[k - 1]!.upos === 'NUM';
    const qualifies = t.upos === 'ADJ' || (t.upos === 'VERB' && PARTICIPLE.test(t.text));
    if (afterPhrase && qualifies && (NAME_UPOS.has(tk[k + 1]!.upos) || tk[k + 1]!.upos === 'ADJ')) return k + 1;
    if (!NP_UPOS.has(t.upos) && t.upos !== 'ADP') return at;
  }
  return at;
}

/**
 * The simple noun phrase opening at `at` (an article first only, adjectives and numbers, then nouns and names:
 * `die neue Ministerin Anna Berg`; a preposition's phrase may qualify an adjective or participle after the article, `die
 * aus Kiel stammende Ministerin Anna Berg`), or null. Where a name of `pool` stands in it, the name ends it and only
 * role words stand before it (`Otts Berater`, `Kim Lind` are no phrases to trust), two of them joined by `und` before a
 * person's name (`die Sängerin und Schauspielerin Anna Berg`: one person with two titles).
 */
function nounPhrase(tk: Token[], at: number, to: number, pool: EntityFact[], ctx: QuizContext): { range: Range; hit: Mention | null } | null {
  const facts = ctx.lang.facts;
  let i = at;
  if (tk[i]?.upos === 'DET') i = attributeEnd(tk, i + 1, to);
  while (i < to && (tk[i]!.upos === 'ADJ' || tk[i]!.upos === 'NUM')) i++;
  const head = i;
  while (i < to && NAME_UPOS.has(tk[i]!.upos)) i++;
  if (i === head) return null;
  // `Sängerin und Schauspielerin Anna Berg`: a second title after `und`, adjectives before it, then the name.
  let joined = -1;
  if (tk[i]?.text === facts.quotes.coordinator && isRole(tk[i - 1]!.text, facts)) {
    let k = i + 1;
    while (k < to && tk[k]!.upos === 'ADJ') k++;
    const title = k;
    while (k < to && NAME_UPOS.has(tk[k]!.upos)) k++;
    if (k > title && isRole(tk[title]!.text, facts)) [joined, i] = [i, k];
  }
  const hit = mentionIn(pool, tk, at, i);
  if (joined >= 0 && (hit?.e.kind !== 'person' || tk.slice(head, joined).some((t) => t.start >= hit.m.start))) return null;
  if (hit) {
    const first = tk.findIndex((t) => t.start >= hit.m.start);
    // The titles without the `und` that joins two and the adjectives of the second (`und jetzige Chefin`).
    const roles = tk.slice(head, first).filter((t, k) => joined < 0 || (head + k !== joined && !(head + k > joined && t.upos === 'ADJ')));
    // `Österreichs Golfstar Bernd Wiesberger`: a country's genitive may open a person's title, and a common noun before
    // a person's name is what they are (`Golfstar`, `Tennisprofi`) as a role word is; a name before it is not (`Kim Lind`).
    const whose = (t: Token, k: number): boolean => k === 0 && t.text !== withoutGenitive(t.text, facts) && facts.places.has(withoutGenitive(t.text, facts));
    const title = (t: Token, k: number): boolean => isRole(t.text, facts) || (hit.e.kind === 'person' && (t.upos === 'NOUN' || whose(t, k)));
    if (hit.last !== i - 1 || roles.some((t, k) => !title(t, k))) return null;
  }
  return { range: { from: at, to: i }, hit };
}

/**
 * The end of the attributes after a common noun's phrase ending at `to`, its genitives (`Das Netz | der Nordbank`, `Die
 * Chefs | der beiden Parteien | des Landes`) and prepositions' phrases (`Die Polizei | in Kiel`, `Die Räumung | des
 * Lagers | von Nordstadt`), where they reach the finite verb at `v`: before the verb, German puts one constituent, so
 * an article or a preposition after its noun opens no second phrase but the noun's attribute; the noun stays the head
 * (`Das Netz der Nordbank ist ausgefallen`: the network failed, not the bank). -1 where something else stands between.
 */
function attributesTo(tk: Token[], to: number, v: number, genitiveArticles: ReadonlySet<string>): number {
  const i = attributesEnd(tk, to, v, genitiveArticles, (t) => t.upos === 'ADP');
  return i === v && i > to ? i : -1;
}

/**
 * The end of the genitives and preposition's phrases (those `opens` accepts) right after a phrase ending at `to`, before
 * `limit`: each an article or preposition, adjectives or numbers, then nouns or names; `to` where none stands there.
 */
function attributesEnd(tk: Token[], to: number, limit: number, genitiveArticles: ReadonlySet<string>, opens: (t: Token) => boolean): number {
  let end = to;
  let i = to;
  while (i < limit && (genitiveArticles.has(tk[i]!.text.toLowerCase()) || opens(tk[i]!))) {
    if (tk[i]!.upos === 'ADP' && tk[i + 1]?.upos === 'DET') i++;
    i++;
    while (i < limit && (tk[i]!.upos === 'ADJ' || tk[i]!.upos === 'NUM')) i++;
    const noun = i;
    while (i < limit && NAME_UPOS.has(tk[i]!.upos)) i++;
    if (i === noun) break;
    end = i;
  }
  return end;
}

/**
 * Two people, bodies or places the text names, joined by `und` before the finite verb at `v` (`Brandt und Lind
 * unterzeichneten …`, `Nordland und die Nordbank haben …`): the subject together, as a range, or null.
 */
function namedPair(tk: Token[], v: number, pool: EntityFact[], ctx: QuizContext): Range | null {
  const first = nounPhrase(tk, 0, v, pool, ctx);
  const join = first?.range.to ?? -1;
  if (!first?.hit || tk[join]?.text !== ctx.lang.facts.quotes.coordinator) return null;
  const second = nounPhrase(tk, join + 1, v, pool, ctx);
  return second?.hit && second.range.to === v ? { from: 0, to: v } : null;
}

/** Most tokens of an apposition between a name and its verb (`, die neue Vorsitzende der Uniko (Uniko),`). */
const MAX_INSERT = 12;
/** What an apposition is made of: a noun phrase with its genitives and brackets, no verb, pronoun or clause. */
const INSERT_UPOS: ReadonlySet<Upos> = new Set([...NP_UPOS, 'ADP', 'PUNCT']);

/**
 * A named person or body opening the sentence with what belongs to it before the verb at `v`: its acronym in
 * brackets (`Der Verein für Konsumenteninformation (VKI) hat …`, `Minister Ole Brandt (SPD) lobte …`) or an apposition
 * between commas (`Sonja Lind, die neue Vorsitzende der Uniko, fordert …`), which say who it is and are no part of what
 * it did. The name is one the text names whole (a mention of `pool`, after an article and role words at most); null
 * otherwise. Its range ends at the name.
 */
function namedWithInsert(tk: Token[], v: number, pool: EntityFact[], ctx: QuizContext): { range: Range; hit: Mention } | null {
  let from = tk[0]!.upos === 'DET' ? 1 : 0;
  // `Verkehrsminister Ole Brandt (SPD)`: role words before the name are its title.
  while (from < v && isRole(tk[from]!.text, ctx.lang.facts)) from++;
  let best: Mention | null = null;
  for (const e of pool) {
    for (const m of [e.span, ...e.mentions]) {
      // The cheap test first: few mentions open the sentence, and finding a mention's tokens walks them all.
      const r = m.start === tk[from]?.start ? rangeOf(tk, m) : null;
      if (r && r.to <= v && (!best || r.to - 1 > best.last)) best = { e, m, last: r.to - 1 };
    }
  }
  if (!best) return null;
  const insert = tk.slice(best.last + 1, v);
  const bracket = insert.length === 3 && insert[0]!.text === '(' && insert[2]!.text === ')' && /^\p{Lu}[\p{Lu}\d]+$/u.test(insert[1]!.text);
  const commas = insert.filter((t) => t.text === ',').length;
  const apposition =
    insert.length >= 3 && insert.length <= MAX_INSERT && insert[0]!.text === ',' && insert.at(-1)!.text === ',' && commas === 2 &&
    insert.every((t) => INSERT_UPOS.has(t.upos) && (t.upos !== 'PUNCT' || /^[,()]$/u.test(t.text))) && insert.some((t) => t.upos === 'NOUN');
  return bracket || apposition ? { range: { from: 0, to: best.last + 1 }, hit: best } : null;
}

/**
 * Can the phrase opening at `at` be a subject by its article? Not where the article opens no nominative of its noun's
 * gender (`Der Nordbank fehlt das Geld`: the feminine's dative; asked, `Wer fehlt das Geld?`). A noun of either gender
 * (`der/die Angestellte`) or of none the lexicon knows may be.
 */
function nominativeByGender(tk: Token[], at: number, ctx: QuizContext): boolean {
  const genders = tk[at]?.upos === 'DET' ? ctx.lang.quiz.forms.nominativeGenders.get(tk[at]!.text.toLowerCase()) : undefined;
  let i = at + 1;
  while (tk[i]?.upos === 'ADJ' || tk[i]?.upos === 'NUM') i++;
  const gender = tk[i]?.gender;
  return !genders || !gender || gender.split('/').some((g) => genders.includes(g));
}

/**
 * Is the phrase's head in the number the finite verb is in? A name is singular; a noun by its form (`Männer` is
 * its plural); one whose plural is written as its singular (`Lehrer`) cannot tell, nor can a phrase joined by `und`.
 */
function agrees(tk: Token[], r: Range, verb: Token, ctx: QuizContext): boolean {
  const forms = ctx.lang.quiz.forms;
  const plural = forms.pluralPredicate.test(verb.text);
  const head = tk[r.to - 1]!;
  const nouns = tk.slice(r.from, r.to).filter((t) => t.upos === 'NOUN');
  // A name, or a noun after an article of the singular only (`der Bundeskanzler`, `ein Forscher`).
  if (head.upos !== 'NOUN' || nouns.length > 1 || forms.singularArticles.has(tk[r.from]!.text.toLowerCase())) return !plural;
  // `zwei Lehrer`: a plural written as its singular is told by a count before it.
  if (head.plural === head.lemma && tk.slice(r.from, r.to).some((t) => t.upos === 'NUM' && t.text !== '1')) return plural;
  // `die Kieler`: a noun of another gender after the plural's article is in the plural.
  const article = ctx.lang.quiz.news.pluralArticle;
  if (head.plural === head.lemma && tk[r.from]!.text.toLowerCase() === article && !!head.gender && head.gender !== article) return plural;
  // `die Polizei`: a feminine noun (its article the plural's) written as its lemma with no plural the lexicon knows has
  // none, and is singular; a feminine plural always differs from its singular, so the lemma's form is no plural.
  if (!head.plural && head.gender === article && head.text === head.lemma) return !plural;
  if (!head.plural || head.plural === head.lemma) return false;
  return plural === (head.text === head.plural);
}

/** A clause as `asserted` reads it. */
export interface Claim {
  /** The finite verb (`hatte`, `traf`). */
  verb: Token;
  /** The clause's verb (`sein` of `ist … die einzige Partei`, `eintreffen` of `traf … ein`). */
  lemma: string;
  /** The verb forms that go with the finite verb (`abgestattet` of `hatte … abgestattet`). */
  verbForms: readonly Token[];
  /** The clause's words, hedged or denied there. */
  text: string;
  /** Its words that may point to another sentence (without its subject, which may name what it points to). */
  context: string;
  /** Its tokens, read for a slip of case. */
  tokens: readonly Token[];
}

/**
 * Does the clause report what happened, plainly? Not a modal, the conditional or the subjunctive of reported speech
 * (`liege`, `bleibe`: what somebody wants or says), nor a copula alone (`ist … die einzige Partei`: what something is,
 * and its phrase often needs the clause after it), nor the past perfect (`hatte … abgestattet`: what came before the
 * story, its background, not its events), nor what the clause hedges or denies or what points to another sentence,
 * nor a clause with a slip of case a question in its own words would copy (`caseSlip`), nor one whose time is counted
 * back from the report's day (`vor einem Monat`) or that names what it is about only as the text told of it before
 * (`die ersten Autos`, `der 28-Jährige`: `earlierMention`), which a question of its words alone leaves unclear.
 * The main clauses and the main-news kind ask only these.
 */
export function asserted(c: Claim, ctx: QuizContext): boolean {
  const forms = ctx.lang.quiz.forms;
  const q = ctx.lang.facts.quotes;
  if (forms.unassertedVerb.test(c.verb.text) || subjunctiveForm(c.verb.text, q)) return false;
  const participle = c.verbForms.some(isVerb);
  if ((c.lemma === forms.copula && c.verbForms.length === 0) || (forms.pastPerfect.has(c.verb.text.toLowerCase()) && participle)) return false;
  if (forms.relativeTime.test(c.text) || c.tokens.some((_, i) => earlierMention(c.tokens, i, ctx.lang.quiz.pointers))) return false;
  return !forms.unassertedWords.test(c.text) && !forms.needsContext.test(c.context) && !sourced(c.text, ctx) && !caseSlip(c.tokens, ctx);
}

/**
 * Does a dative preposition stand before the plural's article and a noun in the singular (`nach den vierten Zwischenrang`)?
 * The noun is singular where it is written as its lemma and its plural differs (not `den Lehrer`, which may be either).
 */
function caseSlip(tk: readonly Token[], ctx: QuizContext): boolean {
  const { dativePrepositions, pluralArticle } = ctx.lang.quiz.forms.caseSlip;
  return tk.some((t, i) => {
    if (t.upos !== 'ADP' || !dativePrepositions.has(t.text.toLowerCase()) || tk[i + 1]?.text.toLowerCase() !== pluralArticle) return false;
    let k = i + 2;
    while (tk[k]?.upos === 'ADJ') k++;
    const noun = tk[k];
    return noun?.upos === 'NOUN' && !!noun.plural && noun.plural !== noun.lemma && noun.text === noun.lemma;
  });
}

/**
 * Does the clause give what it says as a source's (`nach Einschätzung der Vereinten Nationen`, `nach Polizeiangaben`)?
 * Then it reports a claim, not what happened, as `laut` does.
 */
function sourced(text: string, ctx: QuizContext): boolean {
  const q = ctx.lang.facts.quotes;
  const words = text.split(/[^\p{L}-]+/u);
  return words.some((w, i) => {
    const next = words[i + 1] ?? '';
    return q.sourcePrepositions.has(w.toLowerCase()) && /^\p{Lu}/u.test(next) && [...q.sourceNouns].some((n) => next.toLowerCase().endsWith(n));
  });
}

/**
 * Is the clause passive: its finite verb or one at its end an auxiliary of the passive, after a participle (`wurde …
 * eröffnet`, `ist … eröffnet worden`)? Not the future (`wird … eröffnen`), whose verb at the end is its infinitive, the
 * verb's own dictionary form.
 */
function passive(finite: Token, tail: readonly Token[], ctx: QuizContext): boolean {
  const auxiliaries = ctx.lang.facts.quotes.passiveAuxiliaries;
  const participle = tail[0];
  return [finite, ...tail].some((t) => auxiliaries.has(t.text.toLowerCase())) && participle?.upos === 'VERB' && participle.text !== participle.lemma;
}

/**
 * Each article's main clauses, parsed once for its quiz: the event, result and main-news-by-office kinds all ask them,
 * and parsing them is ~3 ms an article (a tenth of its quiz).
 */
const parsed = new WeakMap<QuizContext, readonly MainClause[]>();

/** The main clauses of the article a question may rest on. */
export function mainClauses(ctx: QuizContext): readonly MainClause[] {
  let clauses = parsed.get(ctx);
  if (!clauses) parsed.set(ctx, (clauses = parseMainClauses(ctx)));
  return clauses;
}

function parseMainClauses(ctx: QuizContext): MainClause[] {
  const { article: a, lang } = ctx;
  const forms = lang.quiz.forms;
  const q = lang.facts.quotes;
  const facts = ctx.facts.facts;
  const persons = trustedEntities(facts, 'person', lang);
  const people = [...persons, ...trustedEntities(facts, 'organisation', lang).filter((e) => !forms.commonNounName.test(e.name))];
  // Countries and cities act in news too (`Österreich hat … zugesagt`): a place the language knows, without an article.
  const actors = [
    ...people,
    ...trustedEntities(facts, 'place', lang).filter((e) => lang.facts.places.has(e.name) && !forms.placeArticles.has(e.name) && forms.placeAsked.has(forms.placeKind(e.name))),
  ];
  const quoted = quoteOrQuestion(q.quotePairs);
  const closing = Object.values(q.quotePairs).flat();
  const places = placesOf(ctx);
  const nameEnds = new Set(actors.flatMap((e) => [e.span, ...e.mentions].map((m) => m.end)));
  const body = bodySpans(a, lang);
  const out: MainClause[] = [];
  a.analysis.sentences.forEach((s, si) => {
    if (!body.some((p) => p.start <= s.start && s.start < p.end)) return;
    // `Kiel – Die Ministerin reiste …`: a dateline opening the report is no part of its first clause, as for the events step.
    // `Axel Milberg (59)`, `Mia Lind (SPD)`: a bracket after a name that says who it is tells not what happened; the clause reads on without it.
    // `Doch Lind reiste …`, `Lind, die Chefin der Nordbank, reiste …`: what stands outside the clause or says who is left out too.
    const dated = withoutDateline(s.tokens);
    const brackets = nameBrackets(dated);
    const read = dated.filter((t, i, all) => !brackets.has(i) && !periodScores(all, i, lang.quiz.news.score));
    const reported = withoutReporter(read, ctx);
    const tk = firstOfSharedAuxiliary(withoutInsertsAfterNames(withoutOpeningCoordinator(reported.tokens), nameEnds));
    const evidence = sentenceSpan(a.text, a.analysis, si);
    // A statement: no question, exclamation or quote, none of them in another clause either (`…, sagte Lind`).
    if (tk.length < 4 || !evidence.text.endsWith('.') || quoted.test(evidence.text) || closing.some((c) => evidence.text.includes(c))) return;
    // `Die aus Kiel stammende Ministerin reiste …`: a participle inside the opening subject is no finite verb.
    const attribute = tk[0]!.upos === 'DET' ? attributeEnd(tk, 1, tk.length) : 0;
    const v = tk.findIndex((t, i) => isVerb(t) && i >= attribute);
    if (v < 1) return;
    const last = tk.length - 1;
    // The clause ends at a mark, or where a second verb phrase is joined on (`… kommen und Gespräche führen`, `… gewann
    // mit 3:1 und übernahm die Führung`).
    const found = tk.findIndex((t, i) => i > v && (CLAUSE_BREAK.test(t.text) || (t.upos === 'CCONJ' && (isVerb(tk[i - 1]!) || isVerb(tk[i + 1] ?? t)))));
    const end = found < 0 ? last : found;
    // What follows the break must not be part of the clause: not what the verb says or asks (`hegt den Verdacht, dass …`),
    // not its own continuation after an inserted clause (`hat, dem fünf folgten, nur einen Sitz`), nor a bracket's.
    if (end < last) {
      const mark = tk[end]!.text;
      const next = tk[end + 1]!;
      // `Drei Menschen wurden verletzt, davon einer schwer`: a part of the count, no clause of its own, adds to the clause.
      const part = mark === ',' && lang.quiz.news.partOfCount.has(next.text.toLowerCase()) && !tk.slice(end + 1).some(isVerb);
      const finalVerb = isVerb(tk[last - 1]!) || part;
      if (mark === '(' || mark === '[' || q.complementizers.has(next.text.toLowerCase())) return;
      // `sind zwei Männer getötet und drei verletzt, ehe … worden`: an auxiliary ending the sentence after `und` is the
      // clause's too (`firstOfSharedAuxiliary` reads the plain case).
      if (tk[end]!.upos === 'CCONJ' && tk[last - 1]!.upos === 'AUX') return;
      // `siegte mit 2:0, liegt aber …`, `gewann mit 3:1 und übernahm …`: a second clause opening with its own verb shares
      // the subject and leaves the first whole; not where it denies or hedges (`Lind raucht und trinkt nicht`: both
      // are denied), nor after a comma an auxiliary or a verb of saying (`…, wurde den Kunden geantwortet`, `…, sagte er`).
      const secondClause = isVerb(next) && !forms.unassertedWords.test(oneLine(a.text.slice(next.start, tk[last]!.end))) &&
        (mark !== ',' || (next.upos === 'VERB' && !q.cueVerbs.has(next.text.toLowerCase()) && !q.separableCueVerbs.has(next.text.toLowerCase())));
      if (isVerb(next) && !secondClause) return;
      // `zahlt 100 Euro, wenn …`: a clause after the break that states a condition makes the main clause hold only then.
      const segments = clauseSegments(tk.slice(end + 1));
      if (segments.some((seg) => lang.quiz.news.conditionals.has(seg[0]!.text.toLowerCase()))) return;
      const ownMain = mark === ',' && mainClauseAfter(segments, ctx);
      if (mark !== ';' && mark !== ':' && next.upos !== 'CCONJ' && !secondClause && !finalVerb && !ownMain) return;
      // `holte sich die Erlaubnis, Truppen zu schicken`: the object's own complement, which a question of the clause drops
      // (judged); so is the verb's (`beschloss in Kiel, dem Plan zu folgen`), also where a clause of its own follows the
      // infinitive (`versucht, einen Hafen zu bauen, der …`): the infinitive ends at the first verb that closes a stretch.
      const words = segments.map((seg) => seg.filter((t) => t.upos !== 'PUNCT'));
      const closing = words.findIndex((seg) => !!seg.length && isVerb(seg.at(-1)!));
      const rest = words.slice(0, closing + 1).flat();
      if (mark === ',' && forms.nounInfinitive(rest)) return;
    }
    const verb = tk[v]!;
    const lower = verb.text.toLowerCase();
    // `und` only between nouns (`Strafzahlungen und Folgekosten`): joining anything else, it opens another clause.
    const joinsNouns = (i: number): boolean => tk[i]!.upos === 'CCONJ' && NAME_UPOS.has(tk[i - 1]?.upos ?? 'PUNCT') && NP_UPOS.has(tk[i + 1]?.upos ?? 'PUNCT');
    // A verb of saying is an event of its own only where nothing it reports follows (`lobte den Bau.`, not `sagte, …`).
    if ((q.cueVerbs.has(lower) || q.separableCueVerbs.has(lower)) && end < last) return;
    let subject: Range;
    let front: Range | null = null;
    let hit: Mention | null;
    let reflexive: number | null = null;
    let objectFirst = false;
    let between: Range | null = null;
    const head = tk.slice(0, v);
    const after = tk[v + 1] && forms.reflexives.has(tk[v + 1]!.text) ? v + 2 : v + 1;
    // A person's or body's name right after the verb is its subject: what stands first is its object (German may put
    // it there: `Die Software hat Hotz entwickelt`, `Sein Preisgeld schraubte Thiem …`), unless it names someone too.
    const named = nounPhrase(tk, after, end, people, ctx)?.hit;
    const opensSubject = !q.nonSubjectStarts.has(tk[0]!.text.toLowerCase()) && !q.possessives.has(tk[0]!.text.toLowerCase());
    const inPhrase = head.every((t, i) => NP_UPOS.has(t.upos) || t.upos === 'ADP' || (i < attribute && t.upos === 'VERB') || (t.upos === 'CCONJ' && isRole(head[i - 1]?.text ?? '', lang.facts)));
    const plain = opensSubject && inPhrase ? nounPhrase(tk, 0, v, actors, ctx) : null;
    // `Nordlands neue Regierung hat …`: a place's or actor's genitive opens a common noun's phrase as an article does,
    // and the phrase has no actor (the government acted, not the country).
    const owner = withoutGenitive(tk[0]!.text, lang.facts);
    const whose = NAME_UPOS.has(tk[0]!.upos) && owner !== tk[0]!.text && (lang.facts.places.has(owner) || actors.some((e) => e.name === owner));
    const base = tk[0]!.upos === 'DET' ? plain : whose && opensSubject && inPhrase ? nounPhrase(tk, 1, v, actors, ctx) : null;
    // `Das Netz der Nordbank ist … ausgefallen`, `Die Polizei in Kiel hat …`: a common noun with its attributes is the
    // subject, and it has no actor; not where a subject's article follows the verb (`Die Hilfe für Kiel lehnte der Rat ab`).
    const attributed = base && !base.hit && (whose || base.range.to < v) && (base.range.to === v || attributesTo(tk, base.range.to, v, q.genitiveArticles) === v) &&
      !forms.nominativeOnly.has(tk[after]?.text.toLowerCase() ?? '');
    const genitives = attributed ? { range: { from: 0, to: v }, hit: null } : null;
    const firstPhrase = plain?.range.to === v ? plain : (genitives ?? (opensSubject ? namedWithInsert(tk, v, people, ctx) : null));
    const np = firstPhrase && nominativeByGender(tk, 0, ctx) ? firstPhrase : null;
    // `Brandt und Lind unterzeichneten am Mittwoch in Oslo …`: a pair of names before a verb in the plural is the subject
    // together; neither is its actor (`Wer …?` has two right answers), but where, when, with whom and how many are theirs.
    const pair = !np && !named && opensSubject && forms.pluralPredicate.test(tk[v]!.text) ? namedPair(tk, v, actors, ctx) : null;
    if (pair) {
      subject = pair;
      hit = null;
    } else if (np && !named) {
      // `Ministerin Lind reiste …`: the subject first.
      ({ range: subject, hit } = np);
    } else {
      // `Am Montag reiste Ministerin Lind …`: a time, a place, an adverb or an object first, the subject right after the verb.
      if (v > MAX_FRONT) return;
      front = { from: 0, to: v };
      const date = facts.some((f) => f.kind === 'date' && f.sentence === si && f.span.start === tk[0]!.start && f.span.end === tk[v - 1]!.end);
      const adverb = v === 1 && tk[0]!.upos === 'ADV';
      // `Beim Treffen der Minister in Kiel`: a phrase with its own attributes, nouns and prepositions only.
      // `Einen Tag nach der Wahl`, `Nur einen Monat vor dem Gipfel`: a phrase with its own attributes whose article's case
      // tells it from the subject after the verb.
      const measure = forms.notNominative.test(head[0]!.upos === 'ADV' ? (head[1]?.text ?? '') : head[0]!.text) && head.some((t) => t.upos === 'ADP');
      // `In Kiel und Oslo`, `Beim Treffen der Staats- und Regierungschefs`: nouns joined by `und` are one phrase.
      const opening = head[0]!.upos === 'ADV' ? 2 : 1;
      // `Erst vor einem Monat`, `Schon im Vorjahr`: an adverb before a preposition's phrase says how far its time or
      // place goes and belongs to it; the subject still follows the verb, and `asserted` refuses the adverbs that point
      // to another sentence (`Auch in Kiel`).
      const opensPhrase = head[opening - 1]?.upos === 'ADP';
      const phrase = (opensPhrase || measure) && head.length > 1 && head.every((t, i) => i < opening || NP_UPOS.has(t.upos) || t.upos === 'ADP' || joinsNouns(i)) && head.at(-1)!.upos !== 'ADP';
      const object = !!named && head[0]!.upos !== 'ADP' && head.every((t) => NP_UPOS.has(t.upos) || t.upos === 'ADP') && !mentionIn(actors, tk, 0, v) && !head.some((t) => isRole(t.text, lang.facts));
      if (!date && !adverb && !phrase && !object) return;
      let at = v + 1;
      if (forms.reflexives.has(tk[at]?.text ?? '')) reflexive = at++;
      // `In Kiel sind am Montag drei Männer …`: a date may stand before the subject, as a phrase of the clause.
      const betweenFrom = at;
      const dateAt = facts.find((f) => f.kind === 'date' && f.sentence === si && f.span.start === tk[at]?.start);
      const dateTo = dateAt ? rangeOf(tk, dateAt.span)?.to ?? at : at;
      if (dateTo < end) at = dateTo;
      // `Derzeit sitzen insgesamt 2000 Flüchtlinge …`: an adverb that leaves a count exact may stand before it, and the
      // question keeps it; not another (`selbst drei Kinder`, `indes drei Menschen`: `Wie viele Kinder wurden selbst …?`).
      if (lang.quiz.news.exactQualifiers.has(tk[at]?.text.toLowerCase() ?? '') && tk[at + 1]?.upos === 'NUM') at++;
      // `Im Mai verließen sogar die neuen Autos die Fabrik`: adverbs before a subject with a definite article, which
      // the question keeps; only for a common noun's phrase (below), since `Wer` would drop them (`Wer reiste auch …?`).
      // One that only joins the clause to the story before (`sind indes drei Menschen`) the question leaves out anyway.
      let adverbs = false;
      for (; tk[at]?.upos === 'ADV' && at + 1 < end; at++) if (!forms.joiningAdverbs.has(tk[at]!.text.toLowerCase())) adverbs = true;
      if (adverbs && !forms.nominativeArticles.includes(tk[at]?.text.toLowerCase() ?? '')) return;
      if (at > betweenFrom) between = { from: betweenFrom, to: at };
      // A subject opens with an article of the nominative (not `den`, `dem`) or without one.
      const opener = tk[at];
      if (!opener || (opener.upos === 'DET' && !forms.nominativeArticles.includes(opener.text.toLowerCase())) || !nominativeByGender(tk, at, ctx)) return;
      const np = nounPhrase(tk, at, end, actors, ctx);
      // `… übt Professor Hauer von der Uni Linz`: where the name is from belongs to it, and no question keeps the two together.
      if (!np || (object && (!np.hit || forms.originPrepositions.has(tk[np.range.to]?.text.toLowerCase() ?? '')))) return;
      ({ range: subject, hit } = np);
      if (adverbs && hit) return;
      objectFirst = object && !date && !adverb && !phrase;
      // An object first only where case tells it from the subject (`Den Hafen plante Berg`, `… plante der Professor Berg`):
      // in `Die Angestellte hat Tom Lind identifiziert` either may have done it, and the `Wer` asked named the wrong one (judged).
      if (objectFirst && !forms.nominativeOnly.has(tk[subject.from]!.text.toLowerCase()) && !forms.notNominative.test(tk[0]!.text)) return;
    }
    // The head agrees with the verb, not a genitive after it (`Das Netz der Banken ist …`).
    if (!pair && !agrees(tk, genitives && np === genitives && !named ? base!.range : subject, verb, ctx)) return;
    let middleFrom = subject.to > v ? subject.to : v + 1;
    if (reflexive === null && forms.reflexives.has(tk[middleFrom]?.text ?? '')) reflexive = middleFrom++;
    // The verb's second part closes the clause: a particle of the finite verb, participles and infinitives.
    let tailFrom = end;
    while (tailFrom > middleFrom && (isVerb(tk[tailFrom - 1]!) || verb.sepVerb?.partner === tailFrom - 1)) tailFrom--;
    if (verb.sepVerb && (verb.sepVerb.partner < tailFrom || verb.sepVerb.partner >= end)) return;
    const middle = { from: middleFrom, to: tailFrom };
    const innerAt = [...(front ? range(front) : []), ...(between ? range(between) : []), ...range(middle)];
    if (innerAt.some((i) => MIDDLE_BARRED.has(tk[i]!.upos) && !joinsNouns(i) && !attributive(tk, i) && !articleOfAttribute(tk, i, q.determiners))) return;
    const clauseText = a.text.slice(tk[0]!.start, tk[end - 1]!.end);
    const context = clauseText.slice(0, tk[subject.from]!.start - tk[0]!.start) + clauseText.slice(tk[subject.to - 1]!.end - tk[0]!.start);
    if (!asserted({ verb, lemma: verb.lemma, verbForms: tk.slice(tailFrom, end), text: clauseText, context, tokens: tk.slice(0, end) }, ctx)) return;
    // An object first is asked whole: a place or person inside it (`Kritik an der Reform in Österreich`) is of the object.
    const slots = [objectFirst ? null : front, between, middle].filter((r): r is Range => !!r);
    const inSlots = (r: Range | null): r is Range => !!r && slots.some((x) => within(r, x));
    // When: a date of the sentence within the clause, standing as a phrase of its own. Before the verb German puts one
    // phrase, so a date inside it that does not open it is that phrase's (`Nach dem Start des Plans am 2. Mai haben …`:
    // when the plan started, not when the rest happened; cut out, it left `nach dem Start des Plans haben …`).
    const ownPhrase = (r: Range): boolean => !front || !within(r, front) || r.from === front.from;
    const whenFact = facts.find((f): f is DateFact => {
      const r = f.kind === 'date' && f.sentence === si ? rangeOf(tk, f.span) : null;
      return inSlots(r) && ownPhrase(r) && asWhen(tk, r, lang.quiz.templates.notWhen);
    });
    const when = whenFact ? { range: rangeOf(tk, whenFact.span)!, date: whenFact } : null;
    const actor = hit ? { entity: hit.e, name: hit.m } : null;
    // `Einen Tag nach der Wahl hat die Regierung von Nordland …`: where the subject follows the verb, its genitives and
    // where it is from belong to it (as `originPrepositions` read for an object first), and a question keeps them together.
    const origin = (t: Token): boolean => t.upos === 'ADP' && forms.originPrepositions.has(t.text.toLowerCase());
    const subjectEnd = subject.from > v ? attributesEnd(tk, subject.to, tailFrom, q.genitiveArticles, origin) : subject.to;
    const joining = new Set(innerAt.filter((i) => tk[i]!.upos === 'ADV' && forms.joiningAdverbs.has(tk[i]!.text.toLowerCase())));
    out.push({ evidence, joining, sentence: si, tokens: tk, actor, source: reported.source, subject, subjectEnd, verb: v, reflexive, front, between, middle, tail: { from: tailFrom, to: end }, when, where: placeIn(ctx, tk, slots, places, subject), partner: partnerIn(tk, slots, persons.filter((p) => p !== hit?.e), passive(verb, tk.slice(tailFrom, end), ctx) ? people.filter((p) => p !== hit?.e) : null, ctx) });
  });
  return out;
}

/**
 * Does the date in `r` answer `Wann`? Not after an article or a preposition its span leaves out, which make it part of
 * another phrase (`aus dem Jahr 2001`, `gab den 1. Mai als Geburtstag an`: taken out, they leave `aus dem`, `den als`),
 * nor opening with a word `Wann` does not ask for (`seit Mai`).
 */
function asWhen(tk: Token[], r: Range, notWhen: ReadonlySet<string>): boolean {
  const before = tk[r.from - 1]?.upos;
  return before !== 'DET' && before !== 'ADP' && !notWhen.has(tk[r.from]!.text.toLowerCase());
}

/**
 * The places a question may ask or offer: those the language knows, and names the tagger took for places or the
 * language's lists type that the text itself puts after a preposition of place (`in Kiel`, `aus Bremen`), so a club
 * (`Dortmund schlägt …`) is none.
 */
export function placesOf(ctx: QuizContext): Set<string> {
  const { lang } = ctx;
  const tagged = new Set(ctx.facts.facts.flatMap((f) => (f.kind === 'place' && !f.name.includes(' ') ? [f.name] : [])));
  const out = new Set(trustedEntities(ctx.facts.facts, 'place', lang).map((e) => e.name));
  for (const s of ctx.article.analysis.sentences) {
    s.tokens.forEach((t, i) => {
      if (t.upos === 'PROPN' && (tagged.has(t.text) || lang.quiz.forms.placeKind(t.text)) && lang.facts.placePrepositions.has(s.tokens[i - 1]?.text.toLowerCase() ?? '')) out.add(t.text);
    });
  }
  return out;
}

/**
 * The kind of a place (`city`, `country`, `region`; '' where nothing tells it), for options of the answer's kind
 * (issue 15: `Wo …?` of a city no list knew had none, or countries beside it): the text's own word right before the
 * name first (`die Hauptstadt Oslo`, `in der Stadt Kiel`, `der Insel Kos`), then the language's lists, then a dateline
 * (`Kiel – `, `Ried/Wien – `: the city the report is filed from). `named` lists the places the text types.
 */
export function placeKinds(ctx: QuizContext): { kindOf: (place: string) => string; named: string[] } {
  const { lang } = ctx;
  const forms = lang.quiz.forms;
  const said = new Map<string, string>();
  const datelined = new Set<string>();
  // A capitalised common noun after `Staat` is no name (`gab der Staat Milliarden aus`): the tagger's name or a place it found.
  const places = new Set(ctx.facts.facts.flatMap((f) => (f.kind === 'place' ? [f.name] : [])));
  for (const s of ctx.article.analysis.sentences) {
    const tk = s.tokens;
    for (const t of tk.slice(0, tk.length - withoutDateline(tk).length)) if (NAME_UPOS.has(t.upos)) datelined.add(t.text);
    tk.forEach((t, i) => {
      const kind = i > 0 && (t.upos === 'PROPN' || places.has(t.text)) ? forms.placeKindNoun(tk[i - 1]!.text) : null;
      if (kind) said.set(t.text, kind);
    });
  }
  const kindOf = (p: string): string => said.get(p) ?? (forms.placeKind(p) || (datelined.has(p) ? 'city' : ''));
  return { kindOf, named: [...new Set([...said.keys(), ...datelined])] };
}

/** Sentences of a report's start that may open with its dateline (`Istanbul – `): a headline and a teaser before it. */
const DATELINE_SENTENCES = 3;

/**
 * The names of the report's dateline (`Istanbul – `, `Ried/Wien – `: where it is filed from): the first of its first
 * sentences that opens with one. Not a dash further on, which joins a result's teams (`Estland – Schweiz 0:1`).
 */
export function datelineNames(ctx: QuizContext): string[] {
  for (const s of ctx.article.analysis.sentences.slice(0, DATELINE_SENTENCES)) {
    const tk = s.tokens;
    const cut = tk.length - withoutDateline(tk).length;
    if (cut > 0) return tk.slice(0, cut).filter((t) => NAME_UPOS.has(t.upos)).map((t) => t.text);
  }
  return [];
}

/** Where the article's dates end: a phrase after one is no attribute of it (`am Montag | in Oslo`, `am Montag | von Lind`). */
const dateEndsOf = (ctx: QuizContext): Set<number> => new Set(ctx.facts.facts.flatMap((f) => (f.kind === 'date' ? [f.span.end] : [])));

/** A place after its preposition (`nach Kiel`, `in der Schweiz`) standing alone in one of `slots`, or null. */
function placeIn(ctx: QuizContext, tk: Token[], slots: Range[], places: ReadonlySet<string>, subject: Range): MainClause['where'] {
  const forms = ctx.lang.quiz.forms;
  const dateEnds = dateEndsOf(ctx);
  for (const r of slots) {
    for (let i = r.from; i < r.to; i++) {
      for (const n of [2, 1]) {
        const opener = tk.slice(i, i + n).map((t) => t.text.toLowerCase()).join(' ');
        const question = forms.placeQuestions.get(opener);
        const place = tk[i + n];
        if (!question || !place || i + n >= r.to) continue;
        // `die Invasion in der Ukraine`, `Besuch aus Moskau`: after a noun, the place may be the noun's, not the event's;
        // not after a date's (`am Mittwoch in Oslo`), which no place belongs to, nor after the name that ends the subject
        // (`Am Dienstag flog Lind nach Oslo`: where she flew).
        const subjectName = i === subject.to && tk[i - 1]?.upos === 'PROPN';
        if (NAME_UPOS.has(tk[i - 1]?.upos ?? 'PUNCT') && !dateEnds.has(tk[i - 1]!.end) && !subjectName) continue;
        // A place takes the article the preposition brings (`im Iran`, `nach Kiel`), and ends the phrase (`in Kiel Nord` is another name).
        const withArticle = n === 2 || forms.articlePrepositions.has(opener);
        const known = places.has(place.text) || ctx.lang.facts.places.has(place.text) || forms.placeArticles.has(place.text);
        if (!known || withArticle !== forms.placeArticles.has(place.text) || NAME_UPOS.has(tk[i + n + 1]?.upos ?? 'PUNCT')) continue;
        // `nach Kiel oder Bremen`: any member of a list would be right.
        const around = ` ${tk[i - 1]?.text ?? ''} ${tk[i + n + 1]?.text ?? ''} `;
        if (around.includes(` ${ctx.lang.facts.quotes.coordinator} `) || tk[i + n + 1]?.upos === 'CCONJ' || tk[i - 1]?.upos === 'CCONJ') continue;
        return { range: { from: i, to: i + n + 1 }, opener, place: place.text, question };
      }
    }
  }
  return null;
}

/**
 * A person after a preposition the language asks about (`mit Ministerin Lind`), or, in a passive clause (`agents` given),
 * the person or body that did it after the agent's preposition (`wurde von Ministerin Lind eröffnet`: `Von wem …?`); not
 * after a noun other than a date's, whose attribute it may be (`die Rede von Lind wurde gedruckt`). Null where none stands there.
 */
function partnerIn(tk: Token[], slots: Range[], persons: EntityFact[], agents: EntityFact[] | null, ctx: QuizContext): MainClause['partner'] {
  const forms = ctx.lang.quiz.forms;
  const dateEnds = dateEndsOf(ctx);
  for (const r of slots) {
    for (let i = r.from; i < r.to - 1; i++) {
      const word = tk[i]!.text.toLowerCase();
      const partner = forms.partnerQuestions.get(word);
      const afterNoun = NAME_UPOS.has(tk[i - 1]?.upos ?? 'PUNCT') && !dateEnds.has(tk[i - 1]!.end);
      const agent = agents && !afterNoun ? forms.agentQuestions.get(word) : undefined;
      const question = partner ?? agent;
      const np = question ? nounPhrase(tk, i + 1, r.to, partner ? persons : agents!, ctx) : null;
      // `mit Lind und Berg`: either would be right.
      if (!question || !np?.hit || tk[np.range.to]?.upos === 'CCONJ' || tk[i - 1]?.upos === 'CCONJ') continue;
      return { range: { from: i, to: np.range.to }, person: np.hit.e, mention: np.hit.m, question };
    }
  }
  return null;
}
