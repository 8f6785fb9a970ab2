/**
 * A compound's English composed from its parts, on compounds the glossary lists (issue 14): the click sets hold a few
 * dozen compounds the glossary lacks, too few to choose which patterns of modifier and head to compose. This check takes
 * the held-out glossary compounds `evalCompounds` draws (nouns whose head is a glossary noun by its senses), hides each
 * from the lexicon and the glossary, asks the card what it means, and counts how often a composed sense is one of the
 * glossary's own glosses of the word, word for word (`Schultyp` → school type), by pattern (the modifier's part of
 * speech, whether the glossary gives what it means at the start of compounds), beside how often the head's first sense
 * alone is one of them. Lower-case adjective compounds the glossary lists (`hochprofessionell`) are counted apart.
 * The glossary's records of which of a word's own senses its compounds use (`…weg` :: path, scripts/dict/compoundSenses.ts)
 * are counted again here without the held-out compound, from the asset's nouns, so that a compound does not choose its
 * own parts' senses. Its records of meanings the word alone lacks (`Haupt…` :: main, `…engpass` :: bottleneck) were
 * built from every compound, the held-out ones too: a slight leak, the same for every pattern.
 * Standalone: `npx tsx scripts/evalComposition.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLanguage, type DictEntry, type Dictionary, type Engine, lookupWord, mulberry32, unpackDictionary } from '../src/core';
import { resourcesDir } from '../src/node/paths';
import { CompoundSenses, type CountedNoun, functionWord } from './dict/compoundSenses';
import { glossWords } from './evalClicks';
import { heldOutEngine } from './evalCompounds';

const ADJECTIVES = 1500;
const GENDERS = new Set(['m', 'f', 'n']);
const assetText = (): string => unpackDictionary('en', readFileSync(path.join(resourcesDir(), 'dict', 'de-en.dict.bin')));
const SEED = 31;

/**
 * The dictionary as if it lacked one word: no entry of that headword, and its records of the senses compounds use on a
 * head or first part (`…weg`, `Abnahme…`) as counted without it.
 */
function without(dictionary: Dictionary, word: string, counts: CompoundSenses): Dictionary {
  const hidden = word.toLowerCase();
  const keep = (entries: ReturnType<Dictionary['lookup']>) => entries.filter((e) => e.headword.toLowerCase() !== hidden);
  const { compoundHead, compoundModifier } = defaultLanguage.glossary;
  const recount = (key: string, entries: DictEntry[]): DictEntry[] => {
    const part = key.toLowerCase();
    const sense = (leaveOut?: string) => (part.startsWith(compoundHead) ? counts.headSense(part.slice(compoundHead.length), leaveOut)
      : part.endsWith(compoundModifier) ? counts.modifierSense(part.slice(0, -compoundModifier.length), leaveOut) : undefined);
    const all = sense();
    const held = sense(hidden);
    // The build records no such sense where the glossary says what the word means in compounds already (`…engpass`).
    const mine = (e: DictEntry) => e.senses.length === 1 && e.senses[0] === all;
    if (all === held || (entries.length && !entries.some(mine))) return entries;
    return [...entries.filter((e) => !mine(e)), ...(held ? [{ headword: key, grammar: [], senses: [held] }] : [])];
  };
  return {
    languages: dictionary.languages,
    lookup: (lemma, lang) => keep(dictionary.lookup(lemma, lang)),
    has: (lemma, lang) => lemma.toLowerCase() !== hidden && dictionary.has(lemma, lang),
    exact: (lemma, lang) => recount(lemma, keep(dictionary.exact?.(lemma, lang) ?? [])),
    phrases: (w, lang) => keep(dictionary.phrases?.(w, lang) ?? []),
  };
}

/** The glossary's nouns, other words and keys, read from the asset, as scripts/dict/compoundSenses.ts counts them when it builds it. */
function assetCounts(dictionary: Dictionary): CompoundSenses {
  const keys = new Set<string>();
  for (const line of assetText().split('\n')) {
    const [key, enc] = line.split('\t', 2);
    if (key && enc !== undefined) keys.add(key);
  }
  const nouns = new Map<string, CountedNoun>();
  const others = new Map<string, string[]>();
  for (const key of keys) {
    if (!/^\p{Ll}+$/u.test(key)) continue;
    const headword = key.charAt(0).toUpperCase() + key.slice(1);
    const entries = (dictionary.exact?.(key, 'en') ?? []).filter((e) => e.form === undefined);
    const lines = entries.filter((e) => e.headword === headword && e.grammar.some((g) => GENDERS.has(g)));
    if (lines.length) nouns.set(key, { senses: [...new Set(lines.flatMap((e) => e.senses))], specialist: lines[0]!.note?.includes('[') ?? false });
    const words = entries.filter((e) => e.headword === key && !e.grammar.some((g) => GENDERS.has(g)));
    if (words.length && !words.some((e) => functionWord(e.grammar))) others.set(key, [...new Set(words.flatMap((e) => e.senses))]);
  }
  return new CompoundSenses(nouns, keys, others);
}

const same = (a: string, b: string): boolean => {
  const x = glossWords(a).join(' ');
  return x !== '' && x === glossWords(b).join(' ');
};

interface Tally { items: number; composed: number; first: number; any: number; head: number }
const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 10000) / 100);

/** Composes each word's card with the word hidden, and tallies by pattern. */
function score(words: readonly string[], engine: Engine, full: Dictionary, counts: CompoundSenses, examples: string[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const word of words) {
    const gold = (full.exact?.(word, 'en') ?? []).filter((e) => e.headword.toLowerCase() === word.toLowerCase()).flatMap((e) => e.senses);
    const card = lookupWord(word, { dictionary: without(full, word, counts), glossary: defaultLanguage.glossary, lang: 'en', lemmatize: (w) => engine.lemmatize(w), split: (w) => engine.split(w) });
    const parts = card.parts ?? [];
    if (parts.length !== 2) continue;
    const [modifier, head] = parts as [typeof parts[0], typeof parts[0]];
    const pattern = `${modifier.modifier ? 'record' : modifier.pos ?? '-'} + ${head.pos ?? '-'}`;
    const t = tallies.get(pattern) ?? { items: 0, composed: 0, first: 0, any: 0, head: 0 };
    tallies.set(pattern, t);
    t.items++;
    if (head.senses[0] !== undefined && gold.some((g) => same(head.senses[0]!, g))) t.head++;
    const composed = card.entries[0]?.form?.includes(' + ') ? card.entries[0].senses : [];
    if (!composed.length) continue;
    t.composed++;
    if (gold.some((g) => same(composed[0]!, g))) t.first++;
    const right = composed.some((c) => gold.some((g) => same(c, g)));
    if (right) t.any++;
    if (examples.length < 400) examples.push(`${right ? '+' : '-'} ${pattern}\t${word}\t${composed.join(' | ')}\t${gold.slice(0, 4).join(' | ')}`);
  }
  return tallies;
}

/** The glossary's lower-case adjective headwords of letters only, drawn with a fixed seed. */
function adjectives(count: number): string[] {
  const words = new Set<string>();
  for (const line of assetText().split('\n')) {
    const [key, enc, grammar] = line.split('\t', 3);
    if (enc === '' && key && grammar === 'adj' && /^\p{Ll}{7,}$/u.test(key)) words.add(key);
  }
  const all = [...words].sort();
  const rand = mulberry32(SEED);
  for (let i = 0; i < Math.min(count, all.length); i++) {
    const j = i + Math.floor(rand() * (all.length - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, count);
}

function report(name: string, tallies: Map<string, Tally>): string[] {
  const rows = [...tallies].sort((a, b) => b[1].items - a[1].items);
  const all = rows.reduce((s, [, t]) => ({ items: s.items + t.items, composed: s.composed + t.composed, first: s.first + t.first, any: s.any + t.any, head: s.head + t.head }), { items: 0, composed: 0, first: 0, any: 0, head: 0 });
  return [
    `composition.${name}.items: ${all.items}`,
    `composition.${name}.composed: ${all.composed}`,
    `composition.${name}.right.pct: ${pct(all.any, all.composed)}`,
    `composition.${name}.rightFirst.pct: ${pct(all.first, all.composed)}`,
    `composition.${name}.headAlone.pct: ${pct(all.head, all.items)}`,
    ...rows.map(([p, t]) => `  ${p}: ${t.items} compounds, composed ${t.composed}, right ${t.any} (${pct(t.any, t.composed)} %), first ${t.first}; head alone right ${t.head} (${pct(t.head, t.items)} %)`),
  ];
}

export async function evalComposition(): Promise<string> {
  const { full, dictionary, items, engine } = await heldOutEngine('composition');
  const examples: string[] = [];
  const counts = assetCounts(dictionary);
  const nouns = score(items.map((i) => i.word), engine, dictionary, counts, examples);
  const adjs = score(adjectives(ADJECTIVES), full, dictionary, counts, examples);
  if (process.env.COMPOSITION_EXAMPLES) process.stderr.write(`${examples.join('\n')}\n`);
  return `${[...report('nouns', nouns), ...report('adjectives', adjs)].join('\n')}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evalComposition().then((r) => process.stdout.write(r), (e: unknown) => { process.stderr.write(`${String(e)}\n`); process.exitCode = 1; });
}
