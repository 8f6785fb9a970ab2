/**
 * Check and export (issue 8): the problems that keep the pack from being exported, all at once, and
 * the exports: the `.lesestoff` file for students, and the quiz as Moodle XML and GIFT for a school's LMS.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_EXTENSION, PackWriteError, toGift, toMoodleXml, writePack } from '../../../core';
import { downloadFile } from '../../ui/download';
import { draftContent, exportVersion, safeFileName, type PackDraft } from '../drafts';
import type { Problem } from './draftProblems';

/** Called from the click handler only; a module function so render stays visibly pure. */
const now = (): number => Date.now();

export function ExportSection({ draft, problems, onExported }: { draft: PackDraft; problems: Problem[]; onExported: (draft: PackDraft) => void }) {
  const { t } = useTranslation('packs');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const ready = problems.length === 0;
  const { version, hash } = exportVersion(draft);

  const run = (what: 'pack' | 'moodle' | 'gift') => {
    try {
      const content = draftContent(draft, version);
      if (what === 'pack') {
        downloadFile(safeFileName(content.title, PACK_EXTENSION), writePack(content), 'application/zip');
        onExported({ ...draft, exported: { version, hash, at: now() } });
        setMessage({ ok: true, text: t('export.donePack', { version }) });
      } else if (what === 'moodle') {
        downloadFile(safeFileName(content.title, '.moodle.xml'), toMoodleXml(content.questions, { category: content.title }), 'application/xml');
        setMessage({ ok: true, text: t('export.doneMoodle') });
      } else {
        downloadFile(safeFileName(content.title, '.gift.txt'), toGift(content.questions), 'text/plain;charset=utf-8');
        setMessage({ ok: true, text: t('export.doneGift') });
      }
    } catch (err) {
      setMessage({ ok: false, text: t('export.failed', { message: err instanceof PackWriteError ? err.error.message : String(err) }) });
    }
  };

  return (
    <section className="editor-section export-section" aria-labelledby="export-title">
      <h2 id="export-title">
        <span className="step-number" aria-hidden="true">
          5
        </span>
        {t('export.title')}
      </h2>
      {ready ? (
        <p className="pack-success" data-testid="pack-ready">
          ✓ {t('export.ready', { version })}
        </p>
      ) : (
        <div className="problems" data-testid="pack-problems">
          <h3>{t('export.problemsTitle', { count: problems.length })}</h3>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{problemText(p, t)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row export-buttons">
        <button type="button" onClick={() => run('pack')} disabled={!ready} data-testid="export-pack">
          {t('export.pack')}
        </button>
        <button type="button" className="secondary" onClick={() => run('moodle')} disabled={!ready} data-testid="export-moodle">
          {t('export.moodle')}
        </button>
        <button type="button" className="secondary" onClick={() => run('gift')} disabled={!ready} data-testid="export-gift">
          {t('export.gift')}
        </button>
      </div>
      <p className="muted help">{t('export.help')}</p>
      <div aria-live="polite">{message && <p className={message.ok ? 'pack-success' : 'error-text'}>{message.text}</p>}</div>
    </section>
  );
}

type T = ReturnType<typeof useTranslation<'packs'>>['t'];

function problemText(p: Problem, t: T): string {
  if (p.key === 'other') return t('problems.other', { message: p.message ?? '' });
  const text = t(`problems.${p.key}`);
  if (p.question !== undefined) return t('problems.inQuestion', { n: p.question, problem: text });
  if (p.note !== undefined) return t('problems.inNote', { n: p.note, problem: text });
  return text;
}
