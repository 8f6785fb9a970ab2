/**
 * The class overview of one pack (issue 8): import the students' results files (many at once),
 * see per student score and time, per question the share answered correctly (hardest first), each
 * student's answers (free text marked by the teacher, issue 15), the words looked up most, and export it all as CSV.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildClassOverview, overviewToCsv, RESULTS_EXTENSION } from '../../../core';
import { useServices } from '../../domain/AppContext';
import { hrefOf } from '../../domain/route';
import { classResultsOf } from '../../db/importPack';
import { UndoToast } from '../../ui/UndoToast';
import { downloadFile, readFileBytes } from '../../ui/download';
import { loadDraft, safeFileName } from '../drafts';
import { FileDrop } from '../FileDrop';
import { packErrorKey } from '../packErrors';
import { clearClassResults, restoreClassResults } from '../removals';
import { AnswersSection } from './AnswersSection';
import { formatDuration, importClassResults, type FileStatus } from './importClassResults';
import { TEXT_LANG } from '../../textLanguage';
import '../packs.css';
import './overview.css';

export function ClassOverviewScreen({ packId }: { packId: string }) {
  const { t, i18n } = useTranslation('packs');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  const [statuses, setStatuses] = useState<FileStatus[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [separator, setSeparator] = useState<',' | ';'>(i18n.language === 'de' ? ';' : ',');
  const [toast, setToast] = useState<{ message: string; undo: () => void } | null>(null);

  const data = useLiveQuery(async () => {
    const draft = await loadDraft(db, packId);
    const imported = draft ? null : await db.packs.where('id').equals(packId).first();
    const questions = draft?.questions ?? imported?.questions ?? [];
    const title = draft?.title || imported?.title || '';
    const inputs = await classResultsOf(db, packId);
    return { title, questions, hasDraft: draft !== null, overview: buildClassOverview(inputs, { questions }) };
  }, [db, packId]);
  if (!data) return <p className="muted">{tc('loading')}</p>;
  const { overview } = data;
  const title = data.title || t('untitled');

  const onFiles = async (files: File[]) => {
    setBusy(true);
    try {
      const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await readFileBytes(f) })));
      setStatuses(await importClassResults(db, packId, read));
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = () => {
    // A byte-order mark, so spreadsheets read the names as UTF-8.
    downloadFile(safeFileName(`${title} - ${t('overview.csvName')}`, '.csv'), `\uFEFF${overviewToCsv(overview, { separator })}`, 'text/csv;charset=utf-8');
  };

  const clearAll = async () => {
    const rows = await clearClassResults(db, packId);
    if (!rows) return;
    setStatuses(null);
    setToast({ message: t('overview.cleared', { count: rows.length }), undo: () => void restoreClassResults(db, packId, rows) });
  };

  const counts = statuses && {
    added: statuses.filter((s) => s.status === 'added').length,
    duplicate: statuses.filter((s) => s.status === 'duplicate').length,
    flagged: statuses.filter((s) => s.status === 'flagged').length,
    rejected: statuses.filter((s) => s.status === 'rejected').length,
  };
  const average = overview.students.length ? Math.round(overview.students.reduce((s, x) => s + x.percent, 0) / overview.students.length) : null;
  const percent = (share: number) => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);

  return (
    <section aria-labelledby="overview-title" className="packs class-overview">
      <a className="back-link" href={data.hasDraft ? hrefOf({ screen: 'packEditor', draftId: packId }) : hrefOf({ screen: 'packs' })}>
        ← {data.hasDraft ? t('overview.backToEditor') : t('editor.backToPacks')}
      </a>
      <header className="screen-header">
        <p className="eyebrow">{t('overview.eyebrow')}</p>
        <h1 id="overview-title">{title}</h1>
        <p className="muted">
          {t('overview.students', { count: overview.students.length })}
          {average !== null && <> · {t('overview.average', { percent: average })}</>}
        </p>
        <p className="muted help" data-testid="self-reported">
          {t('overview.selfReported')}
        </p>
      </header>

      <section className="pack-panel" aria-labelledby="results-import-title">
        <h2 id="results-import-title">{t('overview.importTitle')}</h2>
        <FileDrop inputId="results-files" accept={RESULTS_EXTENSION} multiple onFiles={(f) => void onFiles(f)} buttonLabel={t('overview.choose')} hint={t('overview.drop')} disabled={busy} />
        <div aria-live="polite">
          {busy && <p className="muted">{t('overview.importing')}</p>}
          {statuses && counts && (
            <div className="import-report" data-testid="import-report">
              <p>
                <strong>{t('overview.reportSummary', { count: statuses.length })}</strong> {t('overview.reportCounts', counts)}
              </p>
              <ul className="file-statuses">
                {statuses.map((s, i) => (
                  <li key={i} className={`file-status ${s.status}`} data-status={s.status}>
                    <span className={`status-badge ${s.status}`}>{t(`overview.status.${s.status}`)}</span>
                    <span className="file-name">{s.name}</span>
                    {s.student && <span className="muted"> · {s.student}</span>}
                    {s.status === 'flagged' && <span className="status-detail">{t('overview.flaggedHelp')}</span>}
                    {s.status === 'duplicate' && <span className="status-detail">{t('overview.duplicateHelp')}</span>}
                    {s.error && <span className="status-detail">{s.error.code === 'other-pack' ? t('errors.other-pack', { title: s.error.message }) : t(packErrorKey(s.error))}</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>

      {overview.students.length === 0 ? (
        <div className="empty-state">
          <h2>{t('overview.emptyTitle')}</h2>
          <p>{t('overview.emptyBody')}</p>
        </div>
      ) : (
        <>
          <section className="overview-section" aria-labelledby="students-title">
            <h2 id="students-title">{t('overview.studentsTitle')}</h2>
            <table className="data-table" data-testid="students-table">
              <caption className="visually-hidden">{t('overview.studentsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview.col.student')}</th>
                  <th scope="col" className="num">
                    {t('overview.col.score')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.col.percent')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.col.time')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.students.map((s, i) => (
                  <tr key={i} className={s.flagged ? 'flagged' : ''}>
                    <th scope="row">
                      {s.name}
                      {s.flagged && (
                        <span className="status-badge flagged" title={t('overview.flaggedHelp')}>
                          {t('overview.status.flagged')}
                        </span>
                      )}
                    </th>
                    <td className="num">{t('overview.scoreOf', { score: s.score, total: s.total })}</td>
                    <td className="num">
                      <span className="bar-cell">
                        <span className="bar" aria-hidden="true">
                          <span style={{ width: `${Math.min(100, s.percent)}%` }} />
                        </span>
                        {percent(s.percent / 100)}
                      </span>
                    </td>
                    <td className="num">{formatDuration(s.timeMs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {overview.flagged.length > 0 && (
              <div className="edited-notice" role="note" data-testid="edited-notice">
                <h3>{t('overview.editedTitle', { count: overview.flagged.length })}</h3>
                <ul>
                  {overview.flagged.map((f, i) => (
                    <li key={i}>{t(f.counted ? 'overview.editedCounted' : 'overview.editedLeftOut', { name: f.name, reasons: f.reasons.map((r) => t(`overview.flag.${r}`)).join('; ') })}</li>
                  ))}
                </ul>
              </div>
            )}
          </section>

          <section className="overview-section" aria-labelledby="questions-overview-title">
            <h2 id="questions-overview-title">{t('overview.questionsTitle')}</h2>
            <p className="muted help">{t('overview.questionsHelp')}</p>
            <table className="data-table" data-testid="questions-table">
              <caption className="visually-hidden">{t('overview.questionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview.col.question')}</th>
                  <th scope="col" className="num">
                    {t('overview.col.correct')}
                  </th>
                  <th scope="col" className="num">
                    {t('overview.col.answered')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {overview.questions.map((q) => (
                  <tr key={q.questionId}>
                    <th scope="row" lang={TEXT_LANG} className="prompt-cell">
                      {q.prompt ?? <span className="muted">{t('overview.unknownQuestion', { id: q.questionId })}</span>}
                    </th>
                    <td className="num">
                      <span className="bar-cell">
                        <span className={`bar ${q.correctShare < 0.5 ? 'low' : ''}`} aria-hidden="true">
                          <span style={{ width: `${Math.round(q.correctShare * 100)}%` }} />
                        </span>
                        {percent(q.correctShare)}
                      </span>
                    </td>
                    <td className="num">{q.answered}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <AnswersSection overview={overview} questions={data.questions} />

          <section className="overview-section" aria-labelledby="lookups-title">
            <h2 id="lookups-title">{t('overview.lookupsTitle')}</h2>
            {overview.topLookups.length === 0 ? (
              <p className="muted">{t('overview.noLookups')}</p>
            ) : (
              <table className="data-table narrow" data-testid="lookups-table">
                <caption className="visually-hidden">{t('overview.lookupsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('overview.col.word')}</th>
                    <th scope="col" className="num">
                      {t('overview.col.lookups')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {overview.topLookups.map((l) => (
                    <tr key={l.lemma}>
                      <th scope="row" lang={TEXT_LANG}>
                        {l.lemma}
                      </th>
                      <td className="num">{l.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section className="pack-panel csv-panel" aria-labelledby="csv-title">
            <h2 id="csv-title">{t('overview.csvTitle')}</h2>
            <div className="toolbar-group">
              <label htmlFor="csv-separator">{t('overview.separator')}</label>
              <select id="csv-separator" value={separator} onChange={(e) => setSeparator(e.target.value as ',' | ';')}>
                <option value=",">{t('overview.comma')}</option>
                <option value=";">{t('overview.semicolon')}</option>
              </select>
              <button type="button" onClick={exportCsv} data-testid="export-csv">
                {t('overview.exportCsv')}
              </button>
              <button type="button" className="secondary" onClick={() => void clearAll()}>
                {t('overview.clear')}
              </button>
            </div>
          </section>
        </>
      )}
      {toast && <UndoToast message={toast.message} onUndo={toast.undo} onDismiss={() => setToast(null)} />}
    </section>
  );
}
