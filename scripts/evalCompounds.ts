/**
 * Compound heads on held-out glossary compounds (issue 14): the click set has 47 compounds, too few to tune a splitter
 * on. This check draws a few thousand of the English glossary's nouns whose head is a noun of the glossary too, and
 * asks the engine's split (what the popover shows) for each. The gold head is found without the splitter: a suffix of
 * the compound that is a noun headword whose English sense ends one of the compound's senses (`Gaskraftwerk`,
 * "gas-fired power plant" → Kraftwerk "power plant", also Werk "plant"); any such suffix is right, the longest is
 * reported apart. The sampled compounds are held out: they are taken out of the lexicon (their lines and their
 * glossary mark) before the engine is built, so each is split as a word the app has never seen.
 * Standalone: `npx tsx scripts/evalCompounds.ts` (misses to $COMPOUND_MISSES, default /tmp/lesestoff-compound-misses.tsv).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, defaultLanguage, type Dictionary, type Engine, glossaryWordLines, mulberry32, unpackDictionary } from '../src/core';
import { loadEngine } from '../src/node/engineNode';
import { readLexiconFile } from '../src/node/lexiconFile';
import { resourcesDir } from '../src/node/paths';
import { endsInHead, senseWords } from './lexicon/headNouns';

const SAMPLE = 3000;
const SEED = 14;
/** Shortest modifier and head counted: `Öl|preis` has a two-letter modifier. */
const MIN_MODIFIER = 2;
const MIN_HEAD = 3;
const MISSES = process.env.COMPOUND_MISSES ?? path.join(os.tmpdir(), 'lesestoff-compound-misses.tsv');
const NOUN = new Set(['m', 'f', 'n']);

export interface HeldOutCompound {
  word: string;
  /** Every suffix that is a right head, longest first. */
  heads: string[];
}

function nounSenses(dictionary: Dictionary, word: string): string[] {
  const out: string[] = [];
  for (const e of dictionary.exact?.(word, 'en') ?? []) {
    if (e.headword !== word || !e.grammar.some((g) => NOUN.has(g)) || e.form) continue;
    for (const s of e.senses) {
      const w = senseWords(s);
      if (w) out.push(w);
    }
  }
  return out;
}

/** The glossary's capitalised noun headwords of letters only, from the shipped asset's key lines. */
function nounHeadwords(): string[] {
  const text = unpackDictionary('en', readFileSync(path.join(resourcesDir(), 'dict', 'de-en.dict.bin')));
  const words = new Set<string>();
  for (const line of text.split('\n')) {
    const [key, enc, grammar] = line.split('\t', 3);
    if (enc !== '^' || !key || !grammar || !NOUN.has(grammar) || !/^\p{Ll}+$/u.test(key)) continue;
    words.add(key.charAt(0).toUpperCase() + key.slice(1));
  }
  return [...words].sort();
}

/** The held-out set: drawn with a fixed seed from every glossary noun that has a head by its senses. */
export function heldOutCompounds(dictionary: Dictionary, count = SAMPLE, seed = SEED): HeldOutCompound[] {
  const nouns = nounHeadwords();
  const isNoun = new Set(nouns);
  const all: HeldOutCompound[] = [];
  for (const word of nouns) {
    let own: string[] | undefined;
    const heads: string[] = [];
    for (let h = MIN_MODIFIER; h <= word.length - MIN_HEAD; h++) {
      const head = word.charAt(h).toUpperCase() + word.slice(h + 1);
      if (!isNoun.has(head)) continue;
      own ??= nounSenses(dictionary, word);
      if (endsInHead(own, nounSenses(dictionary, head))) heads.push(head);
    }
    if (heads.length) all.push({ word, heads });
  }
  // A partial Fisher–Yates shuffle: the first `count` of a seeded permutation.
  const rand = mulberry32(seed);
  for (let i = 0; i < Math.min(count, all.length); i++) {
    const j = i + Math.floor(rand() * (all.length - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, count);
}

const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 10000) / 100);

export function scoreCompounds(engine: Engine, items: readonly HeldOutCompound[]): { figures: Record<string, number>; misses: string[] } {
  let right = 0, longest = 0, unsplit = 0;
  const misses: string[] = [];
  for (const item of items) {
    const s = engine.split(item.word);
    const head = s.parts.length > 1 ? s.head : '';
    if (!head) unsplit++;
    if (item.heads.includes(head)) right++;
    else misses.push([item.word, head ? 'wrong head' : 'not split', s.parts.map((p) => p.lemma + (p.link ? `|${p.link}` : '')).join(' + '), item.heads.join(' / ')].join('\t'));
    if (head === item.heads[0]) longest++;
  }
  return {
    figures: {
      'compounds.heldOut.items': items.length,
      'compounds.heldOut.head.pct': pct(right, items.length),
      'compounds.heldOut.longestHead.pct': pct(longest, items.length),
      'compounds.heldOut.notSplit.pct': pct(unsplit, items.length),
    },
    misses,
  };
}

/** The lexicon asset's text without the given nouns: no line of theirs, no `W` record (re-coded without them). */
export function lexiconWithout(text: string, hidden: ReadonlySet<string>): string {
  const lower = new Set([...hidden].map((w) => w.toLowerCase()));
  const kept: string[] = [];
  const words: string[] = [];
  let prev = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('W\t')) {
      const [, shared, rest] = line.split('\t');
      const word = (Number(shared) ? prev.slice(0, Number(shared)) : '') + (rest ?? '');
      prev = word;
      if (!lower.has(word)) words.push(word);
    } else if (line && !((line[0] === 'N' || line[0] === 'n') && hidden.has(line.slice(2, line.indexOf('\t', 2))))) kept.push(line);
  }
  return `${[...kept, ...glossaryWordLines(words)].join('\n')}\n`;
}

/** The shipped engine and dictionary, the held-out compounds, and an engine whose lexicon lacks them. */
export async function heldOutEngine(section: string): Promise<{ full: Engine; dictionary: Dictionary; items: HeldOutCompound[]; engine: Engine }> {
  const full = await loadEngine();
  if (!full.dictionary) throw new Error(`${section}: dictionary assets missing (npm run build:dict)`);
  const items = heldOutCompounds(full.dictionary);
  const text = new TextDecoder().decode(readLexiconFile(resourcesDir()));
  const engine = createEngine(defaultLanguage, { lexicon: new TextEncoder().encode(lexiconWithout(text, new Set(items.map((i) => i.word)))) });
  return { full, dictionary: full.dictionary, items, engine };
}

export async function evalCompounds(): Promise<string> {
  const { items, engine } = await heldOutEngine('compounds');
  const { figures, misses } = scoreCompounds(engine, items);
  writeFileSync(MISSES, `word\tcause\tsplit\tright heads\n${misses.join('\n')}\n`);
  return `${Object.entries(figures).map(([k, v]) => `${k}: ${v}`).join('\n')}\nmisses (${misses.length}): ${MISSES}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evalCompounds().then((r) => process.stdout.write(r), (e: unknown) => { process.stderr.write(`${String(e)}\n`); process.exitCode = 1; });
}
