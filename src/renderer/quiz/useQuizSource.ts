/** The articles a quiz target stands for: one article, or the members of a story. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { QuizTarget } from '../app/route';
import type { ArticleRecord, LesestoffDb } from '../db/database';
import { useStories, type Story } from '../stories/stories';

export type QuizSourceState = { state: 'working' } | { state: 'missing' } | { state: 'error'; message: string } | { state: 'ready'; articles: ArticleRecord[]; story: Story | null };

export function useQuizSource(db: LesestoffDb, target: QuizTarget): QuizSourceState {
  const article = useLiveQuery(async () => (target.kind === 'article' ? ((await db.articles.get(target.id)) ?? null) : null), [db, target.kind, target.id]);
  const stories = useStories(db, target.kind === 'story');
  if (target.kind === 'article') {
    if (article === undefined) return { state: 'working' };
    return article ? { state: 'ready', articles: [article], story: null } : { state: 'missing' };
  }
  if (stories.state !== 'ready') return stories;
  const story = stories.stories.find((s) => s.id === target.id);
  if (!story) return { state: 'missing' };
  const byId = new Map(stories.articles.map((a) => [a.id, a]));
  return { state: 'ready', articles: story.articleIds.map((id) => byId.get(id)).filter((a): a is ArticleRecord => !!a), story };
}
