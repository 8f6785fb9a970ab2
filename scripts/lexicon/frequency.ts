/**
 * Frequency classes for nouns that share a form with another noun (issue 14): `Abkommen` is the neuter noun and the
 * plural of `der Abkomme`, `Gründen` the dative plural of `Grund` and the nominalised verb `das Gründen`. When the
 * sentence does not choose (no article, or one both agree with: `den Abkommen`), the tagger takes a lemma far more
 * frequent than the others. The counts are FrequencyWords `de_50k` (OpenSubtitles 2018, CC BY-SA 4.0), a list of
 * lower-case word forms, so a form says little about which noun a reader met when other words share it. Each such
 * noun gets two sums over its forms that no other noun has:
 * - at least: the forms no other lemma of any kind has either (`abkommens`, `grund`, not `gründe` of the verb);
 * - at most: all of them (`abkomme` though the verb has it too: even so it is rare), only where there is one; a noun
 *   whose every form is another noun's (`Pole`: Pol's plural and dative) has no bound, and frequency cannot speak
 *   against it.
 * A form missing from the list counts 0: every listed form is met at least 62 times.
 */

/** The list's lines: `word count`, most frequent first. */
export function readCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [word, count] = line.split(' ');
    if (word && count && !counts.has(word)) counts.set(word, Number(count));
  }
  return counts;
}

/** The forms of an asset line (`kind lemma field field forms`): the lemma, a noun's plural and the listed forms. */
function lineForms(f: readonly string[]): string[] {
  const out = [f[1]!];
  if (f[0] === 'N' && f[3] !== '-') out.push(f[3]!);
  for (const x of f[4]!.split(' ')) if (x) out.push(x);
  return out;
}

/** ⌊log₂⌋ of a count, 0 for none. */
const frequencyClass = (count: number): number => count >= 1 ? Math.floor(Math.log2(count)) : 0;

/**
 * The lexicon's `N` lines with the frequency classes (⌊log₂⌋ of the sums above) after the gender letter where the noun
 * shares a form with another noun and has forms of its own: `n6:9` (at least 2⁶, fewer than 2¹⁰), `m:0` (no form of
 * its own in the list: rare, or only met in forms others share too); other lines unchanged.
 */
export function withNounFrequencies(lines: readonly string[], counts: ReadonlyMap<string, number>): { lines: string[]; classed: number } {
  const split = lines.map((l) => l.split('\t'));
  // Lower-case form → the one lemma (kind + lemma: a noun's homograph lines are one lemma) it is a form of, or null.
  const owners = new Map<string, string | null>();
  // Form as written → the noun lemmas it is a form of.
  const nounOwners = new Map<string, Set<string>>();
  for (const f of split) {
    const key = `${f[0]}${f[1]}`;
    for (const form of lineForms(f)) {
      const lower = form.toLowerCase();
      const o = owners.get(lower);
      owners.set(lower, o === undefined || o === key ? key : null);
      if (f[0] !== 'N') continue;
      let s = nounOwners.get(form);
      if (!s) nounOwners.set(form, (s = new Set()));
      s.add(f[1]!);
    }
  }
  const ambiguous = new Set<string>();
  for (const s of nounOwners.values()) if (s.size > 1) for (const l of s) ambiguous.add(l);
  const fields = new Map<string, string>();
  for (const f of split) {
    if (f[0] !== 'N' || !ambiguous.has(f[1]!) || fields.has(f[1]!)) continue;
    let least = 0, most = 0, own = false;
    for (const form of new Set(lineForms(f))) {
      if (nounOwners.get(form)!.size > 1) continue;
      own = true;
      const lower = form.toLowerCase();
      const count = counts.get(lower) ?? 0;
      most += count;
      if (owners.get(lower) === `N${f[1]}`) least += count;
    }
    const field = `${least ? frequencyClass(least) : ''}${own ? `:${frequencyClass(most)}` : ''}`;
    if (field) fields.set(f[1]!, field);
  }
  const out = split.map((f, i) => {
    const field = f[0] === 'N' ? fields.get(f[1]!) : undefined;
    if (field === undefined) return lines[i]!;
    f[2] = `${f[2]}${field}`;
    return f.join('\t');
  });
  return { lines: out, classed: fields.size };
}
