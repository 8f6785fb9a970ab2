/**
 * An Analysis from raw tokens alone (lemma = text, UPOS guessed from the token kind), for
 * callers that have the tokenizer but not the tagging engine. The extractors only need
 * sentences, token text and offsets; they read lemma/UPOS where a real engine provides them.
 */
import type { Analysis, Upos } from '../analysis';
import type { RawSentence } from '../tokenize';

export function plainAnalysis(sentences: RawSentence[]): Analysis {
  return {
    sentences: sentences.map((s) => ({
      start: s.start,
      end: s.end,
      tokens: s.tokens.map((t) => {
        const upos: Upos = t.kind === 'number' || t.kind === 'ordinal' ? 'NUM' : t.kind === 'punct' || t.kind === 'quote' ? 'PUNCT' : t.kind === 'symbol' ? 'SYM' : 'X';
        return { text: t.text, start: t.start, end: t.end, lemma: t.text, upos };
      }),
    })),
  };
}
