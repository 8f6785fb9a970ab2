/** A drop zone with a button that opens the file dialog: the two ways to pick files (issue 8). */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';

export interface FileDropProps {
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  buttonLabel: string;
  hint: ReactNode;
  inputId: string;
  disabled?: boolean;
}

export function FileDrop({ accept, multiple = false, onFiles, buttonLabel, hint, inputId, disabled = false }: FileDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      className={`file-drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="file-drop"
    >
      <button type="button" onClick={() => input.current?.click()} disabled={disabled}>
        {buttonLabel}
      </button>
      <span className="muted">{hint}</span>
      <input
        ref={input}
        id={inputId}
        className="visually-hidden-input"
        type="file"
        accept={accept}
        multiple={multiple}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}
