/**
 * Quizzes in the app (issue 7): the start screen (generation in the worker, vocabulary toggle), one
 * question at a time, and the result. The running quiz lives in `session.ts`, so "show in text" and
 * a reload come back to the same question.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { hrefOf, type QuizTarget } from '../domain/route';
import type { ArticleRecord } from '../db/database';
import { OutletList } from '../ui/OutletList';
import { loadQuiz, type LoadedQuiz } from '../domain/quizData';
import { QuestionView } from './QuestionView';
import { ResultView } from './ResultView';
import { newSession, sameTarget, setSession, useQuizSession, type SessionQuestion } from '../domain/quizSession';
import { useQuizSource } from './useQuizSource';
import { interleave, MIN_VOCABULARY, vocabularyQuestions } from './vocabQuestions';
import { TEXT_LANG } from '../textLanguage';
import './quiz.css';

const VOCABULARY_QUESTIONS = 3;

export function QuizScreen({ target }: { target: QuizTarget }) {
  const { t } = useTranslation('quiz');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  const session = useQuizSession();
  const source = useQuizSource(db, target);
  const id = useId();

  const mine = session && sameTarget(session.target, target) ? session : null;
  const articles = source.state === 'ready' ? source.articles : null;
  const title = source.state !== 'ready' ? '' : target.kind === 'story' ? t('storyTitle', { count: source.articles.length }) : (source.articles[0]?.title ?? '');

  return (
    <section className="quiz-screen" aria-labelledby={`${id}-title`}>
      <a className="back-link" href={hrefOf({ screen: 'library' })}>
        ← {tc('backToLibrary')}
      </a>
      <header className="screen-header quiz-header">
        <p className="quiz-eyebrow">{target.kind === 'story' ? t('storyQuiz') : t('articleQuiz')}</p>
        <h1 id={`${id}-title`} lang={target.kind === 'article' ? TEXT_LANG : undefined}>
          {title || t('title')}
        </h1>
        {source.state === 'ready' && target.kind === 'story' && <OutletList articles={source.articles} className="muted quiz-outlets" />}
      </header>
      {source.state === 'working' ? (
        <Working label={t('findingStory')} />
      ) : source.state === 'missing' ? (
        <div className="empty-state">
          <p>{target.kind === 'story' ? t('storyMissing') : t('articleMissing')}</p>
          <a href={hrefOf({ screen: 'library' })}>{tc('backToLibrary')}</a>
        </div>
      ) : source.state === 'error' ? (
        <p role="alert" className="error-text">
          {t('error', { message: source.message })}
        </p>
      ) : mine && mine.finishedAt !== null ? (
        <ResultView session={mine} articles={articles ?? []} storyId={source.story?.id ?? null} />
      ) : mine ? (
        <QuestionView session={mine} articles={articles ?? []} key={`${mine.startedAt}:${mine.index}`} />
      ) : (
        <StartView target={target} articles={articles ?? []} key={articles?.map((a) => `${a.id}@${a.contentHash}`).join('|')} />
      )}
    </section>
  );
}

function Working({ label }: { label: string }) {
  return (
    <div className="quiz-working" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
      <progress aria-label={label} />
    </div>
  );
}

type LoadState = { state: 'working' } | { state: 'ready'; quiz: LoadedQuiz } | { state: 'error'; message: string };

function StartView({ target, articles }: { target: QuizTarget; articles: ArticleRecord[] }) {
  const { t } = useTranslation('quiz');
  const { db } = useServices();
  const [load, setLoad] = useState<LoadState>({ state: 'working' });
  const [withVocabulary, setWithVocabulary] = useState(false);
  const vocabulary = useLiveQuery(() => db.vocabulary.toArray(), [db]);
  const toggleId = useId();

  useEffect(() => {
    let live = true;
    loadQuiz(db, target.kind, articles).then(
      (quiz) => live && setLoad({ state: 'ready', quiz }),
      (err: unknown) => live && setLoad({ state: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
    // Keyed by the articles' ids and hashes in the parent: a new text mounts a new StartView.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db]);

  if (load.state === 'working') return <Working label={target.kind === 'story' ? t('generatingStory', { count: articles.length }) : t('generating')} />;
  if (load.state === 'error')
    return (
      <p role="alert" className="error-text">
        {t('error', { message: load.message })}
      </p>
    );
  const { quiz } = load;
  const canVocabulary = (vocabulary?.length ?? 0) >= MIN_VOCABULARY;
  const textQuestions: SessionQuestion[] = quiz.questions.filter((q) => q.options && q.options.length >= 2).map((q) => ({ id: q.id, type: q.type, prompt: q.prompt, options: q.options!, answer: q.answer, evidence: q.evidence }));

  if (textQuestions.length === 0)
    return (
      <div className="empty-state quiz-empty" data-testid="quiz-empty">
        <h2>{t('empty.title')}</h2>
        <p>{t('empty.body')}</p>
        {quiz.reasons.length > 0 && (
          <ul className="quiz-reasons">
            {quiz.reasons.map((r) => (
              <li key={r.article}>
                <span lang={TEXT_LANG}>{r.reason}</span>
              </li>
            ))}
          </ul>
        )}
        <a href={hrefOf({ screen: 'library' })}>{t('backToLibrary')}</a>
      </div>
    );

  const start = async () => {
    let extra: SessionQuestion[] = [];
    if (withVocabulary && canVocabulary && vocabulary) {
      // Words may come from other articles: their texts let "show in text" find the saved sentence.
      const sources = await db.articles.bulkGet([...new Set(vocabulary.map((v) => v.articleId))]);
      const texts = new Map(sources.filter((a): a is ArticleRecord => !!a).map((a) => [a.id, a.text]));
      extra = vocabularyQuestions(vocabulary, texts, VOCABULARY_QUESTIONS, vocabulary.reduce((n, v) => (n + v.updatedAt) % 1_000_003, 0));
    }
    setSession(newSession(target, interleave(textQuestions, extra)));
  };
  const crossCount = textQuestions.filter((q) => q.type === 'cross-source').length;

  return (
    <div className="quiz-start">
      <p className="quiz-start-count">
        <strong>{t('questionCount', { count: textQuestions.length })}</strong>
        {crossCount > 0 && <span className="muted"> · {t('crossCount', { count: crossCount })}</span>}
      </p>
      <p className="muted">{t('startHelp')}</p>
      {quiz.reasons.length > 0 && (
        <ul className="quiz-reasons muted">
          {quiz.reasons.map((r) => (
            <li key={r.article}>
              {t('reasonFor', { title: articles.find((a) => a.id === r.article)?.title ?? r.article })} <span lang={TEXT_LANG}>{r.reason}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="quiz-vocab-toggle">
        <input id={toggleId} type="checkbox" checked={withVocabulary && canVocabulary} disabled={!canVocabulary} onChange={(e) => setWithVocabulary(e.target.checked)} />
        <label htmlFor={toggleId}>{t('withVocabulary')}</label>
        <span className="muted">{canVocabulary ? t('withVocabularyHelp', { count: vocabulary?.length ?? 0 }) : t('withVocabularyNeed', { count: MIN_VOCABULARY })}</span>
      </div>
      <button type="button" className="quiz-primary" onClick={() => void start()} autoFocus>
        {t('start')}
      </button>
    </div>
  );
}
