import { describe, expect, it } from 'vitest';
import { askable, type Scored } from '../../../../src/core/quiz/choose';
import { QUALITY_MODEL } from '../../../../src/core/quiz/qualityModel';

/** A candidate as the chooser scores it: only its chance of being judged acceptable and whether it is background matter here. */
const scored = (prompt: string, acceptable: number, background = false, floor?: number): Scored => ({
  q: { id: prompt, type: 'date', prompt, answer: 'x', evidence: [], difficulty: 1 },
  kind: background ? 'background-date' : 'date',
  background,
  floor,
  score: 1,
  acceptable,
  news: false,
  ofNews: false,
  main: false,
  side: false,
});

const floor = QUALITY_MODEL.threshold;
const prompts = (x: { worth: Scored[] }): string[] => x.worth.map((s) => s.q.prompt);

describe('which questions an article may be asked', () => {
  it('only those over the model floor where a main fact clears it, up to the budget', () => {
    const story = [scored('main', floor + 0.1), scored('weak', floor - 0.05), scored('background', floor + 0.2, true)];
    expect(prompts(askable(story, 6))).toEqual(['main', 'background']);
    expect(askable(story, 6).most).toBe(6);
  });

  it('the best few just under the floor where only background clears it: background is never asked alone, so the article had no quiz', () => {
    const story = [scored('weak', floor - 0.05), scored('background', floor + 0.2, true), scored('poor', 0.1)];
    expect(prompts(askable(story, 6))).toEqual(['weak', 'background']);
    expect(askable(story, 6).most).toBe(2);
  });

  it('a question of a kind with its own lower floor over that floor, as a main fact that opens the quiz to the budget', () => {
    const story = [scored('who said', floor - 0.15, false, floor - 0.2), scored('weak', floor - 0.15), scored('background', floor + 0.2, true)];
    expect(prompts(askable(story, 6))).toEqual(['who said', 'background']);
    expect(askable(story, 6).most).toBe(6);
  });
});
