/**
 * Glossary cards of the article the reader has open, prepared in idle time right after its analysis (issue 19): a
 * click is then answered from a Map, not by dictionary searches whose first calls also pay for the JIT's warm-up.
 * A card depends on the word, its reading in its sentence, the sentence's words and the glossary language; all of
 * them make the key, so a card from the cache is the card a direct lookup gives.
 */
import { clickReading, contextWords, isWordToken, type LemmaCandidate, type Sentence, statusKey, type WordLookup } from '../../core';
import { afterWaitingMessages } from './afterWaitingMessages';
import { shownCard } from './shownCard';
import { markStart } from './startMarks';

/** What the popover asks for a word (EngineApi.lookupWord's arguments). */
export interface CardRequest {
  word: string;
  reading: LemmaCandidate;
  lang: string;
  context?: string[];
}

export type Look = (request: CardRequest) => WordLookup;

/** Runs `task` soon, after messages already waiting (a click) have been answered. */
export type Schedule = (task: () => void) => void;

/**
 * For a lookup that failed because what it reads is still loading (the glossary's sections, issue 19): a promise of
 * its arrival, after which the card is prepared again; undefined for any other failure.
 */
export type Later = (err: unknown) => Promise<void> | undefined;

/** A card's key: every part of the request it depends on (the popover's side computes it too, engineClient.ts). */
export const cardKey = (r: CardRequest) => JSON.stringify([r.lang, r.word, r.reading.lemma, r.reading.upos, r.reading.gender ?? '', r.reading.person ?? false, r.context ?? []]);

/**
 * Cards prepared in one idle slice, sent to the page so that a click there is answered without a message to this
 * worker (issue 19: a popover in one frame); `reset` when a new article's preparation drops the previous one's.
 * Each card is sent as the popover shows it (`shownCard`), in JSON that the page parses on the card's click: sent as
 * objects, the page rebuilt every card's few dozen objects as the batches came, 2 ms a batch and a burst of 60-120 ms
 * over the first clicks on a freshly analysed text, which waited behind it; a string is copied whole.
 */
export interface CardBatch {
  reset: boolean;
  cards: [key: string, shownJson: string][];
}

export type CardListener = (batch: CardBatch) => void;

/** Worker time per idle slice: short, so a click that arrives meanwhile waits at most this long. */
const SLICE_MS = 4;

/**
 * Cards prepared per article, in reading order: a news article has a few hundred distinct words in their sentences; a
 * long own text or an imported word list would otherwise keep the worker busy and its memory growing for pages the
 * learner may never click (those words are looked up on the click, as before).
 */
export const PREPARED_CARDS = 3_000;

/**
 * The requests the reader's popover will make for the words of `sentences` (offsets into `text`), in reading order,
 * each once: the same reading and context as the popover builds from the reader's document.
 */
export function cardRequests(text: string, sentences: readonly Sentence[], lang: string): CardRequest[] {
  const seen = new Set<string>();
  const out: CardRequest[] = [];
  for (const s of sentences) {
    const context = contextWords(text.slice(s.start, s.end));
    for (const t of s.tokens) {
      if (!isWordToken(t)) continue;
      const request: CardRequest = { word: t.text, reading: clickReading(statusKey(t), t), lang, context };
      const key = cardKey(request);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(request);
    }
  }
  return out;
}

export class CardCache {
  private cards = new Map<string, WordLookup>();
  private queue: { request: CardRequest; key: string; look: Look; later?: Later | undefined }[] = [];
  private next = 0;
  private running = false;
  private listener: CardListener | undefined;

  constructor(private readonly schedule: Schedule = afterWaitingMessages()) {}

  /** The card for `request`, from the cache when prepared, else looked up now (and kept); `key` is `request`'s. */
  card(request: CardRequest, look: Look, key = cardKey(request)): WordLookup {
    let card = this.cards.get(key);
    if (!card) {
      card = look(request);
      this.cards.set(key, card);
    }
    return card;
  }

  /**
   * The card for a click: from the cache when prepared, else looked up through `read` (a host that runs `look` again
   * until a run read everything it needs, Glossary.read) and kept once that run has answered. Kept inside `read`, the
   * card of a first run that went on without a glossary section still loading was answered by the next run, without
   * the senses that section held (issue 19: a first click's card showed no meanings).
   */
  async lookUp(request: CardRequest, look: Look, read: <T>(lookup: () => T) => Promise<T>): Promise<WordLookup> {
    const key = cardKey(request);
    const kept = this.cards.get(key);
    if (kept) return kept;
    this.prepareOnFrom(key);
    const card = await read(() => look(request));
    this.cards.set(key, card);
    return card;
  }

  /** Hears of the cards each idle slice prepares (one listener: the page's). */
  listen(listener: CardListener): void {
    this.listener = listener;
  }

  /**
   * Prepares the cards of a newly opened article in slices between other calls; the previous article's cards are
   * dropped, so the worker keeps one article's worth. A card whose lookup waits for something still loading (`later`)
   * is prepared again once it has come, before the next ones: cards come in reading order, the first words' first.
   * Those the page has already (`shipped`: a bundled article's opening cards) are left out, so the first cards after
   * them are ready sooner: preparing them again, the worker's coldest lookups, came first (issue 19).
   */
  prepare(requests: readonly CardRequest[], look: Look, later?: Later, shipped: ReadonlySet<string> = new Set()): void {
    markStart('cards-begun');
    this.cards.clear();
    this.listener?.({ reset: true, cards: [] });
    this.queue = requests
      .slice(0, PREPARED_CARDS)
      .map((request) => ({ request, key: cardKey(request), look, later }))
      .filter(({ key }) => !shipped.has(key));
    this.next = 0;
    if (!this.running) {
      this.running = true;
      this.schedule(() => this.slice());
    }
  }

  /**
   * A click on a word whose card is still to come: the learner reads there, so the preparation goes on from the words
   * after it, and those it passed over come last. In reading order throughout, a learner who scrolled down to click
   * found every next word beside it unprepared too, each asked of this worker while it prepared the words above
   * (issue 19: the slowest clicks of a freshly analysed 1,000-word text). The queue is the same array, reordered, so
   * a slice waiting for a glossary section still knows it is this article's.
   */
  private prepareOnFrom(key: string): void {
    const queue = this.queue;
    for (let i = this.next; i < queue.length; i++) {
      if (queue[i]!.key !== key) continue;
      queue.splice(this.next, 0, ...queue.splice(i + 1));
      return;
    }
  }

  /** Cards prepared or looked up so far (for tests and the bench). */
  get size(): number {
    return this.cards.size;
  }

  private slice(): void {
    const until = performance.now() + SLICE_MS;
    const prepared: CardBatch['cards'] = [];
    const queue = this.queue;
    let waitFor: Promise<void> | undefined;
    while (this.next < queue.length && performance.now() < until) {
      const { request, key, look, later } = queue[this.next++]!;
      try {
        prepared.push([key, JSON.stringify(shownCard(this.card(request, look, key)))]);
      } catch (err) {
        // Still loading: this card again once it has come. Any other failure is left out: the click looks the word
        // up again and the popover shows what went wrong.
        waitFor = later?.(err);
        if (waitFor) {
          this.next--;
          break;
        }
      }
    }
    if (prepared.length > 0) {
      markStart('cards-prepared');
      this.listener?.({ reset: false, cards: prepared });
    }
    if (this.next >= queue.length) {
      this.running = false;
      this.queue = [];
    } else if (waitFor) {
      // Not running while it waits: a newer article's preparation (prepare) starts its own slices, and this one stops.
      this.running = false;
      void waitFor.then(() => {
        if (this.queue !== queue || this.running) return;
        this.running = true;
        this.schedule(() => this.slice());
      });
    } else this.schedule(() => this.slice());
  }
}
