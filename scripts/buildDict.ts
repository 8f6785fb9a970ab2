/**
 * `npm run build:dict`: builds resources/dict/ from Debian packages (Ding for English, FreeDict
 * for the other languages) so the app ships ready-made glossaries and users never need apt.
 * Downloads land in .cache/dict (git-ignored); rerunning reuses them.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { gunzipSync } from 'fflate';
import { packDictionary } from '../src/core';
import { writeAsset, type DictRecord } from './dict/asset';
import { bindsPhrase } from './dict/binding';
import { COMPOUND_HEAD_MARK, compoundHeadRecords } from './dict/compoundHeads';
import { compoundModifierRecords, isCompoundModifier } from './dict/compoundModifiers';
import { compoundSenseRecords } from './dict/compoundSenses';
import { loanwordRecords } from './dict/loanwords';
import { parseDing } from './dict/ding';
import { parseFreedict } from './dict/freedict';
import { phraseSupport, rankBySupport, rankNarrowerUses, rankRecord, readFrequencies, type SenseSupport, senseSupport } from './dict/rank';
import { readCounts } from './lexicon/frequency';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CACHE = join(ROOT, '.cache', 'dict');
const OUT = join(ROOT, 'resources', 'dict');
// English word frequencies rank Ding's senses (scripts/dict/rank.ts); CC BY-SA 4.0, see README.
const EN_FREQ = join(ROOT, '..', 'shared', 'data', 'freq', 'en_50k.txt');
// German word frequencies of the same source choose the past participles whose senses the asset keeps.
const DE_FREQ = join(ROOT, '..', 'shared', 'data', 'freq', 'de_50k.txt');
const FREQ_LICENSE_FILE = 'LICENSE-frequency-words.txt';
const FREQ_LICENSE = `The order of senses in de-en.dict.bin is derived from English word frequencies, and the
choice of the past participles it gives senses for from German word frequencies:
FrequencyWords by Hermit Dave (https://github.com/hermitdave/FrequencyWords), en_50k and de_50k,
from OPUS OpenSubtitles 2018 (P. Lison and J. Tiedemann, 2016, http://opus.nlpl.eu/OpenSubtitles2018.php).
Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0),
https://creativecommons.org/licenses/by-sa/4.0/legalcode
`;
// Copyright files say "see /usr/share/common-licenses/GPL-2", which app users lack, so the text ships
// too. FreeDict's copyright file already embeds the full CC-BY-SA-3.0 text.
const LICENSE_TEXTS: Record<string, string> = { 'GPL-2+': 'GPL-2' };

interface Source {
  lang: string;
  pkg: string;
  upstream: string;
  license: string;
  read(dir: string): DictRecord[];
}

const freedict = (lang: string, code: string, nounTag: 'n' | '', license: string): Source => ({
  lang,
  pkg: `dict-freedict-deu-${code}`,
  upstream: `FreeDict deu-${code}`,
  license,
  read: (dir) => {
    const base = join(dir, 'usr/share/dictd', `freedict-deu-${code}`);
    return parseFreedict(readFileSync(`${base}.index`, 'utf8'), gunzipSync(readFileSync(`${base}.dict.dz`)), nounTag);
  },
});

/** Endings of an adjective used before a noun: `die produzierten Autos`. */
const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/**
 * Keeps a verb's participle senses (scripts/dict/ding.ts) where a reader meets the participle, in any of its adjective
 * forms, among the 50,000 commonest words (`form count` lines): all of Ding's would cost ~100 KB of the asset budget.
 */
function metParticiples(frequencies: string): (r: DictRecord) => DictRecord {
  const words = readCounts(frequencies);
  return (r) => {
    const form = r.participle?.form.toLowerCase();
    if (form === undefined || ADJECTIVE_ENDINGS.some((e) => words.has(form + e))) return r;
    const { participle: _, ...rest } = r;
    return rest;
  };
}

/**
 * How many of the commonest German words (de_50k) may lead a line with the gloss the source gives them most often
 * (rank.ts rankRecord): a gloss that moves apart from the line's order no longer shares its stored list with the line's
 * other headwords, and doing it for every word would cost ~50 KB of the asset budget; clicks fall mostly on these words.
 * The 5,000 after the first 5,000 cost ~3 KB (`insgesamt`: in all, not at large; `Branche`: industry, not branch); the
 * 10,000 after those 4 KB more, and changed no click set's figure.
 */
const SUPPORT_LEADS = 10_000;

/** `support` for the SUPPORT_LEADS commonest German words (`form count` lines, most frequent first), 0 for the rest. */
function commonWords(frequencies: string, support: SenseSupport): SenseSupport {
  const common = new Set([...readCounts(frequencies).keys()].slice(0, SUPPORT_LEADS));
  return (headword, sense) => (common.has(headword.toLowerCase()) ? support(headword, sense) : 0);
}

/** Whether a word is more frequent in English than in German, by its rank in each list (`form count` lines); unlisted is rarest. */
function moreEnglish(english: string, german: string): (word: string) => boolean {
  const ranks = (text: string) => new Map([...readCounts(text).keys()].map((w, i) => [w, i]));
  const en = ranks(english);
  const de = ranks(german);
  return (word) => (en.get(word) ?? Infinity) < (de.get(word) ?? Infinity);
}

// fra/spa are left out: they would add ~2.5 MB for languages no issue asks for yet.
const SOURCES: Source[] = [
  { lang: 'en', pkg: 'trans-de-en', upstream: 'Ding', license: 'GPL-2+', read: (dir) => {
    const freq = readFrequencies(readFileSync(EN_FREQ, 'utf8'));
    const met = metParticiples(readFileSync(DE_FREQ, 'utf8'));
    const ding = readFileSync(join(dir, 'usr/share/trans/de-en'), 'utf8');
    const parsed = parseDing(ding).map(met);
    // Support counts a headword's glosses whatever their order, so the lines are ranked with it.
    const support = senseSupport(parsed, ding);
    const leads = commonWords(readFileSync(DE_FREQ, 'utf8'), support);
    const records = parsed.map((r) => rankRecord(r, freq, leads));
    const phrases = phraseSupport(parsed, ding);
    const ranked = rankNarrowerUses(rankBySupport(records, (h, s) => (h.includes(' ') ? phrases(h, s) : support(h, s))));
    // Ding's own suffix lines (`…händler` :: monger) stay out, as before: the meanings of heads come from the compounds.
    // Its first parts' lines (`Haupt…` :: main) give way to those of their senses the compounds bear out.
    const words = ranked.filter((r) => !r.headword.startsWith(COMPOUND_HEAD_MARK) && !isCompoundModifier(r));
    const inCompounds = [...compoundHeadRecords(ranked), ...compoundModifierRecords(ranked)];
    // Where neither says what a word means in compounds, which of its own senses the compounds use (…weg :: path).
    const ownSenses = compoundSenseRecords(words, new Set(inCompounds.map((r) => r.headword.toLowerCase())));
    return [...words, ...inCompounds, ...ownSenses, ...loanwordRecords(words, moreEnglish(readFileSync(EN_FREQ, 'utf8'), readFileSync(DE_FREQ, 'utf8')))];
  } },
  freedict('tr', 'tur', 'n', 'GPL-2+'),
  freedict('ru', 'rus', '', 'CC-BY-SA-3.0'),
];

/** Downloads (once) and unpacks a package; returns the unpack dir and the package version. */
function fetchPackage(pkg: string): { dir: string; version: string } {
  mkdirSync(CACHE, { recursive: true });
  let deb = readdirSync(CACHE).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
  if (!deb) {
    execFileSync('apt-get', ['download', pkg], { cwd: CACHE, stdio: 'inherit' });
    deb = readdirSync(CACHE).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download ${pkg} produced no .deb`);
  }
  const dir = join(CACHE, pkg);
  rmSync(dir, { recursive: true, force: true });
  execFileSync('dpkg-deb', ['-x', join(CACHE, deb), dir]);
  const version = execFileSync('dpkg-deb', ['-f', join(CACHE, deb), 'Version'], { encoding: 'utf8' }).trim();
  return { dir, version };
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const languages = SOURCES.map((source) => {
    const { dir, version } = fetchPackage(source.pkg);
    const records = source.read(dir);
    const file = `de-${source.lang}.dict.bin`;
    // Packed in sections (issue 19: the app inflates the keys at start, an entry's section when it is looked up).
    // zlib's deflate at its largest memory level packs the English asset ~290 KB smaller than fflate's level 9, which
    // keeps the bundled assets under their size cap; raw deflate has no timestamp, so rebuilds stay byte-identical.
    writeFileSync(join(OUT, file), packDictionary(writeAsset(source.lang, records, bindsPhrase), (raw) => deflateRawSync(raw, { level: 9, memLevel: 9 })));
    const licenseFile = `LICENSE-${source.pkg}.txt`;
    copyFileSync(join(dir, 'usr/share/doc', source.pkg, 'copyright'), join(OUT, licenseFile));
    console.log(`${source.lang}: ${records.length} records from ${source.pkg} ${version}`);
    return { lang: source.lang, file, package: source.pkg, version, upstream: source.upstream, license: source.license, licenseFile };
  });
  const licenseTexts: Record<string, string> = {};
  for (const { license } of languages) {
    const name = LICENSE_TEXTS[license];
    if (!name) continue;
    copyFileSync(join('/usr/share/common-licenses', name), join(OUT, `${name}.txt`));
    licenseTexts[license] = `${name}.txt`;
  }
  // The English asset's order is built from the frequency list, so it carries the list's licence.
  writeFileSync(join(OUT, FREQ_LICENSE_FILE), FREQ_LICENSE);
  writeFileSync(join(OUT, 'manifest.json'), JSON.stringify({ format: 2, languages, licenseTexts }, null, 2) + '\n');
}

if (existsSync('/usr/bin/apt-get')) main();
else throw new Error('build:dict needs Debian tools (apt-get, dpkg-deb)');
