/**
 * Questions from the parsed event (issue 15: "who did what to whom, when, where"), worded as a short question
 * of their own instead of the sentence with a gap: `Wer reiste am Montag nach Kiel?`, `Wohin reiste Ministerin
 * Lind am Montag?`, `Wann …?`, `Mit wem traf sich Lind?`. Only of main clauses whose parse is trusted
 * (`../clause.ts`); options are of the answer's kind and form: people for people, places of the answer's kind
 * after the answer's preposition and article (`nach Kiel`, `nach Bremen`), dates of its shape.
 */
import type { Analysis, Token, Upos } from '../../analysis';
import { isRole } from '../../facts/08-entities';
import { clauseTokens } from '../../facts/11-events';
import type { EntityFact, NumberFact } from '../../facts/types';
import { commonWords, evidenceOf, makeQuestion, ofCommonWords, oneLine, topicEntities, trustedEntities, wholeWord } from '../build';
import { datelineNames, mainClauses, placeKinds, placesOf, type MainClause, type Range } from '../clause';
import type { QuestionKind, QuizContext } from '../context';
import { exactNumbers, numberDistractors, otherNames, pickDistractors } from '../distractors';
import { cityCountryNamed, countryGivenAway } from '../placeGivenAway';
import type { Question } from '../types';
import { askableDate, backgroundDate, dateDistractors } from './date';
import { answerGender, ofGender } from './nameCloze';

/** Fewest wrong options of a choice: two beside the answer. */
const MIN_DISTRACTORS = 2;
/** A shorter `Wer` predicate says too little to be asked about (`Wer lachte?`). */
const MIN_PREDICATE = 12;
/** Letters of a name compared with the question's words, so an inflected or derived form counts (`Deutschen`). */
const STEM = 6;
/** Words after the question word: a longer question is no short question of its own. */
const MAX_WORDS = 14;

/** A count after these is inside a phrase (`die 36 Sitze`, `mit 100 Experten`, `alle 20 Länder`) or a list (`240 Gäste und 30 Autos`). */
const PHRASE_INSIDE: ReadonlySet<Upos> = new Set(['DET', 'ADP', 'ADJ', 'NUM', 'CCONJ']);
/** A phrase followed by these goes on (`100 Experten der Polizei`, `100 Experten Berlins`) or is one of a list. */
const PHRASE_GOES_ON: ReadonlySet<Upos> = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'X', 'CCONJ']);

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const isName = (t: Token): boolean => t.upos === 'NOUN' || t.upos === 'PROPN';

/** The verb the clause is about, as a dictionary form: the participle's or infinitive's at its end, else the finite verb's. */
export function verbKey(c: MainClause): string {
  const finite = c.tokens[c.verb]!;
  const last = c.tokens.slice(c.tail.from, c.tail.to).reverse().find((t) => t.upos === 'VERB' || t.upos === 'AUX');
  return (finite.sepVerb?.lemma ?? last?.lemma ?? finite.lemma).toLowerCase();
}

/**
 * The clause as the rest of a question, verb first: `traf sich Lind am Montag in Kiel` without the `omit`ted
 * part, with its subject or without it (a `Wer` question). What stood before the verb moves after the subject.
 */
export function questionRest(c: MainClause, text: string, omit: Range | null, withSubject: boolean): string {
  const tk = c.tokens;
  // The text of tokens `[from, to)`, without the adverbs that only join the clause to the story before it (`schließlich`).
  const seg = (from: number, to: number): string => {
    const runs: string[] = [];
    for (let k = from; k < to; k++) {
      if (c.joining.has(k)) continue;
      let last = k;
      while (last + 1 < to && !c.joining.has(last + 1)) last++;
      runs.push(text.slice(tk[k]!.start, tk[last]!.end));
      k = last;
    }
    return runs.join(' ');
  };
  const minus = (r: Range): string[] => (omit && omit.from < r.to && omit.to > r.from ? [seg(r.from, omit.from), seg(omit.to, r.to)] : [seg(r.from, r.to)]);
  const parts = [tk[c.verb]!.text];
  if (c.reflexive !== null) parts.push(tk[c.reflexive]!.text);
  // Who reports the clause stays named, after the verb or its subject (`Wer schloss laut der Zeitung …?`, `Wann schloss die Nordbank laut der Zeitung …?`).
  if (!withSubject && c.source) parts.push(c.source);
  // A date or adverb before the subject stays before it (`sitzen insgesamt 2000 Flüchtlinge`), and follows what stood first without it.
  const between = c.between ? minus(c.between) : [];
  // The subject's attributes stay with it, up to a part the question leaves out (`Woher …?` of `aus Kiel`).
  const subjectEnd = !withSubject ? c.subject.to : omit && omit.from >= c.subject.to ? Math.min(c.subjectEnd, omit.from) : c.subjectEnd;
  if (withSubject) {
    const subject = seg(c.subject.from, subjectEnd);
    // `Zwei Lehrer` after the verb is `zwei Lehrer`; a noun or name keeps its capital.
    parts.push(...between, isName(tk[c.subject.from]!) ? subject : lowerFirst(subject));
    if (c.source) parts.push(c.source);
  }
  if (c.front) {
    const [first = '', ...more] = minus(c.front);
    // `Am Montag` after the verb is `am Montag`; a noun or name keeps its capital.
    const opensFront = !omit || omit.from > c.front.from;
    let shown = c.front.from;
    while (c.joining.has(shown)) shown++;
    parts.push(opensFront && !isName(tk[shown]!) ? lowerFirst(first) : first, ...more);
  }
  if (!withSubject) parts.push(...between);
  // The verb forms word by word: they may stand apart in the text (`getötet [und drei verletzt] worden`, `firstOfSharedAuxiliary`).
  parts.push(...minus({ from: Math.max(c.middle.from, subjectEnd), to: c.middle.to }), tk.slice(c.tail.from, c.tail.to).map((t) => t.text).join(' '));
  return oneLine(parts.filter(Boolean).join(' '));
}

const wordCount = (s: string): number => s.split(' ').length;

/** Does `name` stand in `text` as a word (`Kiel` in `aus Kiel`)? */
const namedIn = (name: string, text: string): boolean => ` ${text.replace(/[^\p{L}\d-]+/gu, ' ')} `.includes(` ${name} `);

/**
 * The phrase a count opens (`100 Experten`, `zwei neue Stellen`) where it is a whole part of the clause (its subject,
 * its object): not after an article or preposition (`die 36 Sitze`, `mit 100 Experten`), nor with more after its noun.
 * `things` is where the counted words start.
 */
function countedPhrase(c: MainClause, f: NumberFact, exact: ReadonlySet<string>): { range: Range; things: number } | null {
  const tk = c.tokens;
  const at = f.span.start + f.span.text.indexOf(f.numberText);
  const from = tk.findIndex((t) => t.start === at);
  const last = tk.findIndex((t) => t.end === at + f.numberText.length);
  // A qualifier that leaves the count exact stays in the question, where it is a word of its own (`insgesamt`).
  const qualified = !!f.qualifier && !(exact.has(f.qualifier.toLowerCase()) && c.tokens[from - 1]?.text === f.qualifier);
  if (from < 0 || last < from || f.unit !== 'count' || qualified) return null;
  let to = last + 1;
  while (tk[to]?.upos === 'ADJ') to++;
  const noun = to;
  while (tk[to]?.upos === 'NOUN') to++;
  const before = tk[from - 1];
  // A count that opens the subject opens its phrase, whatever stands before it (`sind am 4. Mai 2024 | drei Männer …`).
  const opens = !before || !PHRASE_INSIDE.has(before.upos) || from === c.subject.from;
  const range = { from, to };
  const whole = (range.from === c.subject.from && range.to === c.subject.to) || [c.front, c.middle].some((r) => r && from >= r.from && to <= r.to);
  // Where the clause ends after it, what follows is another clause's (`baute 30 Häuser und verkaufte sie`), not the phrase's.
  const goesOn = to < c.tail.to && PHRASE_GOES_ON.has(tk[to]?.upos ?? 'PUNCT');
  return to > noun && opens && whole && !goesOn ? { range, things: last + 1 } : null;
}

const lastWord = (name: string): string => name.split(/\s+/).pop()!;

/**
 * The people and bodies a sentence of the article names beside the answer (by surname): they may have shared its news
 * (`Begleitet wurde Brandt von … Lind, … Holm`: they arrived too), or opposed it (`muss Wiesberger gegen
 * Oosthuizen gewinnen`): offered only where the story has too few others.
 */
export function companions(ctx: QuizContext, actor: EntityFact): Set<string> {
  const own = lastWord(actor.name);
  return othersAmong(ctx, actor, ctx.article.analysis.sentences.map((sn) => wordsOf(ctx, sn)).filter((w) => w.has(own)));
}

/** The words of a span of the article, as a surname is looked for among them. */
const wordsOf = (ctx: QuizContext, s: { start: number; end: number }): Set<string> => new Set(ctx.article.text.slice(s.start, s.end).match(/[\p{L}\d-]+/gu) ?? []);

/** The story's people and bodies other than `actor` whose surname or last word stands among one of `sentences`' words. */
function othersAmong(ctx: QuizContext, actor: EntityFact, sentences: readonly Set<string>[]): Set<string> {
  return new Set(ctx.story.flatMap((f) => (f.kind === 'person' || f.kind === 'organisation') && f !== actor && sentences.some((w) => w.has(lastWord(f.name))) ? [f.name] : []));
}

/**
 * The people and bodies a sentence says did the deed too (`Berg und Roth unterzeichneten ebenfalls`, after `Lind hat … unterschrieben`):
 * a sentence with an adverb of doing alike and a verb of the same deed (`deed`, a lemma). Offered, each is a second right answer.
 */
function alsoDid(ctx: QuizContext, actor: EntityFact, deed: string): Set<string> {
  const { news } = ctx.lang.quiz;
  const verbs = news.sameDeed(deed.toLowerCase());
  const alike = ctx.article.analysis.sentences.filter((s) =>
    s.tokens.some((t) => news.alsoWords.has(t.text.toLowerCase())) && s.tokens.some((t) => (t.upos === 'VERB' || t.upos === 'AUX') && verbs.has((t.sepVerb?.lemma ?? t.lemma).toLowerCase())));
  return othersAmong(ctx, actor, alike.map((sn) => wordsOf(ctx, sn)));
}

/**
 * Does a sentence of the article make the body act: a mention of it opening the sentence or right after its finite verb,
 * after an article at most (`Die Nordbank hat …`, `Am Montag meldete die Nordbank …`)? A body the text names only inside
 * another phrase (`das Angebot des Nordland Verlags`, `Geräte wie Portable Player`) is no actor to offer, and its name
 * may be a case form (`Verlags`) or no body's at all.
 */
function acts(ctx: QuizContext, e: EntityFact): boolean {
  const places = actorStarts(ctx.article.analysis);
  return [e.span, ...e.mentions].some((m) => places.has(m.start));
}

/** Where an actor's mention may start (`acts`), once per analysis: every entity of every question asks. */
const actorStartsOf = new WeakMap<Analysis, Set<number>>();
function actorStarts(analysis: Analysis): Set<number> {
  const known = actorStartsOf.get(analysis);
  if (known) return known;
  const starts = new Set<number>();
  for (const s of analysis.sentences) {
    const tk = clauseTokens(s.tokens);
    const v = tk.findIndex((t) => t.upos === 'VERB' || t.upos === 'AUX');
    if (v <= 0) continue;
    // The mention itself, or the one after its article.
    for (const i of [0, v + 1]) {
      if (!tk[i]) continue;
      starts.add(tk[i]!.start);
      if (tk[i]!.upos === 'DET' && tk[i + 1]) starts.add(tk[i + 1]!.start);
    }
  }
  actorStartsOf.set(analysis, starts);
  return starts;
}

/**
 * Wrong options for a person or body asked by a question (`Wer …?`, `Mit wem …?`): others of its kind the story
 * names, of the gender the text shows, none the question or its sentence names, nor `not` (the clause's own subject)
 * nor a name `taken` as a second right answer; names to `avoid` only where too few others are left.
 * `subjectClause`: the question asks for the clause's subject, so a possessive in it points to the answer (`seinen`).
 * `subjectArticle`: the article the subject opens with, which tells a person's gender (`die topgesetzte Serena Williams`).
 * `otherKind`: where one other body is all there is beside a body, people fill up (`peopleBesideBody`).
 */
export function peopleOptions(
  ctx: QuizContext,
  e: EntityFact,
  answer: string,
  prompt: string,
  sentence: string,
  o: { not?: EntityFact | undefined; taken?: ReadonlySet<string>; avoid?: ReadonlySet<string>; subjectClause?: string; subjectArticle?: string; deed?: string; otherKind?: boolean },
): string[] {
  const { lang } = ctx;
  const forms = lang.quiz.forms;
  const all = trustedEntities(ctx.story, e.kind, lang);
  const gender = forms.articleGender.get((o.subjectArticle ?? '').toLowerCase()) ?? answerGender(e, lang, o.subjectClause ?? '');
  const also = o.deed ? alsoDid(ctx, e, o.deed) : new Set<string>();
  // Nobody named by words the text uses as common words (`Offiziellen Angaben zufolge …` taken for a person): no one to
  // offer (issue 15, judged in round i as who-said options, `ofCommonWords`).
  const words = commonWords(ctx.article);
  const free = all.filter((p) => p !== o.not && !o.taken?.has(p.name) && !also.has(p.name) && !(p.kind === 'organisation' && forms.commonNounName.test(p.name)) && !ofCommonWords(p.name, words));
  const pool = e.kind === 'person' ? ofGender(free, gender, lang) : free.filter((p) => acts(ctx, p));
  // Nobody the question names, in any form: `Wer wies Roths Vorwurf zurück?` is not answered `Anna Roth`.
  const named = (n: string): boolean => n.split(/\s+/).some((w) => w.length > 2 && prompt.includes(w));
  const namesIn = (people: EntityFact[]): string[] => otherNames(e, people, answer).filter((n) => !named(n) && !namedIn(n, sentence));
  // A woman's news in a story that names no other woman (6 of the dev news' parsed leads had no question for want of
  // options): a `Wer` question whose words tell nobody's gender fits the story's men as well, and the other way round.
  const sameGender = namesIn(pool);
  const anyGender = sameGender.length < MIN_DISTRACTORS && e.kind === 'person' && !!o.subjectClause && !genderedWording(prompt, ctx);
  const names = anyGender ? namesIn(free) : sameGender;
  const preferred = names.filter((n) => !o.avoid?.has(n));
  const chosen = pickDistractors(answer, preferred.length >= MIN_DISTRACTORS ? preferred : names, ctx.rand);
  return o.otherKind && chosen.length === 1 && e.kind === 'organisation' ? [...chosen, ...peopleBesideBody(ctx, e, answer, [prompt, sentence], o, MAX_OPTIONS - chosen.length)] : chosen;
}

/** Wrong options a choice offers at most. */
const MAX_OPTIONS = 3;

/**
 * People as the options a `Wer` question of the main news about a body lacks where the story names one other body only
 * (issue 15: the news of a short report went unasked for want of a second option; a judge of round dd asked for `Tusk,
 * Merkel` beside `die EU-Kommission`). With one other of its kind among them the answer does not stand out by its kind.
 * Not bodies beside a person: a party offered among people was judged not of the answer's kind (round jj, `ÖVP` beside
 * `Brigitte Ederer` and one other person). None a word the text reads as a common noun; none `shown` names (the
 * question, its sentence), none a sentence naming the answer names (its spokesman: a second right answer), nor one
 * `taken` or said to have done the deed too.
 */
function peopleBesideBody(ctx: QuizContext, e: EntityFact, answer: string, shown: string[], o: { taken?: ReadonlySet<string>; deed?: string }, n: number): string[] {
  const text = ctx.article.text;
  const own = [e.span, ...e.mentions].map((m) => lastWord(m.text));
  const near = ctx.article.analysis.sentences.map((s) => text.slice(s.start, s.end)).filter((t) => own.some((w) => t.includes(w)));
  const also = o.deed ? alsoDid(ctx, e, o.deed) : new Set<string>();
  const words = commonWords(ctx.article);
  const pool = trustedEntities(ctx.story, 'person', ctx.lang)
    .filter((p) => !o.taken?.has(p.name) && !also.has(p.name) && !ofCommonWords(p.name, words))
    .map((p) => p.name)
    .filter((name) => !name.split(/\s+/).some((w) => w.length > 2 && [...shown, ...near].some((t) => t.includes(w))));
  return pickDistractors(answer, pool, ctx.rand, n);
}

/**
 * Does a question's wording tell its subject's gender: a possessive or pronoun of the third person singular (`Wer holte
 * sich von seinen Ministern …?`), a noun of kin or sex, what the subject is made (`zum Präsidenten gewählt`), a role
 * word or a noun that names a woman (`Intendantin`, as the article's tokens read it)?
 */
function genderedWording(prompt: string, ctx: QuizContext): boolean {
  const { lang } = ctx;
  const { subjectGender: g, genderedWords, femaleNoun } = lang.quiz.forms;
  if (g.female.test(prompt) || g.male.test(prompt) || genderedWords.test(prompt)) return true;
  const words = new Set(prompt.match(/\p{L}[\p{L}-]*/gu));
  if ([...words].some((w) => isRole(w, lang.facts))) return true;
  return ctx.article.analysis.sentences.some((s) => s.tokens.some((t) => t.upos === 'NOUN' && words.has(t.text) && femaleNoun(t.lemma, t.plural)));
}

/**
 * Does the clause name something besides what a count question asks (`omit`) and its time: a noun or name of who
 * acted, what happened, where or to whom (`bei einem Brand in Kiel`)? `Wie viele Menschen starben am Montag?` fits any event of the
 * text, and was judged unclear (where, how?).
 */
function saysWhatHappened(c: MainClause, omit: Range, ctx: QuizContext): boolean {
  const time = ctx.lang.quiz.pointers.timeNouns;
  const dates = ctx.facts.facts.filter((f) => f.kind === 'date' && f.sentence === c.sentence).map((f) => f.span);
  const inDate = (t: Token): boolean => dates.some((d) => d.start <= t.start && t.end <= d.end);
  const slots = [c.front, c.subject, c.between, c.middle].filter((r): r is Range => !!r);
  return slots.some((r) => c.tokens.slice(r.from, r.to).some((t, k) => isName(t) && (r.from + k < omit.from || r.from + k >= omit.to) && !time.has(t.lemma) && !inDate(t)));
}

function questionsOf(c: MainClause, clauses: readonly MainClause[], counts: NumberFact[], topic: Set<string>, kinds: ReturnType<typeof placeKinds>, datelined: readonly string[], ctx: QuizContext): Question[] {
  const { article: a, lang } = ctx;
  const t = lang.quiz.templates;
  const forms = lang.quiz.forms;
  const text = a.text;
  const evidence = [evidenceOf(a, c.evidence)];
  // Another clause with the same verb (`Lind reiste nach Kiel`, `Berg reiste nach Bremen`): whoever or wherever it names is a second right answer.
  const sameVerb = clauses.filter((o) => o !== c && verbKey(o) === verbKey(c));
  // Any place such a clause names, asked there or not (`reiste im Mai nach Island`, its place after a month unasked).
  const placesIn = (o: MainClause): string[] => o.tokens.filter((t) => kinds.kindOf(t.text)).map((t) => t.text);
  const taken = new Set(sameVerb.flatMap((o) => [o.actor?.entity.name, o.where?.place, o.partner?.person.name, ...placesIn(o)].filter((x): x is string => !!x)));
  const people = (e: EntityFact, answer: string, prompt: string, subjectClause = '', subjectArticle = ''): string[] =>
    peopleOptions(ctx, e, answer, prompt, c.evidence.text, { not: c.actor?.entity, taken, subjectClause, subjectArticle });
  const ask = (type: Question['type'], prompt: string, answer: string, distractors: string[]): Question[] =>
    distractors.length >= 2 ? [makeQuestion({ type, prompt, answer, evidence, options: [answer, ...distractors], difficulty: 1 }, ctx.rand)] : [];
  const out: Question[] = [];
  const short = (rest: string): boolean => wordCount(rest) <= MAX_WORDS;
  // The place the whole text is about is known to every reader: not asked; nor a country its dateline or the sentence gives away.
  const givenAway = (place: string): boolean => countryGivenAway(place, c.evidence.text.replace(wholeWord(place, 'gu'), ' '), datelined, lang);
  if (c.where && !topic.has(c.where.place) && !givenAway(c.where.place)) {
    const w = c.where;
    const rest = questionRest(c, text, w.range, true);
    const classes = forms.placeArticles;
    const cls = classes.get(w.place) ?? '';
    // Places of the answer's kind and article (`im Iran`, `im Irak`; a city beside a city), none the sentence names, none a second right answer.
    // A listed place of more than one word (`Zentralafrikanische Republik`) would need its adjective inflected after the preposition.
    const listed = cls ? [...classes.keys()].filter((p) => !p.includes(' ')) : [];
    // A place of no kind the text or the language tells is offered only beside others the text names as places.
    const { kindOf: kind, named } = kinds;
    // A city whose country the sentence names (`die Regierung in Kiew … der Ukraine`) among that country's cities only.
    const country = cityCountryNamed(w.place, c.evidence.text.replace(wholeWord(w.place, 'gu'), ' '), lang);
    const pool = [...placesOf(ctx), ...named, ...trustedEntities(ctx.story, 'place', lang).map((p) => p.name), ...listed].filter(
      (p) => (classes.get(p) ?? '') === cls && kind(p) === kind(w.place) && !taken.has(p) && !namedIn(p, c.evidence.text) && (!country || forms.placeCountry(p) === country),
    );
    const answer = lowerFirst(text.slice(c.tokens[w.range.from]!.start, c.tokens[w.range.to - 1]!.end));
    if (short(rest)) out.push(...ask('multiple-choice', t.asked(w.question, rest), answer, pickDistractors(answer, pool.map((p) => `${w.opener} ${p}`), ctx.rand)));
  }
  if (c.partner) {
    const p = c.partner;
    const rest = questionRest(c, text, p.range, true);
    if (short(rest)) out.push(...ask('multiple-choice', t.asked(p.question, rest), p.mention.text, people(p.person, p.mention.text, rest)));
  }
  if (c.when && askableDate(c.when.date, ctx.lang) && !backgroundDate(c.when.date, ctx)) {
    const rest = questionRest(c, text, c.when.range, true);
    const atFront = c.front?.from === c.when.range.from;
    const answer = atFront ? lowerFirst(c.when.date.span.text) : c.when.date.span.text;
    if (short(rest)) out.push(...ask('date', t.when(rest), answer, dateDistractors(answer, ctx)));
  }
  for (const f of counts.filter((n) => n.sentence === c.sentence)) {
    const np = countedPhrase(c, f, lang.quiz.news.exactQualifiers);
    if (!np || !saysWhatHappened(c, np.range, ctx)) continue;
    const things = text.slice(c.tokens[np.things]!.start, c.tokens[np.range.to - 1]!.end);
    const asSubject = np.range.from === c.subject.from && np.range.to === c.subject.to;
    const rest = asSubject ? questionRest(c, text, null, false) : questionRest(c, text, np.range, true);
    if (short(rest)) out.push(...ask('number', t.howMany(things, rest), f.numberText, numberDistractors(f, ctx)));
  }
  if (c.actor) {
    const rest = questionRest(c, text, null, false);
    // `Wer` asks for a name, and the predicate must say something of its own (`Wer lachte?` does not).
    const content = [c.front, c.middle].some((r) => r && c.tokens.slice(r.from, r.to).some(isName));
    const { entity, name } = c.actor;
    const place = entity.kind === 'place' ? forms.placeAsked.get(forms.placeKind(entity.name)) : undefined;
    // `Welches Land hat … zugesagt?`: other places of its kind the story names, none the sentence does, nor one the
    // question names in another form (`Deutschland` beside `für die Deutschen`).
    const stemIn = (p: string): boolean => rest.toLowerCase().includes(p.slice(0, STEM).toLowerCase());
    const pool = trustedEntities(ctx.story, 'place', lang).map((p) => p.name);
    // Nor one the sentences either side name: `auch Länder wie Deutschland und Schweden würden Leute schicken` after
    // `Österreich hat … zugesagt` makes them right too.
    const near = [c.sentence - 1, c.sentence + 1].map((i) => a.analysis.sentences[i]).map((x) => (x ? text.slice(x.start, x.end) : '')).join(' ');
    const places = (): string[] => pickDistractors(name.text, pool.filter((p) => !forms.placeArticles.has(p) && forms.placeKind(p) === forms.placeKind(entity.name) && !taken.has(p) && !namedIn(p, `${c.evidence.text} ${near}`) && !stemIn(p)), ctx.rand);
    const prompt = place ? t.asked(place, rest) : t.who(rest);
    const subjectArticle = c.tokens[c.subject.from]!.upos === 'DET' ? c.tokens[c.subject.from]!.text : '';
    const agents = (): string[] => peopleOptions(ctx, entity, name.text, rest, c.evidence.text, { not: entity, taken, avoid: companions(ctx, entity), subjectClause: rest, subjectArticle, deed: verbKey(c) });
    if (rest.length >= MIN_PREDICATE && content && short(rest) && !topic.has(entity.name) && !givenAway(entity.name)) out.push(...ask('multiple-choice', prompt, name.text, place ? places() : agents()));
  }
  return out;
}

export const event: QuestionKind = {
  name: 'event',
  // Not judged yet as worded now; a question of the text's own main actors and events, between a number's trust (0.55) and a date's (0.75).
  weight: 0.6,
  ask(ctx) {
    const clauses = mainClauses(ctx);
    const counts = exactNumbers(ctx);
    const topic = topicEntities(ctx.article.text, ctx.facts.facts, ctx.lang, 'place');
    const kinds = placeKinds(ctx);
    const datelined = datelineNames(ctx);
    return clauses.flatMap((c) => questionsOf(c, clauses, counts, topic, kinds, datelined, ctx));
  },
};
