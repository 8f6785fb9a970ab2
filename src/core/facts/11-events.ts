/**
 * Events: who did what, when and where, for main clauses that open with a known person or
 * organisation (`Ott und Berg unterzeichneten am Mittwoch in Bremen ein Abkommen`).
 * The subject is the tagged noun phrase before the finite verb (verb-second order).
 */
import type { Analysis, Token, Upos } from '../analysis';
import type { FactsLanguage } from './language';
import type { DateFact, EntityFact, EventFact, TextSpan } from './types';
import { span, sentenceSpan } from './textSpans';
import { hash53 } from '../hash';

/** Parts of speech a subject noun phrase is made of (`Die schwedische Ministerin Anna Berg`, `Ott und Berg`). */
const SUBJECT_UPOS: ReadonlySet<Upos> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'CCONJ', 'X']);
const NP_UPOS: ReadonlySet<Upos> = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
const isVerb = (t: Token): boolean => t.upos === 'VERB' || t.upos === 'AUX';
/**
 * A dateline (`Wien – `, `London/Wien – `, `Bad Ischl – `) opening a report: no part of its first clause. Its dash may
 * be a hyphen standing alone (`Wien - `, typed without a dash) or one glued to its last place (`Frankfurt am Main- `).
 */
const DATELINE_DASH = /^[–—-]$/u;
const GLUED_DASH = /\p{L}-$/u;
/** Most words of a dateline's places (`St. Nordhafen/Südstadt`, `Wien/Graz/Aurora`). */
const MAX_DATELINE = 4;

/** A short name or figure in brackets after a name (`Sonja Hammerschmid (SPÖ)`, `Der Bundesgerichtshof (BGH)`, `Milberg (59)`). */
const BRACKETED = /^(?:\p{Lu}[\p{Lu}\p{Ll}\d-]{0,7}|\d{1,3})$/u;

/** Is token `i` part of a bracket of one short name or figure right after a name? */
function nameBracket(tk: readonly Token[], i: number): boolean {
  const at = (k: number): boolean => tk[k]?.text === '(' && BRACKETED.test(tk[k + 1]?.text ?? '') && tk[k + 2]?.text === ')' && (tk[k - 1]?.upos === 'PROPN' || tk[k - 1]?.upos === 'NOUN');
  return at(i) || at(i - 1) || at(i - 2);
}

/**
 * The sentence's tokens without a dateline opening it (`London/Wien – `); the quiz's main clauses read past it too.
 * Its places are names (`Los Angeles`, whose first word the tagger may take for an adverb), joined by `/` or by a
 * preposition and article between two names (`Frankfurt am Main`), one in brackets after another (`Breslau (Wroclaw)`, `Cincinnati
 * (Ohio)`); a glued dash ends its last name and opens a capitalised word (not `Schul- und …`).
 */
export function withoutDateline(tokens: Token[]): Token[] {
  const glued = (k: number): boolean => k > 0 && GLUED_DASH.test(tokens[k]!.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  const dash = tokens.findIndex((t, k) => DATELINE_DASH.test(t.text) || glued(k));
  if (dash <= 0) return tokens;
  const places = glued(dash) ? tokens.slice(0, dash + 1) : tokens.slice(0, dash);
  const name = (t: Token | undefined): boolean => !!t && (t.upos === 'PROPN' || t.upos === 'NOUN');
  const joiner = (t: Token | undefined): boolean => !!t && (t.upos === 'ADP' || t.upos === 'DET') && /^\p{Ll}/u.test(t.text);
  // Between two names only: `Frankfurt am Main`, `Halle an der Saale`, not `Software auf Linux-Basis` (a headline's phrase).
  const joins = (k: number): boolean => {
    let before = k - 1;
    let after = k + 1;
    while (joiner(places[before])) before--;
    while (joiner(places[after])) after++;
    return places[before]?.upos === 'PROPN' && places[after]?.upos === 'PROPN';
  };
  // `Los Angeles`: a capitalised word the tagger took for an adverb, before a name.
  const opensName = (t: Token, k: number): boolean => (t.upos === 'ADV' || t.upos === 'X') && /^\p{Lu}/u.test(t.text) && name(places[k + 1]);
  const inName = (t: Token, k: number): boolean => name(t) || opensName(t, k) || (joiner(t) && joins(k));
  let open = false;
  let words = 0;
  for (const [k, t] of places.entries()) {
    if (t.text === '(' && !open && k > 0) open = true;
    else if (t.text === ')' && open) open = false;
    else if (t.text !== '/' && !inName(t, k)) return tokens;
    else if (t.text !== '/') words++;
  }
  return !open && words <= MAX_DATELINE ? tokens.slice(dash + 1) : tokens;
}

/**
 * The sentence's tokens as its first clause reads: without a dateline before it (`Wien – `), nor a party, acronym or age
 * in brackets after a name (`Ministerin Lind (SPÖ) lobte …`), which say who, not what happened (a lead's news is asked of that clause).
 */
export function clauseTokens(tokens: Token[]): Token[] {
  const tk = withoutDateline(tokens);
  return tk.filter((_, i) => !nameBracket(tk, i));
}

/** Index of the finite verb after the subject, or -1 when the clause does not open with a noun phrase. */
function finiteVerb(tk: Token[], rules: FactsLanguage): number {
  const v = tk.findIndex(isVerb);
  if (v < 1 || v > 10) return -1;
  // `Dem Konzern wird vorgeworfen`: a dative or accusative opening is no subject.
  if (tk[0]!.upos === 'CCONJ' || rules.quotes.nonSubjectStarts.has(tk[0]!.text.toLowerCase())) return -1;
  return tk.slice(0, v).every((t) => SUBJECT_UPOS.has(t.upos)) ? v : -1;
}

/** The end of the clause the finite verb heads: the next comma, colon or the sentence end. */
function clauseEnd(tk: Token[], v: number): number {
  const i = tk.findIndex((t, k) => k > v && /^[,;:–(]$/.test(t.text));
  return i < 0 ? tk.length : i;
}

/** The verb as a dictionary form (`eintreffen`) and as written (`ist … eingetroffen`, `traf … ein`). */
function verbOf(tk: Token[], v: number, end: number, rules: FactsLanguage): { did: string; lemma: string } {
  const verb = tk[v]!;
  if (verb.sepVerb && verb.sepVerb.partner > v && verb.sepVerb.partner < end) {
    return { did: `${verb.text} … ${tk[verb.sepVerb.partner]!.text}`, lemma: verb.sepVerb.lemma };
  }
  const tail = tk.slice(v + 1, end).reverse().find((t) => isVerb(t));
  if (tail && (verb.upos === 'AUX' || rules.quotes.auxiliaries.has(verb.text))) return { did: `${verb.text} … ${tail.text}`, lemma: tail.lemma };
  return { did: verb.text, lemma: verb.lemma };
}

/** The first noun phrase after the verb that no preposition governs: the object (`ein Abkommen`). */
function objectOf(text: string, tk: Token[], v: number, end: number, skip: TextSpan[], genitives: ReadonlySet<string>): TextSpan | null {
  let governed = false;
  for (let i = v + 1; i < end; i++) {
    const t = tk[i]!;
    if (t.upos === 'ADP') governed = true;
    if (!NP_UPOS.has(t.upos) || skip.some((s) => s.start <= t.start && t.end <= s.end)) {
      if (t.upos !== 'ADP') governed = false;
      continue;
    }
    let j = i;
    // after a noun, only a genitive article continues the phrase (`Russland | einen Besuch`, `die Bekundungen der Länder`)
    const opensNext = (k: number): boolean => tk[k]!.upos === 'DET' && (tk[k - 1]!.upos === 'NOUN' || tk[k - 1]!.upos === 'PROPN') && !genitives.has(tk[k]!.text.toLowerCase());
    while (j < end && NP_UPOS.has(tk[j]!.upos) && !(j > i && opensNext(j))) j++;
    // the phrase ends on its head noun (or a genitive attribute after it)
    let head = j - 1;
    while (head > i && tk[head]!.upos !== 'NOUN' && tk[head]!.upos !== 'PROPN') head--;
    if (!governed && tk.slice(i, head + 1).some((x) => x.upos === 'NOUN')) return span(text, tk[i]!.start, tk[head]!.end);
    governed = false;
    i = j - 1;
  }
  return null;
}

/**
 * The statement a colon announces (`Am Samstag war es so weit: Lind gewann das Finale.`): the words after the sentence's
 * first colon, opening with a capital, where a clause stands before the colon (its own finite verb) that is not one of
 * saying (`Er betont: …` opens a quote). A label before it (`Hinweis:`, an interview's `STANDARD:`, `Mal was Neues:`)
 * opens no news. Null where there is none.
 */
function announced(tk: Token[], rules: FactsLanguage): Token[] | null {
  const colon = tk.findIndex((t) => t.text === ':');
  const before = tk.slice(0, Math.max(0, colon));
  const after = tk.slice(colon + 1);
  const clause = before.some((t) => isVerb(t) && !rules.quotes.cueVerbs.has(t.text.toLowerCase()) && !rules.quotes.separableCueVerbs.has(t.text.toLowerCase()));
  return colon > 0 && clause && after.length >= 4 && /^\p{Lu}/u.test(after[0]!.text) ? after : null;
}

/** The sentence's clause that opens with its subject: its first, else the one after a colon (`announced`). */
function subjectClause(tokens: Token[], rules: FactsLanguage): { tk: Token[]; v: number } | null {
  const first = clauseTokens(tokens);
  for (const tk of [first, announced(first, rules)]) {
    if (!tk || tk.length < 4 || /[?“"»„«]/.test(tk[0]!.text) || tk.some((t) => t.text === '?')) continue;
    const v = finiteVerb(tk, rules);
    if (v >= 1) return { tk, v };
  }
  return null;
}

export function extractEvents(text: string, analysis: Analysis, rules: FactsLanguage, entities: EntityFact[], dates: DateFact[]): EventFact[] {
  const out: EventFact[] = [];
  const actors = entities.filter((e) => e.kind === 'person' || e.kind === 'organisation');
  analysis.sentences.forEach((s, si) => {
    const clause = subjectClause(s.tokens, rules);
    if (!clause) return;
    const { tk, v } = clause;
    const who = span(text, tk[0]!.start, tk[v - 1]!.end);
    // The name heads the subject: it ends it or is joined by `und` (`Ott und Berg`), not `Otts Berater`, nor is it a
    // genitive after a noun (`Das Netz der Nordbank ist ausgefallen`: the network failed, not the bank).
    const heads = (m: TextSpan): boolean => {
      if (m.start < who.start || m.end > who.end) return false;
      let before = tk.findIndex((t) => t.start >= m.start) - 1;
      while (tk[before]?.upos === 'ADJ') before--;
      if (tk[before - 1]?.upos === 'NOUN' && rules.quotes.genitiveArticles.has(tk[before]!.text.toLowerCase())) return false;
      const next = tk.findIndex((t) => t.start >= m.end);
      return next === v || tk[next]?.upos === 'CCONJ' || tk[next]?.text === rules.quotes.coordinator;
    };
    const actor = actors.find((e) => [e.span, ...e.mentions].some(heads));
    if (!actor) return;
    const end = clauseEnd(tk, v);
    const { did, lemma } = verbOf(tk, v, end, rules);
    const date = dates.find((d) => d.sentence === si);
    // a known place, or a name the tagger calls proper after `in`, `nach`, `aus` …
    const place = tk.findIndex((t, i) => i > v && i < end && (rules.places.has(t.text) || t.upos === 'PROPN') && rules.placePrepositions.has(tk[i - 1]?.text ?? ''));
    const where = place >= 0 ? span(text, tk[place - 1]!.start, tk[place]!.end) : null;
    out.push({
      kind: 'event',
      id: `v${hash53(`${s.start}`)}`,
      span: who,
      evidence: sentenceSpan(text, analysis, si),
      sentence: si,
      who,
      actor: actor.name,
      did,
      verb: lemma.toLowerCase(),
      what: objectOf(text, tk, v, end, [date?.span, where].filter((x): x is TextSpan => !!x), rules.quotes.genitiveArticles),
      when: date?.span ?? null,
      whenIso: date?.iso ?? null,
      where,
    });
  });
  return out;
}
