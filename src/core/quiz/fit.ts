/**
 * Whether a candidate question may be asked at all, whatever it scores (issue 15): its sentence a statement of the body,
 * its gap clause saying what it is about, no option the evidence rules out. The chooser (`choose.ts`) scores and picks
 * among the questions this leaves.
 */
import type { Span } from '../analysis';
import { withoutDateline } from '../facts/11-events';
import type { QuizLanguageModel } from './language';
import type { Question, QuizArticle } from './types';
import { escapeRe } from './build';
import { norm } from './validate';

/** Fewest options of a choice: the answer and two wrong ones that could be true. */
const MIN_OPTIONS = 3;

/** Kinds that show the text's own clause with a gap. */
export const GAP_TYPES: ReadonlySet<Question['type']> = new Set(['number', 'date', 'cloze']);

/**
 * A line of a results table (`Lind (NOR) 1:42,647 – 5.`): this share of its words are figures or codes, and
 * at least this many. Nothing in it is a sentence to ask about.
 */
const TABLE_SHARE = 0.25;
const TABLE_MIN_FIGURES = 3;

export const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

const wordChar = /[\p{L}\d]/u;

/** `s` stands in `text` as a whole word or phrase, case aside (a scan, not a regular expression per option: those compile slowly). */
export function standsIn(s: string, text: string): boolean {
  const needle = s.toLowerCase();
  const hay = text.toLowerCase();
  for (let at = hay.indexOf(needle); at >= 0 && needle; at = hay.indexOf(needle, at + 1)) {
    if (!wordChar.test(hay[at - 1] ?? ' ') && !wordChar.test(hay[at + needle.length] ?? ' ')) return true;
  }
  return false;
}

/** A line of a table (`Lind (NOR) 1:42,647 – 5.`): most of its words figures, times or country codes. */
function tableLike(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  const figures = words.filter((w) => /\d/.test(w) || /^\(\p{Lu}{2,3}\)/u.test(w)).length;
  return figures >= TABLE_MIN_FIGURES && figures / Math.max(1, words.length) >= TABLE_SHARE;
}

/** The sentence of the analysis a span starts in, as written. */
export function sentenceAt(a: QuizArticle, at: number): Span & { index: number } | null {
  const index = a.analysis.sentences.findIndex((s) => s.start <= at && at < s.end);
  const s = a.analysis.sentences[index];
  return s ? { start: s.start, end: s.end, index } : null;
}

/**
 * The question as it may be asked, or null: its sentence a statement of the body (not a question,
 * which news asks rhetorically, nor a subheading or teaser without a sentence's end), and no
 * wrong option that stands in the evidence already (it is ruled out, or right, without reading).
 */
export function fitQuestion(q: Question, a: QuizArticle, lang: QuizLanguageModel): Question | null {
  const at = sentenceAt(a, q.evidence[0]!.start);
  if (!at) return null;
  const sentence = a.text.slice(at.start, at.end).trim();
  if (/\?["“”»«')]*$/u.test(sentence) || !/[.!…]["“”»«')]*$/u.test(sentence) || wordCount(sentence) < 5) return null;
  // `Schulstufe), für die …`: a sentence the splitter cut inside a bracket (after `4.`) is no sentence to show.
  const close = sentence.indexOf(')');
  if (close >= 0 && !sentence.slice(0, close).includes('(')) return null;
  // `… des in Baucau stationierten 1.`: one it cut after an ordinal ends in it after an article or adjective, and the
  // noun it numbers follows in the next (judged a prompt ending mid-phrase); `belegte Platz 3.` ends a sentence.
  const tk = a.analysis.sentences[at.index]!.tokens;
  const [before, ordinal, stop] = tk.slice(-3);
  if (stop?.text === '.' && /^\d{1,3}$/u.test(ordinal?.text ?? '') && ['ADJ', 'DET', 'VERB'].includes(before?.upos ?? '')) return null;
  // A gap sentence that opens with `Er` or `Sie`: who is meant stands in another sentence, which the prompt does not show
  // unless `gapText` chose to show the sentence before for naming what the pointer stands for.
  const forms = lang.quiz.forms;
  const back = forms.pointsBack;
  const blank = lang.quiz.templates.blank;
  const gapClause = q.prompt.split(/[,;:–—]/u).find((c) => c.includes(blank)) ?? q.prompt;
  const alone = GAP_TYPES.has(q.type) && !q.evidence.some((e) => e.end <= at.start);
  // A date or name whose own clause has such a pronoun, shown the sentence before or not: `Damit würde er mit seinem Coach
  // ___ gleichziehen` (who is `er`?), and `___ gastieren sie dann in England` was judged a side detail besides.
  if ((alone && back.test(sentence.split(/\s+/)[0]!)) || (GAP_TYPES.has(q.type) && q.type !== 'number' && back.test(gapClause))) return null;
  // `Das sei eine Lüge`, `Dort liegt die Quote bei ___`: what the clause speaks of stands in the sentence before.
  if (alone && forms.opensBack.test(sentence)) return null;
  if (tableLike(sentence)) return null;
  if (q.type === 'number' || q.type === 'date') {
    const at = q.prompt.indexOf(blank);
    // `Die rund ___ Menschen plagt die Ungewissheit` after `rund 650 Menschen` were named: the article points back to the
    // figure a sentence before gave; this one has nothing to tell it by (judged unclear, and a repeat).
    const before = q.prompt.slice(0, Math.max(0, at)).trim().split(/\s+/).slice(-3);
    const det = before.findLastIndex((w) => lang.facts.quotes.determiners.has(w.replace(/^\P{L}+/u, '').toLowerCase()));
    // The same figure counting something before (`rund 650 Flüchtlinge`), not a number of another kind (`Gruppe 16 zu …`).
    const givenBefore = (): boolean => new RegExp(`(?<![\\p{L}\\d])${escapeRe(q.answer)}\\s+(?:\\p{Ll}+\\s+)?\\p{Lu}`, 'u').test(a.text.slice(0, q.evidence[0]!.start));
    if (q.type === 'number' && det >= 0 && before.slice(det + 1).every((w) => /^\p{Ll}+$/u.test(w)) && givenBefore()) return null;
    // `___ und Februar`, `iOS 7 und ___`: the pair's other member gives the answer's form and order away.
    // An answer opening with the pair's joining word (`von Januar ___` → `bis September 2010`) is such a member too (judged:
    // `bis Januar 2010` was offered).
    const opening = q.answer.split(/\s+/)[0]!;
    const joined = /^\p{Ll}+$/u.test(opening) && forms.seriesBefore.test(`${q.prompt.slice(0, at)}${opening} `);
    if (at >= 0 && (joined || forms.seriesBefore.test(q.prompt.slice(0, at)) || forms.seriesAfter.test(q.prompt.slice(at + blank.length)))) return null;
    // `Rund ___ Flüchtlinge halten sich …` without `in Athen`: a place the cut prompt leaves out may be all that tells the
    // figure from the text's other figures of its kind (judged unclear). Not the dateline's (`Wien – `): it says where
    // the report was filed, not what the figure is of, and a prompt cut past it was judged clear (issue 15: the lead's
    // `… auch jenen ___ Bewohnern das Wahlrecht … einzuräumen …` under `Wien – `, the main news, was dropped for it).
    const shownWords = new Set(q.prompt.match(/\p{L}[\p{L}-]*/gu) ?? []);
    const body = withoutDateline(tk)[0];
    const told = body ? a.text.slice(body.start, tk[tk.length - 1]!.end) : sentence;
    if ((told.match(/\p{Lu}[\p{L}-]*/gu) ?? []).some((w) => lang.facts.places.has(w) && !shownWords.has(w))) return null;
  }
  // `Hinzu kämen ___ Pfund`, `würde er mit ___ gleichziehen`, `das dürfte Mitte ___ geschehen`: what would or may be, not what the text reports.
  if (GAP_TYPES.has(q.type) && forms.hypothetical.test(gapClause)) return null;
  // `… und gestern, ___ …`: a date standing alone between commas, its clause cut off after it, says when, but not what
  // happened then (judged unclear: the verb was cut away).
  if (q.type === 'date' && q.prompt.includes(`, ${blank} …`)) return null;
  if (!q.options || q.type === 'cross-source') return q;
  const shown = [sentence, ...q.evidence.map((e) => e.text)].join(' ');
  const options = q.options.filter((o) => norm(o) === norm(q.answer) || !standsIn(o, shown));
  return options.length >= MIN_OPTIONS ? { ...q, options } : null;
}
