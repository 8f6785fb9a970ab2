/**
 * The page's copy of the open article's glossary cards (issue 19: a popover in one frame). The engine worker prepares
 * them in idle time after an analysis (cardCache.ts) and sends each slice's cards here, so a click on a prepared word
 * draws its card in the click's own frame, with no message to the worker and back (which waited behind the page's
 * other tasks). Keyed as the worker keys them, so a card found here is the card the worker would answer.
 */
import { type CardBatch, cardKey, type CardRequest } from './cardCache';
import type { WordLookup } from '../../core';
import { markStart } from './startMarks';

/** Asks the engine worker for a card (EngineApi.lookupWord). */
export type AskCard = (request: CardRequest) => Promise<WordLookup>;

export class PreparedCards {
  private cards = new Map<string, WordLookup>();
  private asked: { key: string; card: Promise<WordLookup> } | undefined;

  receive(batch: CardBatch): void {
    // The worker holds one article's cards; so does the page.
    if (batch.reset) this.cards.clear();
    if (batch.cards.length > 0) markStart('cards-received');
    for (const [key, card] of batch.cards) this.cards.set(key, card);
  }

  card(request: CardRequest): WordLookup | undefined {
    return this.cards.get(cardKey(request));
  }

  /**
   * Asks the worker for a clicked word's card not prepared yet, in the click's own handler (issue 19: asked by the
   * popover, the request left only once the page had drawn the click, ~25-40 ms later on a busy machine); the popover
   * then takes that answer (`take`).
   */
  ask(request: CardRequest, ask: AskCard): void {
    const key = cardKey(request);
    if (this.cards.has(key) || this.asked?.key === key) return;
    const card = ask(request);
    // Its failure is shown by the popover that takes it; one never taken is dropped with it.
    card.catch(() => undefined);
    this.asked = { key, card };
  }

  /** The answer asked for `request` at its click, else asked now: an answer is taken once, so a later click asks again. */
  take(request: CardRequest, ask: AskCard): Promise<WordLookup> {
    const asked = this.asked;
    this.asked = undefined;
    return asked?.key === cardKey(request) ? asked.card : ask(request);
  }

  get size(): number {
    return this.cards.size;
  }
}
