/**
 * The glossary on random clicks (issue 14): for each annotated token of eval/clicks/dev.jsonl, what
 * the reader's popover would show — the word's status key as lemma, the analysed token's gender,
 * and core `lookupWord` given the token's reading in its sentence, as the engine worker calls it —
 * scored against the annotation (eval/clicks/README.md). The misses go to a file, with a cause
 * each, so the glossary's owner can see what to fix; the figures go to `npm run eval`.
 * Standalone: `npx tsx scripts/evalClicks.ts` prints the figures and the causes; `LESESTOFF_RESOURCES=DIR` scores the
 * assets in DIR instead of resources/ (a glossary built elsewhere, before it replaces the committed one).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clickArticle, clickReading, contextWords, defaultLanguage, type DictEntry, type Engine, lookupWord, paragraphSpans, phraseWords, statusKey, type Token, type WordLookup } from '../src/core';
import { loadEngine } from '../src/node/engineNode';
import type { ClickSample } from './sampleClicks';

const SHARED = process.env.LESESTOFF_SHARED ?? '/work/shared';
const SET = fileURLToPath(new URL('../eval/clicks/dev.jsonl', import.meta.url));
/** Separable verbs, superlatives and umlaut plurals drawn on purpose: random clicks bring too few of them. */
const HARD_SET = fileURLToPath(new URL('../eval/clicks/hard.jsonl', import.meta.url));
/**
 * Drawn and annotated like dev.jsonl by another annotator, after the glossary had been tuned on dev.jsonl's misses:
 * the figure that says how far those rules carry to clicks nobody tuned on. Its misses are not written, so no rule is
 * read off them.
 */
const HELD_OUT_SET = fileURLToPath(new URL('../eval/clicks/heldout.jsonl', import.meta.url));
/**
 * A second blind draw, annotated on 2026-12-06 after a ranking choice had been made with held-out's figure in sight:
 * the figure to trust for unseen news. Like held-out, its misses are not written.
 */
const HELD_OUT2_SET = fileURLToPath(new URL('../eval/clicks/heldout2.jsonl', import.meta.url));
/**
 * A second random draw, annotated by a third annotator after held-out had been scored: development data like dev.jsonl
 * (its misses are written, to be read for classes), on clicks no rule was yet written against.
 */
const DEV2_SET = fileURLToPath(new URL('../eval/clicks/dev2.jsonl', import.meta.url));
/**
 * A third random draw, annotated while the sense ranking was being reworked against the older sets' misses: fresh
 * development data (its misses are written) and the current estimate of what a learner meets in unseen news.
 */
const DEV3_SET = fileURLToPath(new URL('../eval/clicks/dev3.jsonl', import.meta.url));
/**
 * A fourth random draw, annotated when the older development sets ran 8–11 points above held-out because rules had been
 * written against their misses: fresh misses (written) for the sense ranking, and again an estimate of unseen news.
 */
const DEV4_SET = fileURLToPath(new URL('../eval/clicks/dev4.jsonl', import.meta.url));
/**
 * A fifth random draw, annotated on 2026-12-07 after the sense ranking had been written against dev4's misses too:
 * fresh misses (written) for the glossary work, and again an estimate of unseen news beside the blind sets.
 */
const DEV5_SET = fileURLToPath(new URL('../eval/clicks/dev5.jsonl', import.meta.url));
const MISSES = process.env.CLICKS_MISSES ?? path.join(os.tmpdir(), 'lesestoff-clicks-misses.tsv');
/**
 * The development clicks whose card has a right sense but not first, with its rank: S saves the first sense, and the
 * misses above do not list a right sense shown second or third, so a rule for the plain sense first (issue 14) is
 * written against these. Held-out's are not written, as above.
 */
const FIRST_MISSES = process.env.CLICKS_FIRST_MISSES ?? path.join(os.tmpdir(), 'lesestoff-clicks-first-misses.tsv');
/** The popover lists every sense; a learner reads the first few, and S saves the first. */
const SHOWN = 3;

/** A drawn click (scripts/sampleClicks.ts) with its annotation. */
export interface ClickItem extends ClickSample {
  /** Set aside by the annotator (a name, an auxiliary …): not scored. */
  exclude?: string;
  lemma?: string;
  lemmaAlt?: string[];
  pos?: string;
  gender?: string;
  genderAlt?: string[];
  senses?: string[];
  hard?: 'compound' | 'separable' | 'umlaut-plural' | 'superlative' | 'participle' | 'none';
  head?: string;
  headAlt?: string[];
}

type Scored = Required<Pick<ClickItem, 'lemma' | 'senses' | 'hard'>> & ClickItem;

export interface ClickMiss {
  id: string;
  what: 'token' | 'lemma' | 'gender' | 'meaning' | 'head' | 'first';
  cause: string;
  text: string;
  shown: string;
  gold: string;
  sentence: string;
}

/** What the popover shows for one click (also the article scored against GSD's genders by evalMorph.ts). */
export interface Shown {
  token: Token;
  lemma: string;
  gender: string | undefined;
  card: WordLookup;
  /** The meanings a learner reads first and where they come from. */
  meanings: string[];
  from: 'senses' | 'head part' | 'nothing';
}

// ---- matching a shown sense against the annotated ones ----------------------------------------

/** "to announce sth. (officially)" → "announce": the words a learner takes from a gloss. */
export function glossWords(gloss: string): string[] {
  const plain = gloss
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>/g, ' ')
    .replace(/\b(sth|sb)\.(\/(sth|sb)\.)?/g, ' ')
    .replace(/^\s*to\s+/, ' ')
    // The glossary writes a typographic apostrophe (o’clock, one’s), annotators a straight one: the same word.
    .replace(/’/g, "'");
  // Hyphens join words loosely in English glosses: "catch-up" is "catch up".
  return (plain.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []).filter((w) => !ARTICLES.has(w)).map(singular);
}

/** "head of the government" says "head of government": English articles carry no meaning a learner looks up. */
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "terrorists" for Terroristen is "terrorist": number is the German word's, not the sense's, so a regular English
 * plural is matched as its singular (not -ss, -us, -is words: "process", "status", "crisis").
 */
const singular = (w: string): string =>
  w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && /[^sui]s$/.test(w) ? w.slice(0, -1) : w;

const containsRun = (hay: string[], needle: string[]): boolean =>
  needle.length > 0 && hay.some((_, i) => needle.every((w, j) => hay[i + j] === w));

/** A shown sense is right when one of its glosses holds an annotated sense as whole words. */
export function senseMatches(shown: string, gold: readonly string[]): boolean {
  return shown.split(';').some((gloss) => {
    const words = glossWords(gloss);
    return gold.some((g) => containsRun(words, glossWords(g)));
  });
}

/** Where on the card the first right sense stands (0 first), or -1 where none is right. */
export const rightAt = (senses: readonly string[], gold: readonly string[]): number => senses.findIndex((sense) => senseMatches(sense, gold));

// ---- what the popover shows ----------------------------------------------------------------------

/** Articles as a set, so "der/die" matches however the app writes both. */
const articles = (g: unknown): string =>
  (Array.isArray(g) ? g.join('/') : typeof g === 'string' ? g : '').split('/').filter(Boolean).sort().join('/');

export function shownOnClick(engine: Engine, token: Token, sentence: string): Shown {
  const dictionary = engine.dictionary!;
  const lemma = statusKey(token);
  // As the popover asks the engine worker, with core's click context: the clicked word gets its reading from the
  // sentence, compound parts are read alone, and the sentence's words choose among senses.
  const reading = clickReading(lemma, token);
  const deps = {
    dictionary,
    glossary: defaultLanguage.glossary,
    lang: 'en',
    lemmatize: (w: string) => (w === token.text ? [reading] : engine.lemmatize(w)),
    split: (w: string) => engine.split(w),
    context: contextWords(sentence),
  };
  const card = lookupWord(token.text, deps);
  const head = card.parts && card.parts.length > 1 ? card.parts[card.parts.length - 1]!.senses[0] : undefined;
  const [meanings, from]: [string[], Shown['from']] =
    card.senses.length > 0 ? [card.senses.slice(0, SHOWN), 'senses'] : head ? [[head], 'head part'] : [[], 'nothing'];
  // The article the popover writes before the lemma.
  return { token, lemma, gender: articles(clickArticle(token, card.gender)) || undefined, card, meanings, from };
}

// ---- causes, so that the misses say what to fix ---------------------------------------------------

const isPhrase = (e: DictEntry) => e.form !== undefined && phraseWords(e.form.toLowerCase(), defaultLanguage.glossary).length > 1;

function meaningCause(engine: Engine, item: Scored, s: Shown, lemmaRight: boolean): string {
  if (!lemmaRight) return 'wrong lemma';
  if (s.from === 'nothing') return item.hard === 'compound' && !s.card.parts ? 'no entry, compound not split' : 'no entry';
  if (s.from === 'head part') return 'head part only, wrong meaning';
  const at = rightAt(s.card.senses, item.senses);
  const exact = s.card.entries.filter((e) => e.headword.toLowerCase() === s.lemma.toLowerCase());
  const firstFrom = exact.find((e) => e.senses.includes(s.meanings[0]!));
  if (at >= SHOWN) return firstFrom && isPhrase(firstFrom) ? 'phrase entry first' : `right sense below the first three (${at + 1}.)`;
  // A card the glossary has no entry for, whose senses the engine built from the word's parts (`Schule + Typ`).
  if (s.card.entries[0]?.form?.includes(' + ')) return 'built from parts, wrong meaning';
  const elsewhere = engine.dictionary!.lookup(s.lemma, 'en').some((e) => e.senses.some((sense) => senseMatches(sense, item.senses)));
  return elsewhere ? 'right sense only in a phrase or another headword' : 'entry lacks the sense: homograph or gap';
}

// ---- the run -------------------------------------------------------------------------------------

export function readClickSet(file = SET): ClickItem[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ClickItem);
}

/** Every news file analysed once, paragraph by paragraph as the reader does, with file offsets. */
function analyseFile(engine: Engine, text: string): { sentence: Token[] }[] {
  const out: { sentence: Token[] }[] = [];
  for (const span of paragraphSpans(text))
    for (const s of engine.analyze(text.slice(span.start, span.end)).sentences)
      out.push({ sentence: s.tokens.map((t) => ({ ...t, start: t.start + span.start, end: t.end + span.start })) });
  return out;
}

const pct = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 10000) / 100);

export interface ClickReport {
  figures: Record<string, number>;
  misses: ClickMiss[];
  /** Clicks whose card has a right sense, not first: the sense the card shows first, and the right one's rank as cause. */
  firstMisses: ClickMiss[];
  /** Meaning misses by cause, most frequent first. */
  causes: [string, number][];
  /** Hard items by what makes them hard: [right meaning in the first three, items]. */
  byKind: [string, [number, number]][];
}

export async function clickReport(items: ClickItem[] = readClickSet()): Promise<ClickReport> {
  const engine = await loadEngine(process.env.LESESTOFF_RESOURCES);
  if (!engine.dictionary) throw new Error('clicks: dictionary assets missing (npm run build:dict)');
  const files = new Map<string, { text: string; sentences: { sentence: Token[] }[] }>();
  const misses: ClickMiss[] = [];
  const firstMisses: ClickMiss[] = [];
  const byKind = new Map<string, [number, number]>();
  const count = { items: 0, lemma: 0, nouns: 0, gender: 0, meaning: 0, first: 0, hard: 0, hardMeaning: 0, compounds: 0, heads: 0 };
  for (const raw of items) {
    if (raw.exclude || !raw.lemma || !raw.senses || !raw.hard) continue;
    const item = raw as Scored;
    count.items++;
    let file = files.get(item.file);
    if (!file) {
      const text = readFileSync(path.join(SHARED, 'eval', 'news', item.file), 'utf8');
      file = { text, sentences: analyseFile(engine, text) };
      files.set(item.file, file);
    }
    const { text, sentences } = file;
    const hit = sentences.find(({ sentence }) => sentence.some((t) => t.start <= item.start && item.start < t.end));
    const token = hit?.sentence.find((t) => t.start <= item.start && item.start < t.end);
    const miss = (what: ClickMiss['what'], cause: string, shown: string, gold: string) =>
      misses.push({ id: item.id, what, cause, text: item.text, shown, gold, sentence: item.sentence });
    const kind = item.hard === 'none' ? undefined : (byKind.get(item.hard) ?? byKind.set(item.hard, [0, 0]).get(item.hard)!);
    if (kind) {
      count.hard++;
      kind[1]++;
    }
    if (item.gender) count.nouns++;
    if (item.hard === 'compound') count.compounds++;
    if (!hit || !token || token.start !== item.start || token.end !== item.end) {
      // Cut differently than when the set was drawn: the click is on another word, and counts as missed.
      miss('token', 'segmentation', token?.text ?? '', item.text);
      continue;
    }
    // The reader's sentence text, as the popover gets it.
    const s = shownOnClick(engine, token, text.slice(hit.sentence[0]!.start, hit.sentence.at(-1)!.end));

    const lemmaRight = [item.lemma, ...(item.lemmaAlt ?? [])].some((l) => l.normalize('NFC') === s.lemma.normalize('NFC'));
    if (lemmaRight) count.lemma++;
    else miss('lemma', s.lemma.toLowerCase() === item.lemma.toLowerCase() ? 'capital letter' : `${item.hard === 'none' ? 'plain' : item.hard} word tagged ${token.upos}`, s.lemma, item.lemma);

    if (item.gender) {
      const want = [item.gender, ...(item.genderAlt ?? [])].map(articles);
      if (s.gender && want.includes(s.gender)) count.gender++;
      else miss('gender', !s.gender ? (token.upos === 'NOUN' ? 'no gender' : `tagged ${token.upos}`) : item.gender.includes('/') ? 'one article of two' : 'wrong gender', s.gender ?? '', item.gender);
    }

    const right = s.meanings.some((m) => senseMatches(m, item.senses));
    if (right) {
      count.meaning++;
      if (kind) {
        count.hardMeaning++;
        kind[0]++;
      }
    } else miss('meaning', meaningCause(engine, item, s, lemmaRight), s.meanings.join(' | ') || '—', item.senses.join('; '));
    if (s.meanings[0] !== undefined && senseMatches(s.meanings[0], item.senses)) count.first++;
    const at = s.from === 'senses' ? rightAt(s.card.senses, item.senses) : -1;
    if (at > 0) firstMisses.push({ id: item.id, what: 'first', cause: `right sense ${at + 1}.`, text: item.text, shown: s.card.senses[0]!, gold: item.senses.join('; '), sentence: item.sentence });

    if (item.hard === 'compound' && item.head) {
      const parts = s.card.parts;
      const head = parts && parts.length > 1 ? parts[parts.length - 1]!.lemma : '';
      if ([item.head, ...(item.headAlt ?? [])].some((h) => h.toLowerCase() === head.toLowerCase())) count.heads++;
      else miss('head', head ? 'wrong head' : 'not split', head, item.head);
    }
  }
  const causes = new Map<string, number>();
  for (const m of misses) {
    // The rank stays in the file; the summary counts the kind.
    const kind = m.cause.replace(/ \(.*\)$/, '');
    if (m.what === 'meaning') causes.set(kind, (causes.get(kind) ?? 0) + 1);
  }
  return {
    figures: {
      'clicks.items': count.items,
      'clicks.lemma.pct': pct(count.lemma, count.items),
      'clicks.gender.pct': pct(count.gender, count.nouns),
      'clicks.gender.nouns': count.nouns,
      'clicks.meaningTop3.pct': pct(count.meaning, count.items),
      'clicks.meaningFirst.pct': pct(count.first, count.items),
      'clicks.hard.meaningTop3.pct': pct(count.hardMeaning, count.hard),
      'clicks.hard.items': count.hard,
      'clicks.compoundHead.pct': pct(count.heads, count.compounds),
      'clicks.compounds': count.compounds,
    },
    misses,
    firstMisses,
    causes: [...causes].sort((a, b) => b[1] - a[1]),
    byKind: [...byKind].sort((a, b) => b[1][1] - a[1][1]),
  };
}

const tsv = (m: ClickMiss) => [m.id, m.what, m.cause, m.text, m.shown, m.gold, m.sentence].map((v) => v.replace(/[\t\n]/g, ' ')).join('\t');

const kinds = (byKind: ClickReport['byKind']) => byKind.map(([k, [right, n]]) => `${k} ${right}/${n}`).join(', ');

/** A random-click set's figures under `prefix`, its hard items by kind and its meaning misses by cause. */
const randomClicks = (r: ClickReport, prefix: string): string[] => [
  ...Object.entries(r.figures).map(([k, v]) => `${k.replace('clicks.', prefix)}: ${v}`),
  `hard items, right meaning in the first three: ${kinds(r.byKind)}`,
  `meaning misses by cause: ${r.causes.map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`,
];

/** `npm run eval`'s section: the figures of every set, the meaning misses by cause, and where the misses were written. */
export async function evalClicks(): Promise<string> {
  const dev = await clickReport(readClickSet(SET));
  const dev2 = await clickReport(readClickSet(DEV2_SET));
  const dev3 = await clickReport(readClickSet(DEV3_SET));
  const dev4 = await clickReport(readClickSet(DEV4_SET));
  const dev5 = await clickReport(readClickSet(DEV5_SET));
  const hard = await clickReport(readClickSet(HARD_SET));
  const heldOut = await clickReport(readClickSet(HELD_OUT_SET));
  const heldOut2 = await clickReport(readClickSet(HELD_OUT2_SET));
  const misses = [...dev.misses, ...dev2.misses, ...dev3.misses, ...dev4.misses, ...dev5.misses, ...hard.misses];
  const header = 'id\twhat\tcause\ttext\tshown\tgold\tsentence';
  writeFileSync(MISSES, [header, ...misses.map(tsv)].join('\n') + '\n');
  const firstMisses = [...dev.firstMisses, ...dev2.firstMisses, ...dev3.firstMisses, ...dev4.firstMisses, ...dev5.firstMisses, ...hard.firstMisses];
  writeFileSync(FIRST_MISSES, [header, ...firstMisses.map(tsv)].join('\n') + '\n');
  const supplement = ['items', 'lemma.pct', 'gender.pct', 'meaningTop3.pct', 'meaningFirst.pct'] as const;
  return [
    ...randomClicks(dev, 'clicks.'),
    ...randomClicks(dev2, 'clicks.dev2.'),
    ...randomClicks(dev3, 'clicks.dev3.'),
    ...randomClicks(dev4, 'clicks.dev4.'),
    ...randomClicks(dev5, 'clicks.dev5.'),
    ...supplement.map((k) => `clicks.hardWords.${k}: ${hard.figures[`clicks.${k}`]}`),
    `hard words (eval/clicks/hard.jsonl), right meaning in the first three: ${kinds(hard.byKind)}`,
    ...Object.entries(heldOut.figures).map(([k, v]) => `${k.replace('clicks.', 'clicks.heldOut.')}: ${v}`),
    ...Object.entries(heldOut2.figures).map(([k, v]) => `${k.replace('clicks.', 'clicks.heldOut2.')}: ${v}`),
    `misses (${misses.length}): ${MISSES}`,
    `right sense not first (${firstMisses.length}): ${FIRST_MISSES}`,
  ].join('\n') + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evalClicks().then((out) => process.stdout.write(out), (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exitCode = 1;
  });
}
