/**
 * Frequency classes for nouns and verbs that share a form with another lemma of their kind (issue 14): `Abkommen` is
 * the neuter noun and the plural of `der Abkomme`, `Gründen` the dative plural of `Grund` and the nominalised verb
 * `das Gründen`, `fällt` a form of `fallen` and of `fällen`. When the sentence does not choose (no article, or one
 * both agree with: `den Abkommen`), the tagger takes a lemma met far more often than the others. The counts are
 * FrequencyWords `de_50k` (OpenSubtitles 2018, CC BY-SA 4.0), a list of lower-case word forms, so a form tells which
 * lemma a reader met only where no other word writes it alike: a lemma's count is the sum over its forms that no
 * other lemma of any kind has (`abkommens`, `grund`, `fiel`; not `gründe`, which the verb has too, nor `fällen`, also
 * the noun `Fällen`). A lemma with no form of its own among the lemmas of its kind (`Pole`: Pol's plural and dative)
 * gets no class, so frequency cannot speak for or against it. A form missing from the list counts 0: every listed
 * form is met at least 62 times.
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

const CLASSED_KINDS = new Set(['N', 'V']);

/**
 * The lexicon's `N` and `V` lines with the frequency class (⌊log₂⌋ of the count above, 0 for none) after the gender or
 * particle (`n6`, `-12`, `aus0`) where the lemma shares a form with another of its kind and has forms of its own;
 * other lines unchanged.
 */
export function withFrequencies(lines: readonly string[], counts: ReadonlyMap<string, number>): { lines: string[]; classed: number } {
  const split = lines.map((l) => l.split('\t'));
  // Lower-case form → the one lemma (kind + lemma: a noun's homograph lines are one lemma) it is a form of, or null.
  const owners = new Map<string, string | null>();
  // Kind + form as written → the lemmas of that kind it is a form of.
  const kindOwners = new Map<string, Set<string>>();
  for (const f of split) {
    const key = `${f[0]}${f[1]}`;
    for (const form of lineForms(f)) {
      const lower = form.toLowerCase();
      const o = owners.get(lower);
      owners.set(lower, o === undefined || o === key ? key : null);
      if (!CLASSED_KINDS.has(f[0]!)) continue;
      let s = kindOwners.get(f[0] + form);
      if (!s) kindOwners.set(f[0] + form, (s = new Set()));
      s.add(f[1]!);
    }
  }
  const ambiguous = new Set<string>();
  for (const [form, s] of kindOwners) if (s.size > 1) for (const l of s) ambiguous.add(form.charAt(0) + l);
  const classes = new Map<string, number>();
  for (const f of split) {
    const key = `${f[0]}${f[1]}`;
    if (!ambiguous.has(key) || classes.has(key)) continue;
    let count = 0, own = false;
    for (const form of new Set(lineForms(f))) {
      if (kindOwners.get(f[0] + form)!.size > 1) continue;
      own = true;
      const lower = form.toLowerCase();
      if (owners.get(lower) === key) count += counts.get(lower) ?? 0;
    }
    if (own) classes.set(key, count >= 1 ? Math.floor(Math.log2(count)) : 0);
  }
  const out = split.map((f, i) => {
    const c = classes.get(`${f[0]}${f[1]}`);
    if (c === undefined) return lines[i]!;
    f[2] = `${f[2]}${c}`;
    return f.join('\t');
  });
  return { lines: out, classed: classes.size };
}
