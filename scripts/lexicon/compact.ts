/**
 * Compact verb lines (issue 14): a verb line whose forms a paradigm of the language gives (German's weak verbs,
 * src/core/de/weakVerbs.ts) names the paradigm instead (`V	klicken	-	geklickt	~k`), and the loader makes the forms
 * (lexicon.ts `paradigmForms`). Written out, weak verbs' forms took a fifth of the asset, whose size cap left room for
 * only 206 of the glossary's 2,611 weak verbs the word list lacks. A line is compacted only where the paradigm makes
 * exactly its forms, so the loaded lexicon is the same; a line it does not (strong verbs, `ß` forms also written with
 * `ss`, a verb listed without its particle) stays as it was.
 */
import { paradigmForms, type LexParadigm } from '../../src/core';

/** `line` with its forms named by the first paradigm that makes exactly them; any other line as it was. */
export function compactLine(line: string, paradigms: Readonly<Record<string, LexParadigm>> = {}): string {
  const [kind, lemma, particleField, participles, forms] = line.split('\t');
  if ((kind !== 'V' && kind !== 'v') || !lemma || !particleField || !participles || forms === undefined || !/[a-z]{3}$/.test(lemma)) return line;
  // A particle field may end in the verb's frequency class (`an3`).
  const particle = particleField.replace(/\d+$/, '');
  const listed = new Set(forms.split(' ').filter(Boolean));
  for (const [name, p] of Object.entries(paradigms)) {
    const made = new Set(paradigmForms(lemma, particle === '-' ? undefined : particle, participles === '-' ? [] : participles.split(','), p));
    // The loader adds the lemma, as it does for a full line (whose forms leave it out).
    made.delete(lemma);
    if (made.size === listed.size && [...made].every((f) => listed.has(f))) return [kind, lemma, particleField, participles, `~${name}`].join('\t');
  }
  return line;
}
