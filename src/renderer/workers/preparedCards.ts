/**
 * The page's copy of the open article's glossary cards (issue 19: a popover in one frame). The engine worker prepares
 * them in idle time after an analysis (cardCache.ts) and sends each slice's cards here, so a click on a prepared word
 * draws its card in the click's own frame, with no message to the worker and back (which waited behind the page's
 * other tasks). Keyed as the worker keys them, so a card found here is the card the worker would answer.
 */
import { type CardBatch, cardKey, type CardRequest } from './cardCache';
import type { WordLookup } from '../../core';
import { markStart } from './startMarks';

export class PreparedCards {
  private cards = new Map<string, WordLookup>();

  receive(batch: CardBatch): void {
    // The worker holds one article's cards; so does the page.
    if (batch.reset) this.cards.clear();
    if (batch.cards.length > 0) markStart('cards-received');
    for (const [key, card] of batch.cards) this.cards.set(key, card);
  }

  card(request: CardRequest): WordLookup | undefined {
    return this.cards.get(cardKey(request));
  }

  get size(): number {
    return this.cards.size;
  }
}
