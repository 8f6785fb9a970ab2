/**
 * Every student's answer to every question (issue 15), one table per question in the pack's order:
 * free text shown as written, and for a free-text question the teacher's own mark, which the
 * overview's scores count (`marks.ts`).
 */
import { useTranslation } from 'react-i18next';
import type { ClassOverview, GivenAnswer, PackQuestion } from '../../../core';
import { useServices } from '../../domain/AppContext';
import { TEXT_LANG } from '../../textLanguage';
import { markAnswer } from './marks';

export function AnswersSection({ overview, questions }: { overview: ClassOverview; questions: PackQuestion[] }) {
  const { t } = useTranslation('packs');
  const { db } = useServices();
  const shown = (given: GivenAnswer): string => (given === null ? t('overview.answers.skipped') : given === true ? t('runner.true') : given === false ? t('runner.false') : given);
  return (
    <section className="overview-section" aria-labelledby="answers-title" data-testid="answers-section">
      <h2 id="answers-title">{t('overview.answers.title')}</h2>
      <p className="muted help">{t('overview.answers.help')}</p>
      {questions.map((q, i) => (
        <table key={q.id} className="data-table answers-table" data-testid="answers-table" data-question={q.id}>
          <caption lang={TEXT_LANG}>
            {i + 1}. {q.prompt}
            {q.type === 'free-text' && <span className="muted"> ({t('overview.answers.freeText')})</span>}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.answers.student')}</th>
              <th scope="col">{t('overview.answers.answer')}</th>
              <th scope="col">{t('overview.answers.result')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.students.map((s) => {
              const a = s.answers.find((x) => x.questionId === q.id);
              if (!a) return null;
              const mark = (right: boolean) => void markAnswer(db, s.resultId, q.id, a.marked && a.correct === right ? null : right);
              return (
                <tr key={s.resultId} data-student={s.name}>
                  <th scope="row">{s.name}</th>
                  <td lang={TEXT_LANG} className={`given-answer${a.given === null ? ' muted' : ''}`}>
                    {shown(a.given)}
                  </td>
                  <td>
                    {a.markable ? (
                      <span className="mark-buttons" role="group" aria-label={t('overview.answers.result')}>
                        <button type="button" className={`mark right${a.correct ? ' on' : ''}`} aria-pressed={a.correct} aria-label={t('overview.answers.markRight', { name: s.name })} onClick={() => mark(true)}>
                          {t('overview.answers.right')}
                        </button>
                        <button type="button" className={`mark wrong${a.correct ? '' : ' on'}`} aria-pressed={!a.correct} aria-label={t('overview.answers.markWrong', { name: s.name })} onClick={() => mark(false)}>
                          {t('overview.answers.wrong')}
                        </button>
                        {a.marked && <span className="muted"> {t('overview.answers.markedByYou')}</span>}
                      </span>
                    ) : (
                      <span className={a.correct ? 'result-right' : 'result-wrong'}>{a.correct ? t('overview.answers.right') : t('overview.answers.wrong')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
