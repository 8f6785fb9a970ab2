/**
 * Where a German glossary lists a word whose lemma it lacks (data for analysis/06-glossCoverage):
 * headwords to try in order, the first the glossary has wins.
 */
import type { Upos } from '../analysis';
import { SEPARABLE_PARTICLES } from './closedClass';
import { germanMorphology } from './morphology';

const INFINITIVE_ENDINGS = ['en', 'n', 'ern', 'eln'];

/** Infinitives a participle may come from (`gespeichert` → speichern, `ausgewählt` → auswählen, `deaktiviert` → deaktivieren). */
function participleInfinitives(p: string): string[] {
  const stems: string[] = [];
  const strip = (x: string): void => {
    if (x.endsWith('et')) stems.push(x.slice(0, -2));
    if (x.endsWith('t')) stems.push(x.slice(0, -1));
    if (x.endsWith('en')) stems.push(x.slice(0, -2));
  };
  const g = p.indexOf('ge');
  if (g === 0) strip(p.slice(2));
  else if (g > 0 && SEPARABLE_PARTICLES.has(p.slice(0, g))) {
    const before = p.slice(0, g);
    const n0 = stems.length;
    strip(p.slice(g + 2));
    for (let k = n0; k < stems.length; k++) stems[k] = before + stems[k];
  }
  strip(p);
  return stems.filter((s) => s.length > 2).flatMap((s) => INFINITIVE_ENDINGS.map((end) => s + end));
}

/** Prefixes a past participle takes instead of ge- (`verletzt`, `bestätigt`, `übersetzt`), also after a particle (`vorbereitet`). */
const UNSTRESSED_PREFIXES = /^(?:be|emp|ent|er|ge|miss|ver|zer|hinter|über|unter|wider)\p{L}/u;

/** Whether a word may be a weak past participle: -ge- after its particle, a prefix that takes its place, or -iert. */
function participleShaped(p: string): boolean {
  if (p.endsWith('iert')) return true;
  for (let i = 0; i < p.length - 3; i++) {
    if (i > 0 && !SEPARABLE_PARTICLES.has(p.slice(0, i))) continue;
    if (UNSTRESSED_PREFIXES.test(p.slice(i))) return true;
  }
  return false;
}

/**
 * The verbs an adjective may be the past participle of, for a weak participle only (`überzeugt` → überzeugen,
 * `angekündigt` → ankündigen): a strong one's infinitive has another vowel (`gelegen` is liegen's, not legen's), and a
 * word without a participle's prefix is none (`recht` is no form of rechen).
 */
export function germanParticipleVerbs(adjective: string): string[] {
  const p = adjective.toLowerCase();
  return p.endsWith('t') && participleShaped(p) ? participleInfinitives(p) : [];
}

export function germanGlossVariants(lemma: string, upos: Upos): string[] {
  const out: string[] = [];
  // Ordinal and adjective lemmas without ending (`dritt`, `besonder`) are listed with `-e`.
  if (upos === 'ADJ') out.push(lemma + 'e');
  // Old spelling (`gewiß`, `Warnschuß`) → reformed `ss`.
  if (lemma.includes('ß')) {
    const ss = lemma.replace(/ß$/u, 'ss').replace(/ß(?=[^aeiouäöüy]|$)/gu, 'ss');
    if (ss !== lemma) out.push(ss);
  }
  // Adjectival nouns are listed in their strong form (`der Beamte` → Beamter); feminine
  // forms in -in under the masculine (`Innenministerin` → Innenminister).
  if (upos === 'NOUN' && lemma.endsWith('e')) out.push(lemma + 'r');
  if (upos === 'NOUN' && lemma.endsWith('in') && lemma.length > 5) out.push(lemma.slice(0, -2));
  // An adjective the lemmatizer left inflected (`selben`, `befindliche`), or a present
  // participle (`vorgebend` → vorgeben).
  if (upos === 'ADJ') {
    const l = lemma.toLowerCase();
    for (const end of germanMorphology.adjectiveEndings) {
      if (!l.endsWith(end) || l.length < end.length + 3) continue;
      const stem = l.slice(0, -end.length);
      out.push(stem, stem + 'e');
      if (stem.endsWith('end')) out.push(stem.slice(0, -1));
    }
    if (l.endsWith('end')) out.push(l.slice(0, -1));
  }
  // A participle the lexicon lacks as a verb form: its infinitive.
  if (upos === 'ADJ' || upos === 'VERB') out.push(...participleInfinitives(lemma.toLowerCase()));
  return out;
}
