/** The articles a quiz target stands for: one article, or the members of a story. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { QuizTarget } from '../domain/route';
import type { ArticleRecord, LesestoffDb } from '../db/database';
import { useStories, type Story } from '../domain/stories';

export type QuizSourceState = { state: 'working' } | { state: 'missing' } | { state: 'error'; message: string } | { state: 'ready'; articles: ArticleRecord[]; story: Story | null };

export function useQuizSource(db: LesestoffDb, target: QuizTarget): QuizSourceState {
  const article = useLiveQuery(async () => (target.kind === 'article' ? ((await db.articles.get(target.id)) ?? null) : null), [db, target.kind, target.id]);
  const stories = useStories(db, target.kind === 'story');
  const story = target.kind === 'story' && stories.state === 'ready' ? stories.stories.find((s) => s.id === target.id) : undefined;
  // The stories list has no texts (articleList.ts); the quiz reads its members' texts here.
  const memberIds = story?.articleIds.join('\n') ?? '';
  const members = useLiveQuery(
    async () => ({ ids: memberIds, articles: memberIds ? (await db.articles.bulkGet(memberIds.split('\n'))).filter((a): a is ArticleRecord => !!a) : [] }),
    [db, memberIds],
  );
  if (target.kind === 'article') {
    if (article === undefined) return { state: 'working' };
    return article ? { state: 'ready', articles: [article], story: null } : { state: 'missing' };
  }
  if (stories.state !== 'ready') return stories;
  if (!story) return { state: 'missing' };
  // A result for the story shown before is not this story's.
  if (members?.ids !== memberIds) return { state: 'working' };
  return { state: 'ready', articles: members.articles, story };
}
