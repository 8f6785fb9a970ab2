/**
 * Separable verbs (issue 4): in `Die Ministerin kündigte den Besuch gestern an` the finite verb and the
 * particle at the end of the clause together mean `ankündigen`. The particle closes the
 * clause (the right sentence bracket), however long the middle field; in subordinate clauses
 * and zu-infinitives the verb is written joined and the lexicon already gives its lemma.
 *
 * The search starts from the particle: a particle word right before the clause end, then the
 * nearest verb before it whose joined infinitive the lexicon lists. Starting from the particle
 * lets the middle field hold commas, embedded clauses and coordinated phrases
 * (`wählt der Gast, wenn er möchte, seinen Wein aus`), and the lexicon check keeps precision.
 */
import type { Upos } from '../analysis';
import type { LexEntry } from './02-readings/lexicon';
import { lowerCase } from './capital';
import { punctuationTest } from './punctuation';

/** What step 05 reads of a word's tag: the tagger's chosen reading. */
export interface SepTag {
  lemma: string;
  upos: Upos;
  /** Verbs: a participle or infinitive. */
  nonFinite?: boolean;
}

export interface SepRules {
  /** Particles of verbs the lexicon lists without marking the particle (`auseinander`, `bekannt`). */
  particles: ReadonlySet<string>;
  /** Words that end a clause besides punctuation (`und`, `oder`, `aber`, …). */
  clauseBreakers: ReadonlySet<string>;
  /** Particles that are also prepositions keep UPOS ADP, others become ADV (UD German). */
  prepositions: ReadonlySet<string>;
  /** Coordinating conjunctions: after a comma they start another main clause. */
  coordinators?: ReadonlySet<string>;
  /** Particles far more often a free adverb (`wieder` = again): never split off. */
  adverbial?: ReadonlySet<string>;
  /**
   * Particles that make a verb of any verb they end the clause of (German directional `herunter`, `hinein`: `schraubte
   * … herunter` is herunterschrauben), joined whether the lexicon lists the verb or not.
   */
  productive?: ReadonlySet<string>;
  /** The infinitive marker (`zu`): a zu-infinitive already carries its particle. */
  infinitiveMarker: string;
}

export interface SepLink {
  verb: number;
  particle: number;
  lemma: string;
  particleUpos: Upos;
}

// Quotes and brackets that close before the clause end do not separate the particle from it:
// `stelle "einen Linksruck" dar".`
const CLOSERS = /^["'“”‚‘’»«)\]]+$|^''$|^``$/;
const CLAUSE_END = /^[,;:.!?–—-]+$/;
// A sentence-final mark or a colon ends the search for the verb; commas do not (embedded clauses).
const HARD_STOP = /^[;:.!?]+$/;
const PARTICLE_UPOS: ReadonlySet<Upos> = new Set(['ADP', 'ADV', 'ADJ', 'PART', 'SCONJ', 'PROPN', 'NOUN']);
/** Farthest a verb may stand from its particle, in tokens. */
const MAX_SPAN = 40;

/**
 * Whether a token opening with this character may be punctuation (`CLOSERS`, `CLAUSE_END`, `HARD_STOP`): not when it is a
 * letter or digit of ASCII or Latin, which spares most words the regexes (issue 19).
 */
function punctuationLike(c: number): boolean {
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f));
}
const closer = punctuationTest(CLOSERS, punctuationLike);
const clauseEnd = punctuationTest(CLAUSE_END, punctuationLike);
const hardStop = punctuationTest(HARD_STOP, punctuationLike);

/** Whether a word opens with a letter that has a capital (`charAt(0) !== charAt(0).toUpperCase()`), ASCII decided without the built-in. */
function opensLowerCase(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return w.charAt(0) !== w.charAt(0).toUpperCase();
}

/** The lexicon's verb joined of a particle and a verb's lemma (`an` + `kündigen`), if it lists one. */
export type JoinedVerb = (particle: string, verbLemma: string) => LexEntry | undefined;

/**
 * Finds verb–particle pairs in one sentence, given its words and their tags, one array each (the tokens' own objects
 * come in many shapes, which made every field read a lookup for any shape, issue 19). `joinedVerb` asks the lexicon
 * (the engine memoises it by particle and lemma); `lower`, the words in lower case, where the caller has them (step 02
 * memoises them per word).
 */
export function findSeparableVerbs(
  words: readonly string[], tags: readonly SepTag[], joinedVerb: JoinedVerb, rules: SepRules, lower?: readonly string[],
): SepLink[] {
  const links: SepLink[] = [];
  const n = words.length;
  const ends = rules.coordinators ?? rules.clauseBreakers;
  for (let p = 1; p < n; p++) {
    const particle = words[p]!;
    // Particles are written in lower case; `PROPN`/`NOUN` only for a mis-tagged lower-case word. The tests are ordered
    // by cost, the character first and the clause end next, which rule out most words (issue 19).
    if (!opensLowerCase(particle)) continue;
    // Clause end right after the particle (closing quotes skipped) or a coordinating conjunction.
    let q = p + 1;
    while (q < n && closer(words[q]!)) q++;
    // (`nach wie vor` is no clause end: only coordination and `als` of comparison follow a particle.)
    if (q < n && !clauseEnd(words[q]!) && !ends.has(lowerOf(words, lower, q))) continue;
    if (!PARTICLE_UPOS.has(tags[p]!.upos)) continue;
    // A preposition coordinated with another before their noun (`mit und ohne Leine`) is no particle.
    if (tags[p]!.upos === 'ADP' && q + 1 < n && ends.has(lowerOf(words, lower, q)) && tags[q + 1]!.upos === 'ADP') continue;
    if (rules.adverbial?.has(particle)) continue;
    if (p > 0 && lowerOf(words, lower, p - 1) === rules.infinitiveMarker && particle !== rules.infinitiveMarker) continue;
    // A finite verb inside its clause (not at its end, as in `wenn er möchte ,`) whose particle verb is not listed: the
    // main clause's verb, unless a verb further back in the clause joins (a participle read as a finite form); the search
    // does not go past its clause (`gesetzt hat , schraubte sie … herunter` is no heruntersetzen).
    let inner = -1;
    let linked = false;
    for (let v = p - 1; v >= 0 && v >= p - MAX_SPAN; v--) {
      const vw = words[v]!, vt = tags[v]!;
      if (hardStop(vw)) break;
      if (vw === ',' && inner >= 0) break;
      // `…, aber die Leine hing durch`: a comma before a conjunction starts another main clause.
      if (vw === ',' && v + 1 < p && rules.coordinators?.has(lowerOf(words, lower, v + 1))) break;
      if (vt.upos !== 'VERB' && vt.upos !== 'AUX') continue;
      // A verb joins one particle (links are few: no set is made per sentence).
      if (linksVerb(links, v)) break;
      // Joined forms (`ankündigte`) and zu-infinitives already carry their particle.
      if (vt.lemma.startsWith(particle) || (v > 0 && lowerOf(words, lower, v - 1) === rules.infinitiveMarker)) continue;
      const entry = joinedVerb(particle, vt.lemma);
      if (!entry || !(entry.particle === particle || rules.particles.has(particle))) {
        if (inner < 0 && !vt.nonFinite && v + 1 < n && !clauseEnd(words[v + 1]!)) inner = v;
        continue;
      }
      links.push({ verb: v, particle: p, lemma: entry.lemma, particleUpos: particleUpos(particle, rules) });
      linked = true;
      break;
    }
    if (!linked && inner >= 0 && tags[inner]!.upos === 'VERB' && rules.productive?.has(particle)) {
      links.push({ verb: inner, particle: p, lemma: particle + tags[inner]!.lemma, particleUpos: particleUpos(particle, rules) });
    }
  }
  return links;
}

/**
 * The word at `k` in lower case, from `lower` where the caller has it. Helpers rather than closures in
 * findSeparableVerbs: a closure over its arguments or over the verb's index made each call, or each step of the search
 * for the verb, allocate a context for them (issue 19).
 */
function lowerOf(words: readonly string[], lower: readonly string[] | undefined, k: number): string {
  return lower ? lower[k]! : lowerCase(words[k]!);
}

/** Whether a link joins the verb at `v` already. */
function linksVerb(links: readonly SepLink[], v: number): boolean {
  for (const l of links) if (l.verb === v) return true;
  return false;
}

function particleUpos(particle: string, rules: SepRules): Upos {
  return rules.prepositions.has(particle) ? 'ADP' : 'ADV';
}
