/** The sentence(s) a question's answer stands in, each with "show in text" (issue 7). */
import { useTranslation } from 'react-i18next';
import { hrefOf, type QuizTarget } from '../domain/route';
import type { ArticleRecord } from '../db/database';
import type { SessionQuestion } from '../domain/quizSession';
import { TEXT_LANG } from '../textLanguage';

export function EvidenceLinks({ question, articles, target }: { question: SessionQuestion; articles: ArticleRecord[]; target: QuizTarget }) {
  const { t } = useTranslation('quiz');
  if (question.evidence.length === 0) return null;
  const back = hrefOf({ screen: 'quiz', target });
  const several = new Set(question.evidence.map((e) => e.article)).size > 1;
  return (
    <ul className="quiz-evidence">
      {question.evidence.map((e) => {
        const article = articles.find((a) => a.id === e.article);
        // Named like the Compare columns: the outlet, else "your text", else the report's title.
        const label = !several || !article ? t('showInText') : article.outlet ? t('showInSource', { source: article.outlet }) : article.origin === 'user' ? t('showInOwnText') : t('showInSource', { source: article.title });
        return (
          <li key={`${e.article}:${e.start}`}>
            <blockquote lang={TEXT_LANG}>{e.text.replace(/\s+/g, ' ').trim()}</blockquote>
            <a className="quiz-show-in-text" href={hrefOf({ screen: 'reader', articleId: e.article, evidence: { start: e.start, end: e.end, back } })}>
              {label} →
            </a>
          </li>
        );
      })}
    </ul>
  );
}
