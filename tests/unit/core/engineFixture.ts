import { loadEngine } from '../../../src/node/engineNode';
import type { Engine } from '../../../src/core/engine';

/** One engine for all morphology suites (the lexicon loads once). */
export const engine: Promise<Engine> = loadEngine();

/** Tokens printed as one string: `Wort/lemma/UPOS`, separated by spaces. */
export async function tag(sentence: string): Promise<string> {
  const e = await engine;
  const [tokens] = e.analyzeTokens([sentence.split(' ')]);
  return tokens!.map((t) => `${t.text}/${t.lemma}/${t.upos}`).join(' ');
}
