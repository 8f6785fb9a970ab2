/** A short-lived message with an Undo button, for every destructive action (delete, mark all known). */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './undoToast.css';

export interface UndoToastProps {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
  /** Milliseconds before the toast goes away and the action stays. */
  timeout?: number;
}

export function UndoToast({ message, onUndo, onDismiss, timeout = 10_000 }: UndoToastProps) {
  const { t } = useTranslation('reader');
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  }, [onDismiss]);
  useEffect(() => {
    const timer = window.setTimeout(() => dismiss.current(), timeout);
    return () => window.clearTimeout(timer);
  }, [message, timeout]);
  return (
    <div className="undo-toast" role="status" aria-live="polite">
      <span>{message}</span>
      <button
        type="button"
        onClick={() => {
          onUndo();
          onDismiss();
        }}
      >
        {t('undo')}
      </button>
      <button type="button" className="icon-button" aria-label={t('glossary.close')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
