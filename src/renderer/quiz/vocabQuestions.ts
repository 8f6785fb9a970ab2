/**
 * Vocabulary in context (issue 7): questions from the learner's saved words, mixed into a quiz.
 * A cloze of the saved sentence (the word as it was written, blanked), and "which sense fits here",
 * with the other saved words (or their senses) as distractors.
 */
import { type Evidence, hash53, mulberry32, shuffle } from '../../core';
import type { VocabularyRecord } from '../db/database';
import { makeCloze } from '../domain/cloze';
import type { SessionQuestion } from '../domain/quizSession';

/** A learner needs this many saved words before they can be quizzed against each other. */
export const MIN_VOCABULARY = 3;
const BLANK = '___';

/** Where the saved sentence stands in its article, so "show in text" works for it too. */
function evidenceOf(entry: VocabularyRecord, texts: ReadonlyMap<string, string>): Evidence[] {
  const text = texts.get(entry.articleId);
  const at = text?.indexOf(entry.context) ?? -1;
  return at >= 0 ? [{ article: entry.articleId, start: at, end: at + entry.context.length, text: entry.context }] : [];
}

const surface = (e: VocabularyRecord): string => (e.word ?? e.lemma).split(' … ')[0]!.trim();

export function vocabularyQuestions(entries: VocabularyRecord[], texts: ReadonlyMap<string, string>, count: number, seed = 1): SessionQuestion[] {
  const rand = mulberry32(seed);
  const out: SessionQuestion[] = [];
  for (const e of shuffle(entries, rand)) {
    if (out.length >= count) break;
    const others = entries.filter((o) => o.lemma !== e.lemma);
    const useSense = e.sense && rand() < 0.5;
    const cloze = makeCloze(e.context, e.word ?? e.lemma);
    if (!useSense && cloze) {
      const forms = [...new Set(others.filter((o) => !o.upos || !e.upos || o.upos === e.upos).concat(others).map(surface))].filter((f) => f.toLowerCase() !== cloze.answer.toLowerCase());
      const distractors = shuffle(forms, rand).slice(0, 3);
      if (distractors.length >= 2) {
        const prompt = `Welches Wort fehlt im Satz? „${`${cloze.before}${BLANK}${cloze.after}`.replace(/\s+/g, ' ').trim()}“`;
        out.push({ id: `v${hash53(`cloze|${e.lemma}|${e.context}`)}`, type: 'vocab-cloze', prompt, options: shuffle([cloze.answer, ...distractors], rand), answer: cloze.answer, evidence: evidenceOf(e, texts) });
        continue;
      }
    }
    if (e.sense) {
      const senses = [...new Set(others.map((o) => o.sense).filter((s): s is string => !!s && s !== e.sense))];
      const distractors = shuffle(senses, rand).slice(0, 3);
      if (distractors.length >= 2) {
        const prompt = `Was bedeutet „${e.word ?? e.lemma}“ in diesem Satz? „${e.context.replace(/\s+/g, ' ').trim()}“`;
        const q: SessionQuestion = { id: `v${hash53(`sense|${e.lemma}|${e.context}`)}`, type: 'vocab-sense', prompt, options: shuffle([e.sense, ...distractors], rand), answer: e.sense, evidence: evidenceOf(e, texts) };
        if (e.senseLang) q.optionsLang = e.senseLang;
        out.push(q);
      }
    }
  }
  return out;
}

/** Spreads `extra` evenly through `base` (vocabulary questions between the text's questions). */
export function interleave<T>(base: T[], extra: T[]): T[] {
  if (!extra.length) return base;
  const out = [...base];
  const step = (base.length + extra.length) / extra.length;
  extra.forEach((q, i) => out.splice(Math.min(out.length, Math.round(step * (i + 0.5))), 0, q));
  return out;
}
