/**
 * Who said it: a quote with its speaker as the answer (`Wer sagte laut dem Text: „…“?`), or, for
 * a statement the text bases on a source (`laut der Klage`), what the text relies on.
 */
import { isRole } from '../../facts/08-entities';
import type { EntityFact, QuoteFact, TextSpan } from '../../facts/types';
import { clip, entitiesOf, evidenceOf, makeQuestion, unquote } from '../build';
import type { QuestionKind, QuizContext } from '../context';
import { pickDistractors } from '../distractors';
import type { QuizLanguageModel } from '../language';

/** Longest quote a prompt cites; longer ones are cut at a word. */
const MAX_PROMPT_QUOTE = 180;

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
function speakerOf(f: QuoteFact, people: EntityFact[], ctx: QuizContext): Speaker | null {
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

export const whoSaid: QuestionKind = {
  name: 'who-said',
  ask(ctx) {
    const { article: a, lang } = ctx;
    const people = entitiesOf(ctx.facts.facts);
    const quotes = ctx.facts.facts.filter((f): f is QuoteFact => f.kind === 'quote');
    const speakers = new Map(quotes.map((f) => [f, speakerOf(f, people, ctx)]));
    const pool = [...entitiesOf(ctx.story).map((p) => p.name), ...[...speakers.values()].flatMap((s) => (s ? [s.name] : []))];
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
      const distractors = pickDistractors(who.name, pool.map(bare).filter((n) => !who.name.includes(n) && !n.includes(who.name)), ctx.rand);
      if (distractors.length < 1) return [];
      // The quote, and the sentence that writes the speaker's full name.
      const evidence = [evidenceOf(a, f.quote.quote)];
      if (!(who.span.start >= f.quote.quote.start && who.span.end <= f.quote.quote.end)) evidence.push(evidenceOf(a, who.evidence));
      return [makeQuestion({ type: 'who-said', prompt, answer: who.name, evidence, options: [who.name, ...distractors], difficulty: 2 }, ctx.rand)];
    });
  },
};
