import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLanguage, type Engine, prepareArticle, type WordLookup } from '../../../../src/core';
import { loadEngine } from '../../../../src/node/engineNode';
import { resourcesDir } from '../../../../src/node/paths';
import { ANALYSIS_VERSION } from '../../../../src/renderer/domain/lemmaIndex';
import { senseList } from '../../../../src/renderer/glossary/senseList';
import { cardKey } from '../../../../src/renderer/workers/cardCache';
import { cardLookup } from '../../../../src/renderer/workers/cardLookup';
import { PreparedCards } from '../../../../src/renderer/workers/preparedCards';
import { OPENING_WORDS, openingRequests, packReadings, readArticle, readingOf, type ShippedReadings } from '../../../../src/renderer/workers/shippedReadings';
import { CARD_PHRASES, PHRASE_SENSES, shownCard } from '../../../../src/renderer/workers/shownCard';

const text = 'Die Fähre nach Varnholm legt heute früher ab.\n\nIm Hafen warten die Fischer auf besseres Wetter, sagt Kapitänin Mia Lind.';
const spans = [
  { start: 0, end: 45 },
  { start: 47, end: text.length },
];

/** What the popover draws of a card (GlossaryPopover.tsx): its listed senses with their wording, phrases, parts. */
const drawn = (card: WordLookup, lemma: string) => ({
  senses: senseList(card, lemma),
  phrases: card.phrases.slice(0, CARD_PHRASES).map((p) => [p.form ?? p.headword, p.senses.slice(0, PHRASE_SENSES).join('; ')]),
  parts: (card.parts ?? []).map((p) => [p.text, p.lemma, p.link, p.modifier, p.senses[0]]),
  rest: [card.regions ?? [], card.pos, card.gender],
});

describe('the readings shipped for the bundled articles', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await loadEngine();
  }, 120_000);

  it('give back the analysis they were made from, for that very text, paragraphs and analysis version only', () => {
    const read = readArticle(engine, text, spans);
    const shipped: ShippedReadings = JSON.parse(JSON.stringify(packReadings('7', [read])));
    const reading = readingOf(shipped, text, spans, '7')!;
    expect(reading.paragraphs).toEqual(JSON.parse(JSON.stringify(read.paragraphs)));
    expect(reading.paragraphs[1]![0]!.tokens.find((t) => t.text === 'warten')!.start).toBe(text.indexOf('warten'));
    expect(readingOf(shipped, text.replace('heute', 'morgen'), spans, '7')).toBeUndefined();
    expect(readingOf(shipped, text, [{ start: 0, end: text.length }], '7')).toBeUndefined();
    expect(readingOf(shipped, text, spans, '8')).toBeUndefined();
  });

  it("ship the cards of the first words only, keyed as the popover asks, each drawn as the engine's whole card", () => {
    const read = readArticle(engine, text, spans);
    const reading = readingOf(packReadings('7', [read]), text, spans, '7')!;
    const look = cardLookup(engine, engine.dictionary!);
    const requests = openingRequests(text, read.paragraphs);
    expect(requests.map((r) => r.word)).toEqual(['Die', 'Fähre', 'nach', 'Varnholm', 'legt', 'heute', 'früher', 'ab', 'Im', 'Hafen', 'warten', 'die', 'Fischer'].slice(0, OPENING_WORDS));
    // The context of a card is its whole sentence, also where the opening ends inside it.
    expect(requests.at(-1)!.context).toContain('Lind');
    const page = new PreparedCards();
    page.ship(reading.cards);
    for (const r of requests) {
      const whole = look(r);
      expect(drawn(page.card(r)!, r.reading.lemma)).toEqual(drawn(whole, r.reading.lemma));
    }
    expect(page.card({ ...requests[0]!, lang: 'tr' })).toBeUndefined();
  });

  it('keep shipped cards when the worker starts preparing the same article', () => {
    const read = readArticle(engine, text, spans);
    const reading = readingOf(packReadings('7', [read]), text, spans, '7')!;
    const page = new PreparedCards();
    page.ship(reading.cards);
    page.receive({ reset: true, cards: [] });
    const first = openingRequests(text, read.paragraphs)[0]!;
    expect(page.card(first)).toEqual(reading.cards.find(([key]) => key === cardKey(first))![1]);
  });

  it('are what the engine gives now for every bundled article (else run `npm run build:readings`)', () => {
    const shipped = JSON.parse(gunzipSync(readFileSync(path.join(resourcesDir(), 'readings', 'bundled.json.gz'))).toString('utf8')) as ShippedReadings;
    const dir = path.join(resourcesDir(), 'articles');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(shipped.articles).toHaveLength(files.length);
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const spans = prepareArticle(defaultLanguage, text).paragraphs;
      const now = readArticle(engine, text, spans);
      const reading = readingOf(shipped, text, spans, ANALYSIS_VERSION);
      expect(reading, `${file}: no shipped reading for this text and ANALYSIS_VERSION`).toBeDefined();
      expect(reading!.paragraphs, file).toEqual(JSON.parse(JSON.stringify(now.paragraphs)));
      expect(reading!.cards.map(([, card]) => card), file).toEqual(now.cards);
    }
  }, 120_000);
});

describe('a card cut to what the popover shows', () => {
  it('keeps each listed sense with the first entry that gives it, and the first phrases and part senses', () => {
    const card: WordLookup = {
      word: 'Fähren',
      lemma: 'Fähre',
      pos: 'NOUN',
      gender: 'die',
      plural: 'Fähren',
      senses: ['ferry', '', 'ferryboat', ...Array.from({ length: 12 }, (_, i) => `boat ${i}`)],
      entries: [
        { headword: 'Fähre', grammar: ['f'], senses: ['ferry', 'boat 11'], note: '[naut.]' },
        { headword: 'Fährschiff', grammar: ['n'], senses: ['ferry', 'ferryboat', 'boat 0'], form: 'das Fährschiff' },
        { headword: 'Boot', grammar: ['n'], senses: ['boat 12'] },
      ],
      phrases: Array.from({ length: 6 }, (_, i) => ({ headword: `Fähre ${i}`, grammar: [], senses: ['a', 'b', 'c', 'd'] })),
      parts: [{ text: 'Fähr', lemma: 'Fähre', pos: 'NOUN', gender: 'die', plural: null, senses: ['ferry', 'boat'] }],
    };
    const shown = shownCard(card);
    expect(drawn(shown, 'Fähre')).toEqual(drawn(card, 'Fähre'));
    expect(shown.entries).toEqual([
      { headword: 'Fähre', grammar: [], senses: ['ferry'], note: '[naut.]' },
      { headword: 'Fährschiff', grammar: [], senses: ['ferryboat', 'boat 0'], form: 'das Fährschiff' },
    ]);
    expect(shown.phrases).toHaveLength(CARD_PHRASES);
    expect(shown.parts![0]!.senses).toEqual(['ferry']);
  });
});
