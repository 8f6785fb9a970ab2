/**
 * Quote extraction: direct quotes from quote marks (also across sentences), indirect quotes
 * from verbs of saying with a dass- or Konjunktiv-I clause and from source frames
 * (`laut X`, `X zufolge`, `nach Angaben X`), each with its speaker and cue.
 * Runs on the tagged analysis: word classes tell verbs, names and adjectives apart.
 */
import type { Analysis } from '../../analysis';
import { isPunct, span, trimSpan } from '../textSpans';
import type { Quote, TextSpan } from '../types';
import { type Ctx, isReportedVerb, lastContent, nameLike } from './clause';
import { type Cue, findCues } from './cues';
import { findDirectQuotes } from './directQuotes';
import { type Person, isBody, namedPeople, personOf, speakerNameOf } from './people';
import type { QuoteRules } from './rules';
import type { NerSpan } from '../../ner/model';

export type { QuoteRules } from './rules';
export { findDirectQuotes } from './directQuotes';

/** Sentences back that a quote without its own speaker may borrow one from. */
const CARRY_SENTENCES = 2;

/**
 * Extract direct and indirect quotes with speaker and cue. `names` are the named-entity tagger's spans per sentence
 * (08-entitiesModel): a quote whose sentence names no speaker by its cues (or only `seiner Meinung`) takes the one
 * person or organisation the sentence names outside the quote (`Für Bürgermeisterin Hanna Kowalczyk ist das „…“`).
 */
export function extractQuotes(text: string, analysis: Analysis, rules: QuoteRules, names: readonly (readonly NerSpan[])[] = []): Quote[] {
  const direct = findDirectQuotes(text, rules);
  /** Per direct quote: its cue and speaker, and the sentences it starts and ends in. */
  const directInfo: { speaker: TextSpan | null; cue: TextSpan | null; name: string | null; sentence: number; last: number }[] = direct.map(() => ({ speaker: null, cue: null, name: null, sentence: -1, last: -1 }));
  const indirect: Quote[] = [];
  /** People in the order the text names them, for `er`/`sie`. */
  const history: Person[] = [];
  let lastSpeaker: { speaker: TextSpan; name: string | null; sentence: number } | null = null;
  /** The first speaker a verb names in each sentence, for quotes in it that have none of their own. */
  const sentenceSpeaker: ({ speaker: TextSpan; name: string | null } | undefined)[] = [];
  const fromFrame = new Set<Quote>();
  const carried = new Set<Quote>();
  let dq = 0;
  const sentences = analysis.sentences;
  /** The one person or organisation the tagger finds in a sentence, as a speaker (null for none or several). */
  const soleName = (k: number): { speaker: TextSpan; name: string | null; sentence: number } | null => {
    const tk = sentences[k]?.tokens ?? [];
    const people = (names[k] ?? []).filter((n) => n.type !== 'LOC');
    if (new Set(people.map((n) => text.slice(tk[n.start]!.start, tk[n.end - 1]!.end))).size !== 1) return null;
    const at = span(text, tk[people[0]!.start]!.start, tk[people[0]!.end - 1]!.end);
    return { speaker: at, name: at.text, sentence: k };
  };

  /** The person credited in sentence `si` or the one before it, as `history` knows them: whom `er`/`sie` there stands for first. */
  const previousSpeaker = (si: number): Person | null =>
    lastSpeaker && si - lastSpeaker.sentence <= 1 ? ([...history].reverse().find((p) => p.name === lastSpeaker!.name) ?? null) : null;

  /**
   * `Dies gab die Stadtverwaltung bekannt.`: a cue whose object is a demonstrative reports the sentence before it,
   * unless that sentence holds a quote already.
   */
  const backReference = (c: { cue: TextSpan; speaker: TextSpan | null }, si: number): Quote | null => {
    const tk = sentences[si]!.tokens;
    const prev = sentences[si - 1]?.tokens;
    if (!prev?.length || !c.speaker || tk.length < 3 || !rules.anaphoricObjects.has(tk[0]!.text) || tk[1]!.start !== c.cue.start) return null;
    const [a, b] = [prev[0]!.start, prev[prev.length - 1]!.end];
    if (direct.some((d) => d.start < b && a < d.end) || indirect.some((x) => x.quote.start < b && a < x.quote.end)) return null;
    const e = lastContent({ text, rules, tokens: prev, inQuote: prev.map(() => -1), direct }, 0, prev.length);
    if (e < 4) return null;
    return { type: 'indirect', quote: trimSpan(text, a, prev[e - 1]!.end), speaker: c.speaker, cue: c.cue, speakerName: speakerNameOf(c.speaker, rules, history, previousSpeaker(si), si), sentence: si - 1 };
  };

  /** Whether a reported clause opens (after `dass`) with a demonstrative subject that agrees with its cue's pronoun. */
  const demonstrativeOpens = (target: Cue['target'], speaker: TextSpan | null): boolean => {
    if (target?.kind !== 'indirect' || !speaker) return false;
    const words = text.slice(target.start, Math.min(target.end, target.start + 40)).split(/[\s,]+/u).map((w) => w.toLowerCase());
    const subject = rules.complementizers.has(words[0] ?? '') ? words[1] : words[0];
    return !!subject && rules.demonstrativeSubjects?.get(subject) === speaker.text.toLowerCase();
  };

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const tokens = s.tokens;
    const inQuote = tokens.map((t) => {
      while (dq < direct.length && direct[dq]!.end <= t.start) dq++;
      for (let q = Math.max(0, dq - 1); q < direct.length && direct[q]!.start <= t.start; q++) {
        if (t.start >= direct[q]!.start && t.end <= direct[q]!.end) return q;
      }
      return -1;
    });
    for (let i = 0; i < tokens.length; i++) {
      const q = inQuote[i]!;
      if (q >= 0 && directInfo[q]!.sentence < 0) directInfo[q]!.sentence = si;
      if (q >= 0) directInfo[q]!.last = si;
    }
    const ctx: Ctx = { text, rules, tokens, inQuote, direct };
    const cues = findCues(ctx);
    const mentions = namedPeople(tokens, inQuote, rules, si, names[si]);
    let found = false;
    for (const c of cues) {
      // People named before the cue may be the ones its pronoun stands for.
      while (mentions.length && mentions[0]!.at < c.cue.start) history.push(mentions.shift()!.person);
      // `…, und fügte hinzu: „…“`: the subject of the clause before speaks on.
      if (!c.speaker && c.coordinated && lastSpeaker && si - lastSpeaker.sentence <= 1) c.speaker = lastSpeaker.speaker;
      const name = speakerNameOf(c.speaker, rules, history, previousSpeaker(si), si, demonstrativeOpens(c.target, c.speaker));
      const person = c.speaker && name && !rules.subjectPronouns.has(c.speaker.text.toLowerCase()) ? personOf(name, c.speaker.text, rules, history, si) : null;
      // A speaker of no gender told is someone `er`/`sie` may stand for only where it ends in a name (`Hauer`), not a
      // source (`nach eigenen Angaben`); a company or a place never is.
      if (person && (person.female !== null || tokens.find((t) => t.end === c.speaker!.end)?.upos === 'PROPN') && !isBody(c.speaker!, tokens, names[si] ?? [], rules)) history.push(person);
      if (c.speaker && !(c.frame && sentenceSpeaker[si])) lastSpeaker = { speaker: c.speaker, name, sentence: si };
      if (c.speaker && !c.frame) sentenceSpeaker[si] ??= { speaker: c.speaker, name };
      const back = c.target ? null : backReference(c, si);
      if (back) {
        indirect.push(back);
        found = true;
      }
      if (!c.target) continue;
      if (c.target.kind === 'direct') {
        const info = directInfo[c.target.index]!;
        if (!info.cue) {
          info.cue = c.cue;
          info.speaker = c.speaker;
          info.name = name;
        }
        found = true;
        continue;
      }
      const qs = trimSpan(text, c.target.start, c.target.end);
      if (qs.end - qs.start < 8) continue;
      const clash = indirect.findIndex((x) => x.quote.start < qs.end && qs.start < x.quote.end);
      // `Laut der Zeitung sagte der Minister, dass …`: the verb's clause wins over the frame around it.
      if (clash >= 0 && !(fromFrame.has(indirect[clash]!) && !c.frame && indirect[clash]!.sentence === si)) continue;
      const q: Quote = { type: 'indirect', quote: qs, speaker: c.speaker, cue: c.cue, speakerName: name, sentence: si };
      if (clash >= 0) indirect.splice(clash, 1, q);
      else indirect.push(q);
      if (c.frame) fromFrame.add(q);
      found = true;
    }
    for (const m of mentions) history.push(m.person);
    // Free indirect speech: a Konjunktiv-I sentence right after a quote continues it; after a sentence that names
    // one person or organisation and no quote (`Der Experte Jan Ott sieht darin Parallelen. Die Ursache sei …`), it
    // reports what they said.
    const carrier: { speaker: TextSpan; name: string | null; sentence: number } | null = lastSpeaker && si - lastSpeaker.sentence <= CARRY_SENTENCES ? lastSpeaker : soleName(si - 1);
    if (!found && cues.length === 0 && carrier) {
      const words = tokens.filter((t, i) => inQuote[i]! < 0 && !isPunct(t));
      // The Konjunktiv must carry the main clause: in `…, was ihn erwarten würde` it is the clause's own.
      const firstComma = tokens.findIndex((t, i) => inQuote[i]! < 0 && t.text === ',');
      // `Beim letzten Hochwasser, dessen Ausmaße geringer waren, seien …`: right after a clause set in commas is the
      // main clause's verb too.
      const secondComma = firstComma < 0 ? -1 : tokens.findIndex((t, i) => i > firstComma && inQuote[i]! < 0 && t.text === ',');
      const kon = tokens.some((t, i) => i > 0 && (firstComma < 0 || i < firstComma || (secondComma > 0 && i === secondComma + 1)) && inQuote[i]! < 0 && isReportedVerb(ctx, i));
      const quoted = tokens.length > 0 && inQuote[0]! >= 0 && inQuote[tokens.length - 1]! === inQuote[0]!;
      if (kon && words.length >= 4 && !quoted) {
        const e = lastContent(ctx, 0, tokens.length);
        const qs = trimSpan(text, tokens[0]!.start, tokens[Math.max(0, e - 1)]!.end);
        const q: Quote = { type: 'indirect', quote: qs, speaker: carrier.speaker, cue: null, speakerName: carrier.name, sentence: si };
        const prevCarried = indirect[indirect.length - 1];
        // Reported sentences in a row are one stretch of free indirect speech.
        if (prevCarried && carried.has(prevCarried) && prevCarried.sentence === si - 1 && prevCarried.speaker === q.speaker) {
          prevCarried.quote = span(text, prevCarried.quote.start, qs.end);
          prevCarried.sentence = si;
        } else {
          indirect.push(q);
          carried.add(q);
        }
        lastSpeaker = { ...carrier, sentence: si };
      }
    }
  }

  const out: Quote[] = [...indirect];
  let prev: { speaker: TextSpan; cue: TextSpan | null; name: string | null; sentence: number } | null = null;
  const byStart = direct.map((d, i) => ({ d, i })).sort((a, b) => a.d.start - b.d.start);
  for (const { d, i } of byStart) {
    const info = directInfo[i]!;
    let speaker = info.speaker;
    let cue = info.cue;
    // The name as it was resolved where the cue stands, not against people named later.
    let name = info.cue ? info.name : speaker ? speakerNameOf(speaker, rules, history) : null;
    const host = indirect.find((x) => x.quote.start <= d.start && d.end <= x.quote.end + 1);
    if (!speaker && host) {
      speaker = host.speaker;
      cue = host.cue;
      name = host.speakerName;
    }
    const inner = text.slice(d.start + 1, d.end - 1);
    const words = inner.split(/\s+/).filter(Boolean).length;
    if (!speaker) {
      // `Der Minister: „…“`
      const before = text.slice(Math.max(0, d.start - 80), d.start);
      const colon = /(?:^|[.!?]\s+|\n)((?:\p{Lu}[\p{L}-]*\s?){1,4}):\s*$/u.exec(before);
      if (colon) {
        const a = d.start - before.length + colon.index + colon[0].indexOf(colon[1]!);
        speaker = trimSpan(text, a, a + colon[1]!.length);
        name = speaker.text;
      }
    }
    const sentence = info.sentence < 0 ? 0 : info.sentence;
    const wholeSentence = /[.!?…]\s*$/.test(inner) || words >= 6;
    if (!speaker && wholeSentence) {
      // Borrow the latest speaker of a nearby quote, direct or indirect.
      const near = indirect.filter((x) => x.speaker && x.quote.start < d.start && sentence - x.sentence <= CARRY_SENTENCES).pop();
      const best: { speaker: TextSpan; name: string | null; sentence: number } | null = near && (!prev || near.sentence >= prev.sentence) ? { speaker: near.speaker!, name: near.speakerName, sentence: near.sentence } : prev;
      if (best && sentence - best.sentence <= CARRY_SENTENCES) {
        speaker = best.speaker;
        name = best.name;
      } else if ((sentences[sentence]?.tokens[0]?.start ?? -1) >= d.start) {
        // `Die Partei will am Plan festhalten. „Wir …“`: a quote that opens its sentence after one naming one speaker.
        const sole = soleName(sentence - 1);
        if (sole) ({ speaker, name } = sole);
      }
    }
    // A short quoted term with nobody saying it is a name or a scare quote, not speech.
    if (!speaker && !cue && !host && words < 4) continue;
    // `die „Partij voor de Vrijheid“`, `beim „2. Klimakongress“`: a capitalised quote after an article or a preposition
    // is a name or a title, not speech, unless a verb of saying introduces it.
    const before2 = /(\p{L}+)\s+(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, d.start - 40), d.start));
    const wordBefore = (before2?.[2] ?? /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, d.start - 20), d.start))?.[1] ?? '').toLowerCase();
    // `die Ausstellung „Haribo – …“`, `der konservativen „Union pour …“`: likewise after an article and one word (a noun
    // of saying excepted).
    const titled = !!before2 && rules.determiners.has(before2[1]!.toLowerCase()) && !rules.cueNouns.has(before2[2]!) && !rules.cueNouns.has(wordBefore) && wordBefore !== rules.wordsNoun;
    if (!info.cue && !host && words <= 8 && /^[\p{Lu}\p{N}]/u.test(inner) && (titled || rules.determiners.has(wordBefore) || rules.prepositions.has(wordBefore))) continue;
    // `„Morning Star“`, `„Department of Zoology“`, `„news.example.com“`: titles and names, not speech.
    const named = rules.namingBefore.test(text.slice(Math.max(0, d.start - 6), d.start));
    // Also inside reported speech: `laut der Website „example.com“ soll die „Black Lion“ …` quotes names.
    if (!named && nameLike(inner)) continue;
    // `Die „…“ hätten „…“, so der Sprecher`: a quote kept as speech takes the speaker its sentence names.
    const own = sentenceSpeaker[sentence];
    if (!speaker && own) {
      speaker = own.speaker;
      name = own.name;
    }
    out.push({ type: 'direct', quote: span(text, d.start, d.end), speaker, cue, speakerName: name, sentence });
    // Carried on from where the quote ends: `„…. …. …“, sagte er. „…“` is one speaker across the sentences.
    if (speaker) prev = { speaker, cue, name, sentence: Math.max(sentence, info.last) };
  }
  for (const q of out) {
    // `seiner Meinung nach`: an opinion frame with a possessive speaks for the one the sentence names.
    if (q.speaker && !rules.possessives.has(q.speaker.text.split(/\s+/)[0]!.toLowerCase())) continue;
    const tk = sentences[q.sentence]?.tokens ?? [];
    const outside = (names[q.sentence] ?? []).filter((n) => n.type !== 'LOC' && (tk[n.end - 1]!.end <= q.quote.start || tk[n.start]!.start >= q.quote.end));
    const who = new Set(outside.map((n) => text.slice(tk[n.start]!.start, tk[n.end - 1]!.end)));
    if (who.size !== 1) continue;
    q.speaker = span(text, tk[outside[0]!.start]!.start, tk[outside[0]!.end - 1]!.end);
    q.speakerName = q.speaker.text;
  }
  // `sagte, der Sohn habe sich „bewusst stranguliert“`: quoted words that are most of the reported clause around them
  // are one quote with it, not a second one.
  const kept = out.filter((q) => q.type !== 'direct' || !out.some((x) => x.type === 'indirect' && x.quote.start <= q.quote.start && q.quote.end <= x.quote.end + 1 &&
    2 * (q.quote.end - q.quote.start) >= x.quote.end - x.quote.start));
  return kept.sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end);
}
