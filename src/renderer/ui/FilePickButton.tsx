/**
 * A button that opens the file dialog: the one keyboard-reachable control for choosing files (the input itself is
 * hidden and out of the tab order). Lesson packs, class results, backups and known-word lists use it.
 */
import { useRef, type ReactNode } from 'react';

export interface FilePickButtonProps {
  /** The hidden input's id (tests set files on it). */
  inputId: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  className?: string;
  testId?: string;
  onFiles: (files: File[]) => void;
  children: ReactNode;
}

export function FilePickButton({ inputId, accept, multiple = false, disabled = false, className, testId, onFiles, children }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()} disabled={disabled} data-testid={testId}>
        {children}
      </button>
      <input
        ref={input}
        id={inputId}
        hidden
        type="file"
        accept={accept}
        multiple={multiple}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared, so choosing the same file again is a change too.
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
