import { describe, expect, it } from 'vitest';
import type { WordLookup } from '../../../../src/core';
import { cardKey, type CardRequest } from '../../../../src/renderer/workers/cardCache';
import { PreparedCards } from '../../../../src/renderer/workers/preparedCards';

const request = (word: string, lemma = word): CardRequest => ({ word, reading: { lemma, upos: 'NOUN' }, lang: 'en', context: ['Ole', 'Brandt', 'baut', 'in', 'Nordland', word] });
const cardOf = (r: CardRequest) => ({ word: r.word, lemma: r.reading.lemma }) as unknown as WordLookup;

/** A worker stand-in that records what it was asked, in order, and answers at once. */
function worker() {
  const asked: string[] = [];
  return { asked, ask: (r: CardRequest) => (asked.push(r.word), Promise.resolve(cardOf(r))) };
}

describe("a click's card asked of the engine worker in the click's own handler (issue 19)", () => {
  it.each([
    // [what the click does, the words the worker is asked for]
    ['a word not prepared: asked at the click, its popover takes that answer', ['Scheune'], ['Scheune'], ['Scheune']],
    ['asked twice at one click (a click and its focus): one request', ['Scheune', 'Scheune'], ['Scheune'], ['Scheune']],
    ['another word clicked before the popover took the first: the popover asks for its own', ['Scheune', 'Hafen'], ['Scheune'], ['Scheune', 'Hafen', 'Scheune']],
  ])('%s', async (_, clicked, taken, expected) => {
    const page = new PreparedCards();
    const { asked, ask } = worker();
    for (const word of clicked) page.ask(request(word), ask);
    // The worker was asked before any popover was drawn.
    expect(asked).toEqual([...new Set(clicked)]);
    for (const word of taken) expect(await page.take(request(word), ask)).toEqual(cardOf(request(word)));
    expect(asked).toEqual(expected);
  });

  it('asks nothing for a card the worker prepared, and an answer is taken once: the next click asks again', async () => {
    const page = new PreparedCards();
    const { asked, ask } = worker();
    const prepared = request('Deich');
    page.receive({ reset: false, cards: [[cardKey(prepared), cardOf(prepared)]] });
    page.ask(prepared, ask);
    expect(asked).toEqual([]);
    page.ask(request('Scheune'), ask);
    await page.take(request('Scheune'), ask);
    await page.take(request('Scheune'), ask);
    expect(asked).toEqual(['Scheune', 'Scheune']);
  });

  it('leaves a failed answer to the popover that takes it', async () => {
    const page = new PreparedCards();
    page.ask(request('Scheune'), () => Promise.reject(new Error('worker gone')));
    await expect(page.take(request('Scheune'), () => Promise.resolve(cardOf(request('Scheune'))))).rejects.toThrow('worker gone');
  });
});
