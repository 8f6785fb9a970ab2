/**
 * The worker's side of EngineApi: loads the assets once, keeps the engine and the glossaries
 * in memory, and answers calls. Kept apart from the worker entry so it reads as plain code.
 */
import { createEngine, defaultLanguage, type DictEntry, type Dictionary, type Engine, type Sentence } from '../../core';
import { fetchResourceText, glossaryLanguages } from './assets';
import { takeLexicon } from './assetsAhead';
import { CardCache, cardRequests } from './cardCache';
import { cardLookup } from './cardLookup';
import { type Glossary, loadGlossary } from './glossaryLoader';
import { ENGINE_GLOSSARY } from './glossaryThread';
import { LateDictionary } from './lateDictionary';
import type { EngineApi, ProgressCallback } from './engineApi';
import { packApi } from './packApi';
import { createQuizApi } from './quizApi';
import { markStart } from './startMarks';
import { wordKeysOf } from './wordKeys';

interface Loaded {
  engine: Engine;
  glossaries: Map<string, Glossary>;
}

/** The engine built from the lexicon, while the English glossary it is given may still be loading. */
interface Built {
  engine: Engine;
  en: Glossary;
  english: LateDictionary;
}

let building: Promise<Built> | null = null;
let loading: Promise<Loaded> | null = null;

async function build(onProgress?: ProgressCallback): Promise<Built> {
  onProgress?.({ stage: 'load', done: 0, total: 3 });
  // Two threads (issue 19): the glossary is fetched and inflated elsewhere while this one builds the engine from the
  // lexicon (fetched ahead by the worker's entry: assetsAhead.ts); the engine holds a LateDictionary meanwhile.
  const en = loadGlossary(ENGINE_GLOSSARY);
  const english = new LateDictionary();
  const lexicon = await takeLexicon();
  await en.started;
  onProgress?.({ stage: 'load', done: 1, total: 3 });
  const engine = createEngine(defaultLanguage, { lexicon, dictionary: english.dictionary });
  markStart('engine');
  onProgress?.({ stage: 'load', done: 2, total: 3 });
  return { engine, en, english };
}

async function open({ engine, en, english }: Built, onProgress?: ProgressCallback): Promise<Loaded> {
  english.set(await en.opened);
  markStart('glossary');
  onProgress?.({ stage: 'load', done: 3, total: 3 });
  return { engine, glossaries: new Map([[ENGINE_GLOSSARY, en]]) };
}

function loaded(onProgress?: ProgressCallback): Promise<Loaded> {
  if (!loading) {
    building = build(onProgress);
    loading = building.then((b) => open(b, onProgress));
    // A failed load (missing asset) may be retried by the next call.
    loading.catch(() => (loading = building = null));
  } else if (onProgress) {
    onProgress({ stage: 'load', done: 0, total: 3 });
    void loading.then(() => onProgress({ stage: 'load', done: 3, total: 3 }), () => undefined);
  }
  return loading;
}

/** The engine once built, its English glossary perhaps still loading (`loaded` waits for both). */
async function engineBuilt(): Promise<Built> {
  void loaded();
  return building!;
}

/** Other languages are fetched only when the learner picks them. */
async function glossaryFor(lang: string): Promise<Glossary> {
  const { glossaries } = await loaded();
  let g = glossaries.get(lang);
  if (!g) {
    if (!glossaryLanguages.includes(lang)) throw new Error(`no glossary for language "${lang}"`);
    const loading = loadGlossary(lang);
    loading.opened.catch(() => glossaries.delete(lang));
    glossaries.set(lang, loading);
    g = loading;
  }
  return g;
}

const cards = new CardCache();
/** The glossary language of the learner's last click: the next article's cards are prepared in it. */
let cardLang = 'en';

/**
 * Prepares the cards of an article just analysed, after the analysis is answered (issue 19: a popover in one frame),
 * less those the page has already (`shipped`, keys).
 */
function prepareCards(text: string, paragraphs: Sentence[][], shipped?: readonly string[]): void {
  const lang = cardLang;
  // At once, in reading order: a card that reads a glossary section still on its way waits for it (asked for first),
  // rather than have fflate inflate it here a second time, so the first words' cards are ready soonest.
  Promise.all([loaded(), glossaryFor(lang).then(async (g) => [g, await g.opened] as const)]).then(
    ([{ engine }, [glossary, dictionary]]) => {
      const look = cardLookup(engine, dictionary);
      cards.prepare(cardRequests(text, paragraphs.flat(), lang), (request) => glossary.attempt(() => look(request)), (err) => glossary.arrival(err), new Set(shipped));
    },
    // No glossary to prepare from: each click looks its word up and reports the failure.
    () => undefined,
  );
}

let nerLoading: Promise<void> | null = null;

/** The NER weights, fetched on the first quiz or story grouping rather than with the engine: reading needs none. */
function nerLoaded(): Promise<void> {
  const weights = defaultLanguage.facts.nerWeights;
  if (!weights || weights.provided) return Promise.resolve();
  if (!nerLoading) {
    nerLoading = fetchResourceText(weights.file).then((json) => weights.provide(json));
    // A failed fetch may be retried by the next quiz.
    nerLoading.catch(() => (nerLoading = null));
  }
  return nerLoading;
}

/** Tokens per progress report: often enough for a smooth bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 2_000;

/** The glossary's entries for a phrase the learner selected, best matches first (at most 8). */
function phraseEntries(dictionary: Dictionary, words: string[], lemmas: string[], lang: string): DictEntry[] {
  const wanted = words.map((w, i) => [w.toLowerCase(), (lemmas[i] ?? w).toLowerCase()] as const);
  const seen = new Set<string>();
  const scored: { entry: DictEntry; score: number }[] = [];
  const candidates = [words.join(' '), lemmas.join(' '), ...lemmas, ...words];
  for (const c of candidates) {
    for (const entry of dictionary.lookup(c, lang)) {
      const id = `${entry.headword}\t${entry.form ?? ''}\t${entry.senses.join('|')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const hay = ` ${(entry.form ?? entry.headword).toLowerCase()} `;
      const score = wanted.filter(([w, l]) => hay.includes(w) || hay.includes(l)).length;
      scored.push({ entry, score });
    }
  }
  const need = Math.max(2, wanted.length - 1);
  return scored
    .filter((s) => s.score >= Math.min(need, wanted.length))
    .sort((a, b) => b.score - a.score)
    .slice(0, 8)
    .map((s) => s.entry);
}

export const engineService: EngineApi = {
  async ready(onProgress) {
    await loaded(onProgress);
    return { languages: glossaryLanguages };
  },

  async analyze(text, spans, onProgress) {
    const { engine, english } = await engineBuilt();
    markStart('analysis-begun');
    // A first article (issue 19): analysed while the glossary still loads (on another thread, often the longer way),
    // the words it explains told once it has come.
    const later: (() => void)[] | undefined = english.opened ? undefined : [];
    const total = spans.reduce((n, s) => n + (s.end - s.start), 0);
    let done = 0;
    let lastReport = 0;
    const out: Sentence[][] = [];
    for (const paragraph of engine.analyzeParagraphs(text, spans, later)) {
      const span = spans[out.length]!;
      out.push(paragraph);
      done += span.end - span.start;
      if (onProgress && done - lastReport >= PROGRESS_EVERY * 6) {
        lastReport = done;
        onProgress({ stage: 'analyze', done, total });
      }
    }
    // The analysis's own run: `analysed` comes later where it waits for the glossary (bench: which of the two is the longer way).
    markStart('analysis-run');
    if (later) {
      await loaded();
      for (const cover of later) cover();
    }
    onProgress?.({ stage: 'analyze', done: total, total });
    markStart('analysed');
    prepareCards(text, out);
    return out;
  },

  async wordKeys(text, spans) {
    return wordKeysOf((await loaded()).engine.analyzeParagraphs(text, spans));
  },

  async lookupWord(word, reading, lang, context) {
    const [{ engine }, glossary] = await Promise.all([loaded(), glossaryFor(lang)]);
    const dictionary = await glossary.opened;
    cardLang = lang;
    markStart('lookup');
    // The word's reading was found in its sentence (a separable verb's joined infinitive). A click before every
    // section is at hand waits for those its card reads.
    const card = await cards.lookUp({ word, reading, lang, ...(context ? { context } : {}) }, cardLookup(engine, dictionary), (lookup) => glossary.read(lookup));
    markStart('lookup-answered');
    return card;
  },

  async prepareCards(text, paragraphs, shipped) {
    prepareCards(text, paragraphs, shipped);
  },

  async watchCards(listener) {
    cards.listen(listener);
  },

  async lookupPhrase(words, lemmas, lang) {
    const glossary = await glossaryFor(lang);
    const dictionary = await glossary.opened;
    // Its entries' sections may still be on their way (the glossary opens with its keys): waited for, as a card's.
    return glossary.read(() => phraseEntries(dictionary, words, lemmas, lang));
  },

  async lemmatize(word) {
    return (await loaded()).engine.lemmatize(word);
  },

  async split(word) {
    return (await loaded()).engine.split(word);
  },

  // Facts need the engine and the NER weights.
  ...createQuizApi(async () => (await Promise.all([loaded(), nerLoaded()]))[0].engine),
  ...packApi,
};
