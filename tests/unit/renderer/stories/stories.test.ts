import { describe, expect, it } from 'vitest';
import { storiesCacheKey, storyIdOf, toStories } from '../../../../src/renderer/domain/stories';
import { orderAlignments } from '../../../../src/renderer/stories/CompareScreen';
import { quizCacheKey } from '../../../../src/renderer/domain/quizData';
import type { Alignment } from '../../../../src/core/facts/types';

describe('storyIdOf', () => {
  it('depends on the member ids, not their order', () => {
    expect(storyIdOf(['b', 'a'])).toBe(storyIdOf(['a', 'b']));
    expect(storyIdOf(['a', 'b'])).not.toBe(storyIdOf(['a', 'c']));
  });
});

describe('toStories', () => {
  it('keeps groups of two or more, in library order', () => {
    const stories = toStories(
      [
        { articles: ['c', 'a'], keyNames: ['Putin'], alignments: [] },
        { articles: ['b'], keyNames: [], alignments: [] },
      ],
      ['a', 'b', 'c'],
    );
    expect(stories).toEqual([{ id: storyIdOf(['a', 'c']), articleIds: ['a', 'c'], keyNames: ['Putin'], alignments: [] }]);
  });
});

describe('cache keys', () => {
  it('change when a text changes, and only then', () => {
    const a = [{ id: 'a', contentHash: '1' }, { id: 'b', contentHash: '2' }];
    expect(quizCacheKey('story', a)).toBe(quizCacheKey('story', [...a]));
    expect(quizCacheKey('story', a)).not.toBe(quizCacheKey('story', [a[0]!, { id: 'b', contentHash: '3' }]));
    expect(quizCacheKey('story', a)).not.toBe(quizCacheKey('article', a));
    expect(storiesCacheKey(a)).not.toBe(storiesCacheKey([a[0]!]));
  });
});

describe('orderAlignments', () => {
  const al = (topic: string, agree: boolean, articles: string[]): Alignment => ({ kind: 'number', topic, agree, verdict: agree ? 'agree' : 'disagree', mentions: articles.map((article) => ({ article, outlet: null, factId: topic, wording: topic, evidence: { start: 0, end: 1, text: 'x' } })) });
  it('puts disagreements first, then facts more outlets report', () => {
    expect(orderAlignments([al('a', true, ['1', '2']), al('b', false, ['1', '2']), al('c', true, ['1', '2', '3'])]).map((x) => x.topic)).toEqual(['b', 'c', 'a']);
  });
});
