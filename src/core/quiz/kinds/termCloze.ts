/** A key noun's gap: `Welches Wort fehlt im Satz?`, with nouns of the same ending as options (they then agree in form). */
import type { TextSpan } from '../../facts/types';
import { evidenceOf, gapPrompt, makeQuestion } from '../build';
import type { QuestionKind } from '../context';
import { pickDistractors } from '../distractors';
import { shuffle } from '../random';
import type { Question } from '../types';

/** Most nouns asked per article: the rest serve as options. */
const MAX_TERMS = 8;

export const termCloze: QuestionKind = {
  name: 'term-cloze',
  // Nouns of one ending fit the gap's grammar but seldom its sense (judged: one in four acceptable): asked only in the lead.
  weight: 0.25,
  ask(ctx) {
    const { article: a, lang } = ctx;
    const t = lang.quiz.templates;
    const out: Question[] = [];
    // Nouns after a determiner (`die Verhandlungen`), not opening their sentence: a common noun, not a name.
    const nouns: { text: string; start: number; end: number; sentence: TextSpan }[] = [];
    for (const s of a.analysis.sentences) {
      const raw = a.text.slice(s.start, s.end).trimEnd();
      const sentence = { start: s.start, end: s.start + raw.length, text: raw };
      s.tokens.forEach((tok, i) => {
        if (i === 0 || !lang.quiz.forms.keyNoun.test(tok.text) || tok.upos !== 'NOUN') return;
        const before = s.tokens[i - 1]!;
        if (lang.facts.quotes.determiners.has(a.text.slice(before.start, before.end).toLowerCase())) nouns.push({ text: tok.text, start: tok.start, end: tok.end, sentence });
      });
    }
    const ending = (w: string): string => w.slice(-3);
    for (const n of shuffle(nouns, ctx.rand).slice(0, MAX_TERMS)) {
      const distractors = pickDistractors(n.text, nouns.filter((m) => ending(m.text) === ending(n.text)).map((m) => m.text), ctx.rand);
      if (distractors.length < 2) continue;
      out.push(makeQuestion({ type: 'cloze', prompt: t.clozeTerm(gapPrompt(n.sentence, n, t.blank)), answer: n.text, evidence: [evidenceOf(a, n.sentence)], options: [n.text, ...distractors], difficulty: 2 }, ctx.rand));
    }
    return out;
  },
};
