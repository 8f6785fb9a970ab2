import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLanguage, lookupWord, type Engine, type Sentence, type WordLookup } from '../../../../src/core';
import { loadEngine } from '../../../../src/node/engineNode';
import { CardCache, cardKey, cardRequests, PREPARED_CARDS, type CardRequest, type Look } from '../../../../src/renderer/workers/cardCache';
import { PreparedCards } from '../../../../src/renderer/workers/preparedCards';
import { shownCard } from '../../../../src/renderer/workers/shownCard';

/** A scheduler the test drives: idle slices run when the test says so. */
function manualSchedule() {
  const tasks: (() => void)[] = [];
  return { schedule: (task: () => void) => void tasks.push(task), runAll: () => { while (tasks.length) tasks.shift()!(); } };
}

const text = 'Der Bäcker macht morgen früh seinen Laden auf. Die Kinder freuen sich über den Schnee im Garten.';

describe('the glossary card cache of the open article', () => {
  let engine: Engine;
  let sentences: Sentence[];
  let look: Look;
  beforeAll(async () => {
    engine = await loadEngine();
    sentences = engine.analyze(text).sentences;
    const dictionary = engine.dictionary!;
    look = ({ word, reading, lang, context }) =>
      lookupWord(word, { dictionary, glossary: defaultLanguage.glossary, lang, lemmatize: (w) => (w === word ? [reading] : engine.lemmatize(w)), split: (w) => engine.split(w), ...(context ? { context } : {}) });
  }, 120_000);

  const noLookup: Look = () => {
    throw new Error('looked up again');
  };

  it('asks for each word as the popover does: the reading of its sentence (a separable verb joined) and the sentence as context', () => {
    const requests = cardRequests(text, sentences, 'en');
    const macht = requests.find((r) => r.word === 'macht')!;
    expect(macht.reading.lemma).toBe('aufmachen');
    // The sentence's words and its clause breaks (core's contextWords: the full stop).
    expect(macht.context).toEqual(['Der', 'Bäcker', 'macht', 'morgen', 'früh', 'seinen', 'Laden', 'auf', ',']);
    expect(requests.find((r) => r.word === 'Schnee')!.context).toContain('Garten');
    expect(requests.some((r) => r.word === '.')).toBe(false);
  });

  it('answers every word of a prepared article from the cache, with the card a direct lookup gives', () => {
    const { schedule, runAll } = manualSchedule();
    const cache = new CardCache(schedule);
    const requests = cardRequests(text, sentences, 'en');
    cache.prepare(requests, look);
    runAll();
    expect(cache.size).toBe(requests.length);
    for (const r of requests) expect(cache.card(r, noLookup)).toEqual(look(r));
  });

  it('looks a word up when its context or language differs from the prepared one, and drops the previous article when the next is prepared', () => {
    const { schedule, runAll } = manualSchedule();
    const cache = new CardCache(schedule);
    const requests = cardRequests(text, sentences, 'en');
    cache.prepare(requests, look);
    runAll();
    const freuen = requests.find((r) => r.word === 'freuen')!;
    const elsewhere: CardRequest = { ...freuen, context: ['Wir', 'freuen', 'uns'] };
    expect(() => cache.card(elsewhere, noLookup)).toThrow('looked up again');
    expect(() => cache.card({ ...freuen, lang: 'tr' }, noLookup)).toThrow('looked up again');

    const other = 'Im Winter schneit es oft.';
    cache.prepare(cardRequests(other, engine.analyze(other).sentences, 'en'), look);
    expect(() => cache.card(freuen, noLookup)).toThrow('looked up again');
  });

  it('prepares the first words of a very long text only, and looks the rest up when clicked', () => {
    const { schedule, runAll } = manualSchedule();
    const cache = new CardCache(schedule);
    const requests: CardRequest[] = Array.from({ length: PREPARED_CARDS + 50 }, (_, i) => ({ word: `Wort${i}`, reading: { lemma: `Wort${i}`, upos: 'NOUN' }, lang: 'en' }));
    const card = look(requests[0]!);
    cache.prepare(requests, () => card);
    runAll();
    expect(cache.size).toBe(PREPARED_CARDS);
    expect(cache.card(requests[0]!, noLookup)).toBe(card);
    expect(() => cache.card(requests.at(-1)!, noLookup)).toThrow('looked up again');
  });

  it('keeps preparing the other words when one lookup fails, and answers a click before the idle work is done', () => {
    const { schedule, runAll } = manualSchedule();
    const cache = new CardCache(schedule);
    const requests = cardRequests(text, sentences, 'en');
    const last = requests.at(-1)!;
    // Before any idle slice ran: the click is looked up at once.
    cache.prepare(requests, (r) => (r.word === 'Bäcker' ? noLookup(r) : look(r)));
    expect(cache.card(last, look)).toEqual(look(last));
    runAll();
    expect(cache.size).toBe(requests.length - 1);
    expect(cache.card(requests.find((r) => r.word === 'Garten')!, noLookup).entries.length).toBeGreaterThan(0);
  });
  it('prepares on from a word clicked before its card was ready, and the words it passed over last', async () => {
    const { schedule, runAll } = manualSchedule();
    const cache = new CardCache(schedule);
    const order: string[] = [];
    cache.listen((batch) => batch.cards.forEach(([, card]) => order.push((JSON.parse(card) as WordLookup).word)));
    const requests = cardRequests(text, sentences, 'en');
    cache.prepare(requests, look);
    const schnee = requests.find((r) => r.word === 'Schnee')!;
    expect(await cache.lookUp(schnee, look, async (lookup) => lookup())).toEqual(look(schnee));
    runAll();
    const at = requests.indexOf(schnee);
    expect(order).toEqual([...requests.slice(at + 1), ...requests.slice(0, at + 1)].map((r) => r.word));
  });

  it.each([
    ['a word not prepared yet', false],
    ['a word whose preparation is under way', true],
  ])("keeps a click's card (%s) only from the run that read every glossary section it needs", async (_, preparing) => {
    const cache = new CardCache(manualSchedule().schedule);
    const requests = cardRequests(text, sentences, 'en');
    if (preparing) cache.prepare(requests, look);
    const schnee = requests.find((r) => r.word === 'Schnee')!;
    // As Glossary.read does: a first run goes on without a section still loading (core's PASSED_OVER: its senses read
    // as absent), and the lookup runs again once the section has come.
    let loading = true;
    const partial: Look = (r) => (loading ? { ...look(r), senses: [], entries: [] } : look(r));
    const read = async <T,>(lookup: () => T): Promise<T> => {
      lookup();
      loading = false;
      await Promise.resolve();
      return lookup();
    };
    expect(await cache.lookUp(schnee, partial, read)).toEqual(look(schnee));
    expect(cache.card(schnee, noLookup)).toEqual(look(schnee));
  });

  it("hands the page every prepared card as the popover shows it, so a click there draws the card a direct lookup gives, and the page drops them with the article", () => {
    const { schedule, runAll } = manualSchedule();
    const cache = new CardCache(schedule);
    const page = new PreparedCards();
    cache.listen((batch) => page.receive(batch));
    const requests = cardRequests(text, sentences, 'en');
    cache.prepare(requests, look);
    // Nothing reaches the page before the worker had idle time: those clicks still ask the worker.
    expect(page.card(requests[0]!)).toBeUndefined();
    runAll();
    expect(page.size).toBe(requests.length);
    // Cut to what the popover shows (shownCard.ts): the entries' grammar, senses past the listed ones and a phrase's
    // further senses never reach the page.
    for (const r of requests) expect(page.card(r)).toEqual(shownCard(look(r)));
    const schnee = requests.find((r) => r.word === 'Schnee')!;
    expect(look(schnee).entries[0]!.grammar.length).toBeGreaterThan(0);
    expect(page.card(schnee)!.entries[0]!.grammar).toEqual([]);
    // The popover asks with its own objects: equal requests find the card.
    expect(page.card({ word: 'Schnee', reading: { ...schnee.reading }, lang: 'en', context: [...schnee.context!] })).toEqual(shownCard(look(schnee)));
    expect(page.card({ ...schnee, lang: 'tr' })).toBeUndefined();

    const other = 'Im Winter schneit es oft.';
    cache.prepare(cardRequests(other, engine.analyze(other).sentences, 'en'), look);
    expect(page.card(schnee)).toBeUndefined();
    runAll();
    expect(page.card(cardRequests(other, engine.analyze(other).sentences, 'en').find((r) => r.word === 'Winter')!)?.lemma).toBe('Winter');
  });

  it('prepares a card whose glossary section is still loading once it has come, before the words after it, and a newer article takes over', async () => {
    const { schedule, runAll } = manualSchedule();
    const cache = new CardCache(schedule);
    const page = new PreparedCards();
    const order: string[] = [];
    cache.listen((batch) => batch.cards.forEach(([, card]) => order.push((JSON.parse(card) as WordLookup).word)));
    const requests = cardRequests(text, sentences, 'en');
    const loading = new Error('section still loading');
    let arrive = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    let loaded = false;
    const later = (err: unknown) => (err === loading ? arrived : undefined);
    cache.prepare(requests, (r) => {
      if (r.word === 'macht' && !loaded) throw loading;
      return look(r);
    }, later);
    runAll();
    // Stopped at the word whose section is on its way: nothing after it yet.
    expect(order).toEqual(['Der', 'Bäcker']);
    loaded = true;
    arrive();
    await arrived;
    await Promise.resolve();
    runAll();
    expect(order).toEqual(requests.map((r) => r.word));
    cache.listen((batch) => page.receive(batch));

    // Waiting for a section when the next article comes: the next article's cards are prepared, the first's never again.
    let never = () => {};
    const waiting = new Promise<void>((resolve) => (never = resolve));
    cache.prepare(requests, () => {
      throw loading;
    }, () => waiting);
    runAll();
    const other = 'Im Winter schneit es oft.';
    const next = cardRequests(other, engine.analyze(other).sentences, 'en');
    cache.prepare(next, look);
    runAll();
    never();
    await waiting;
    await Promise.resolve();
    runAll();
    expect(cache.size).toBe(next.length);
    expect(page.card(next.find((r) => r.word === 'Winter')!)?.lemma).toBe('Winter');
  });

  it('leaves out the cards the page has already (a bundled article\'s shipped ones), and prepares the first after them first', () => {
    const { schedule, runAll } = manualSchedule();
    const cache = new CardCache(schedule);
    const order: string[] = [];
    cache.listen((batch) => batch.cards.forEach(([, card]) => order.push((JSON.parse(card) as WordLookup).word)));
    const requests = cardRequests(text, sentences, 'en');
    const shipped = new Set(requests.slice(0, 3).map(cardKey));
    cache.prepare(requests, look, undefined, shipped);
    runAll();
    expect(order).toEqual(requests.slice(3).map((r) => r.word));
    expect(() => cache.card(requests[0]!, noLookup)).toThrow('looked up again');
  });
});
