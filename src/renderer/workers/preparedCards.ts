/**
 * The page's copy of the open article's glossary cards (issue 19: a popover in one frame). The engine worker prepares
 * them in idle time after an analysis (cardCache.ts) and sends each slice's cards here, so a click on a prepared word
 * draws its card in the click's own frame, with no message to the worker and back (which waited behind the page's
 * other tasks). Keyed as the worker keys them, so a card found here draws as the card the worker would answer.
 */
import { type CardBatch, cardKey, type CardRequest } from './cardCache';
import type { WordLookup } from '../../core';
import { markStart } from './startMarks';

export class PreparedCards {
  /** Each card as the popover shows it, in JSON (`CardBatch`): parsed when its word is clicked. */
  private cards = new Map<string, string>();
  /**
   * Cards shipped with the app for bundled articles' opening words (shippedReadings.ts), kept apart: the worker's reset
   * for the article they belong to comes after them, and a card is the same whoever made it (its key is all it reads).
   */
  private shipped = new Map<string, WordLookup>();

  receive(batch: CardBatch): void {
    // The worker holds one article's cards; so does the page.
    if (batch.reset) this.cards.clear();
    if (batch.cards.length > 0) markStart('cards-received');
    for (const [key, card] of batch.cards) this.cards.set(key, card);
  }

  ship(cards: readonly [key: string, card: WordLookup][]): void {
    for (const [key, card] of cards) this.shipped.set(key, card);
  }

  card(request: CardRequest): WordLookup | undefined {
    const key = cardKey(request);
    const json = this.cards.get(key);
    return json !== undefined ? (JSON.parse(json) as WordLookup) : this.shipped.get(key);
  }

  get size(): number {
    return this.cards.size;
  }
}
