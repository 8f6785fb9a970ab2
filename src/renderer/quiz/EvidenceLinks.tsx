/** The sentence(s) a question's answer stands in, each with "show in text" (issue 7). */
import { useTranslation } from 'react-i18next';
import { hrefOf, type QuizTarget } from '../app/route';
import type { ArticleRecord } from '../db/database';
import type { SessionQuestion } from './session';

export function EvidenceLinks({ question, articles, target }: { question: SessionQuestion; articles: ArticleRecord[]; target: QuizTarget }) {
  const { t } = useTranslation('quiz');
  const { t: tl } = useTranslation('library');
  if (question.evidence.length === 0) return null;
  const back = hrefOf({ screen: 'quiz', target });
  const several = new Set(question.evidence.map((e) => e.article)).size > 1;
  return (
    <ul className="quiz-evidence">
      {question.evidence.map((e) => {
        const article = articles.find((a) => a.id === e.article);
        const source = article ? (article.origin === 'user' ? tl('origin.user') : (article.outlet ?? article.title)) : null;
        return (
          <li key={`${e.article}:${e.start}`}>
            <blockquote lang="de">{e.text.replace(/\s+/g, ' ').trim()}</blockquote>
            <a className="quiz-show-in-text" href={hrefOf({ screen: 'reader', articleId: e.article, evidence: { start: e.start, end: e.end, back } })}>
              {several && source ? t('showInSource', { source }) : t('showInText')} →
            </a>
          </li>
        );
      })}
    </ul>
  );
}
