/**
 * Separable verbs (issue 4): in `Putin kündigte den Besuch gestern an` the finite verb and the
 * particle at the end of the clause together mean `ankündigen`. The particle closes the
 * clause (the right sentence bracket), however long the middle field; in subordinate clauses
 * and zu-infinitives the verb is written joined and the lexicon already gives its lemma.
 */
import type { Upos } from './analysis';
import type { Lexicon } from './lexicon';

export interface SepToken {
  text: string;
  lemma: string;
  upos: Upos;
}

export interface SepRules {
  particles: ReadonlySet<string>;
  /** Words that end a clause besides punctuation (`und`, `oder`, `aber`, …). */
  clauseBreakers: ReadonlySet<string>;
  /** Particles that are also prepositions keep UPOS ADP, others become ADV (UD German). */
  prepositions: ReadonlySet<string>;
}

export interface SepLink {
  verb: number;
  particle: number;
  lemma: string;
  particleUpos: Upos;
}

// Quotes do not end a clause: `stelle "einen Linksruck" dar`.
const PUNCT_BREAK = /^[,;:.!?()[\]–—]+$/;

/** Finds verb–particle pairs in one sentence. */
export function findSeparableVerbs(tokens: readonly SepToken[], lex: Lexicon, rules: SepRules): SepLink[] {
  const links: SepLink[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i]!;
    if (v.upos !== 'VERB' && v.upos !== 'AUX') continue;
    if (i > 0 && tokens[i - 1]!.text.toLowerCase() === 'zu') continue;
    // Walk to the end of the clause; the particle is its last word.
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (PUNCT_BREAK.test(t.text)) break;
      if (j > i + 1 && rules.clauseBreakers.has(t.text.toLowerCase())) break;
      if (t.upos === 'VERB' || t.upos === 'AUX') break;
      j++;
    }
    const p = j - 1;
    if (p <= i || used.has(p)) continue;
    // Stopped by another verb: a word before an infinitive is `zu` or a preposition.
    if (j < tokens.length && (tokens[j]!.upos === 'VERB' || tokens[j]!.upos === 'AUX')) continue;
    const particle = tokens[p]!.text.toLowerCase();
    if (!rules.particles.has(particle)) continue;
    // A preposition directly before a noun phrase end is not a particle (`… mit ihm`): a
    // particle is followed by the clause end, which we have by construction.
    const joined = particle + v.lemma;
    const entry = lex.lemma(joined, 'V');
    if (!entry) continue;
    used.add(p);
    links.push({ verb: i, particle: p, lemma: joined, particleUpos: rules.prepositions.has(particle) ? 'ADP' : 'ADV' });
  }
  return links;
}
