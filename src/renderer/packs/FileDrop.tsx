/** A drop zone with a button that opens the file dialog: the two ways to pick files (issue 8). */
import { useState, type DragEvent, type ReactNode } from 'react';
import { FilePickButton } from '../ui/FilePickButton';

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
      <FilePickButton inputId={inputId} accept={accept} multiple={multiple} disabled={disabled} onFiles={onFiles}>
        {buttonLabel}
      </FilePickButton>
      <span className="muted">{hint}</span>
    </div>
  );
}
