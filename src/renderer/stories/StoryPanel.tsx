/** The library's stories (issue 7): articles that report the same event, with a story quiz and Compare outlets. */
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { hrefOf } from '../domain/route';
import type { ArticleListRecord } from '../db/database';
import { AttemptBadges } from '../ui/ArticleQuizBadge';
import { useAttemptSummary } from '../domain/quizAttempts';
import { OutletList } from '../ui/OutletList';
import { useStories, type Story } from '../domain/stories';
import { TEXT_LANG } from '../textLanguage';
import './stories.css';

export function StoryPanel() {
  const { t } = useTranslation('stories');
  const { db } = useServices();
  const stories = useStories(db);
  if (stories.state === 'working')
    return (
      <p className="muted story-finding" role="status">
        {t('finding')}
      </p>
    );
  if (stories.state === 'error')
    return (
      <p className="muted story-finding" role="status">
        {t('findFailed', { message: stories.message })}
      </p>
    );
  if (stories.stories.length === 0) return null;
  const byId = new Map(stories.articles.map((a) => [a.id, a]));
  return (
    <section className="story-panel" aria-label={t('panelLabel')}>
      {stories.stories.map((s) => (
        <StoryCard key={s.id} story={s} articles={s.articleIds.map((id) => byId.get(id)).filter((a): a is ArticleListRecord => !!a)} />
      ))}
    </section>
  );
}

function StoryCard({ story, articles }: { story: Story; articles: ArticleListRecord[] }) {
  const { t } = useTranslation('stories');
  const { db } = useServices();
  const summary = useAttemptSummary(db, { storyId: story.id });
  const differ = story.alignments.filter((a) => !a.agree).length;
  return (
    <article className="story-card" data-testid="story-card" aria-labelledby={`story-${story.id}`}>
      <div className="story-text">
        <p className="quiz-eyebrow">{t('eyebrow', { count: articles.length })}</p>
        <h2 id={`story-${story.id}`} lang={TEXT_LANG}>
          {story.keyNames.slice(0, 4).join(' · ') || articles[0]?.title}
        </h2>
        <OutletList articles={articles} className="muted story-outlets" />
        <p className="story-facts">
          {t('alignedFacts', { count: story.alignments.length })}
          {differ > 0 && (
            <>
              {' · '}
              <span className="story-differ">
                <span aria-hidden="true">≠</span> {t('differCount', { count: differ })}
              </span>
            </>
          )}
        </p>
        <AttemptBadges summary={summary} />
      </div>
      <div className="story-actions">
        <a className="button-link" href={hrefOf({ screen: 'quiz', target: { kind: 'story', id: story.id } })}>
          {t('storyQuiz')}
        </a>
        <a className="button-link secondary-link" href={hrefOf({ screen: 'compare', storyId: story.id })}>
          {t('compare')}
        </a>
      </div>
    </article>
  );
}
