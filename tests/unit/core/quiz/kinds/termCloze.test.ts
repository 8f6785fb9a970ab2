import { describe, expect, it } from 'vitest';
import { termCloze } from '../../../../../src/core/quiz/kinds/termCloze';
import { ask } from './helpers';

const TEXT = [
  'Die Verhandlungen begannen am Morgen.',
  'Nach zwei Stunden wurden die Gespräche unterbrochen, weil die Forderungen zu hoch waren.',
  'Am Abend lagen die Ergebnisse vor, und die Vertretungen stimmten den Lösungen zu.',
].join(' ');

describe('word gaps', () => {
  it('blanks a noun after its article and offers nouns of the same ending', async () => {
    const questions = await ask(termCloze, TEXT);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(q.prompt).toMatch(/^Welches Wort fehlt im Satz\? „(.* )?(die|den|der) ___/iu);
      expect(q.options).toContain(q.answer);
      for (const o of q.options!) expect(o.slice(-3)).toBe(q.answer.slice(-3));
    }
  });

  it.each([
    ['too few nouns of one ending', 'Die Verhandlungen begannen am Morgen. Der Nachmittag war ruhig.'],
    ['nouns without an article', 'Verhandlungen, Forderungen und Vertretungen gab es viele.'],
  ])('asks nothing with %s', async (_, text) => {
    expect(await ask(termCloze, text)).toEqual([]);
  });
});
