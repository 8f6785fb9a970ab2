/**
 * A compound's English composed from its parts, on compounds the glossary lists (issue 14): the click sets hold a few
 * dozen compounds the glossary lacks, too few to choose which patterns of modifier and head to compose. This check takes
 * the held-out glossary compounds `evalCompounds` draws (nouns whose head is a glossary noun by its senses), hides each
 * from the lexicon and the glossary, asks the card what it means, and counts how often a composed sense is one of the
 * glossary's own glosses of the word, word for word (`Schultyp` → school type), by pattern (the modifier's part of
 * speech, whether the glossary gives what it means at the start of compounds), beside how often the head's first sense
 * alone is one of them. Lower-case adjective compounds the glossary lists (`hochprofessionell`) are counted apart.
 * The glossary's records of what a word means at the start or end of its compounds (`Schul…`, `…typ`) were built
 * from every compound, the held-out ones too: a slight leak, the same for every pattern.
 * Standalone: `npx tsx scripts/evalComposition.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLanguage, type Dictionary, type Engine, lookupWord, mulberry32, unpackDictionary } from '../src/core';
import { resourcesDir } from '../src/node/paths';
import { glossWords } from './evalClicks';
import { heldOutEngine } from './evalCompounds';

const ADJECTIVES = 1500;
const SEED = 31;

/** The dictionary as if it lacked one word: no entry of that headword. */
function without(dictionary: Dictionary, word: string): Dictionary {
  const hidden = word.toLowerCase();
  const keep = (entries: ReturnType<Dictionary['lookup']>) => entries.filter((e) => e.headword.toLowerCase() !== hidden);
  return {
    languages: dictionary.languages,
    lookup: (lemma, lang) => keep(dictionary.lookup(lemma, lang)),
    has: (lemma, lang) => lemma.toLowerCase() !== hidden && dictionary.has(lemma, lang),
    exact: (lemma, lang) => keep(dictionary.exact?.(lemma, lang) ?? []),
    phrases: (w, lang) => keep(dictionary.phrases?.(w, lang) ?? []),
  };
}

const same = (a: string, b: string): boolean => {
  const x = glossWords(a).join(' ');
  return x !== '' && x === glossWords(b).join(' ');
};

interface Tally { items: number; composed: number; first: number; any: number; head: number }
const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 10000) / 100);

/** Composes each word's card with the word hidden, and tallies by pattern. */
function score(words: readonly string[], engine: Engine, full: Dictionary, examples: string[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const word of words) {
    const gold = (full.exact?.(word, 'en') ?? []).filter((e) => e.headword.toLowerCase() === word.toLowerCase()).flatMap((e) => e.senses);
    const card = lookupWord(word, { dictionary: without(full, word), glossary: defaultLanguage.glossary, lang: 'en', lemmatize: (w) => engine.lemmatize(w), split: (w) => engine.split(w) });
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
  const text = unpackDictionary('en', readFileSync(path.join(resourcesDir(), 'dict', 'de-en.dict.bin')));
  const words = new Set<string>();
  for (const line of text.split('\n')) {
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
  const nouns = score(items.map((i) => i.word), engine, dictionary, examples);
  const adjs = score(adjectives(ADJECTIVES), full, dictionary, examples);
  if (process.env.COMPOSITION_EXAMPLES) process.stderr.write(`${examples.join('\n')}\n`);
  return `${[...report('nouns', nouns), ...report('adjectives', adjs)].join('\n')}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evalComposition().then((r) => process.stdout.write(r), (e: unknown) => { process.stderr.write(`${String(e)}\n`); process.exitCode = 1; });
}
