import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../../src/renderer/domain/route';

describe('quiz routes', () => {
  it.each<Route>([
    { screen: 'quiz', target: { kind: 'article', id: 'bundled:000_a.txt' } },
    { screen: 'quiz', target: { kind: 'story', id: 's1x' } },
    { screen: 'compare', storyId: 's1x' },
    { screen: 'progress' },
    { screen: 'reader', articleId: 'user:1', evidence: { start: 10, end: 42, back: '#/quiz/article/user%3A1' } },
  ])('%j survives a round trip through the hash', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('ignores an evidence link that does not go back to a quiz or a story, or has a bad range', () => {
    expect(parseRoute('#/read/a?from=1&to=5&back=https%3A%2F%2Fexample.com')).toEqual({ screen: 'reader', articleId: 'a' });
    expect(parseRoute('#/read/a?from=5&to=1&back=%23%2Fquiz%2Farticle%2Fa')).toEqual({ screen: 'reader', articleId: 'a' });
  });
});
