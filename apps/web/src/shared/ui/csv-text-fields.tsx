import type { CsvText } from './use-csv-text.ts';

interface Props {
  /** The ids are `<prefix>-file`, `<prefix>-text` and their hints and errors. */
  prefix: string;
  csv: CsvText;
  labels: {
    file: string;
    fileHint?: string | undefined;
    fileUnreadable: string;
    text: string;
    textHint: string;
    nothing: string;
  };
}

/**
 * An import's file chooser and text box: a chosen file is read into the box, where it can be
 * checked or corrected, or rows are pasted there. The note on which file was read is a status
 * message, so screen readers hear that the box was filled.
 */
export function CsvTextFields({ prefix, csv, labels }: Props) {
  // Taken apart: the text box's ref is handed on, never read while drawing.
  const { text, fileNote, fileError, empty, textRef, readFile, edit } = csv;
  const fileDescribedBy = [labels.fileHint ? `${prefix}-file-hint` : null, fileError ? `${prefix}-file-error` : null].filter(Boolean).join(' ') || undefined;
  const textDescribedBy = [`${prefix}-text-hint`, empty ? `${prefix}-text-error` : null].filter(Boolean).join(' ');
  return (
    <>
      <div className={`field${fileError ? ' field--invalid' : ''}`}>
        <label htmlFor={`${prefix}-file`}>{labels.file}</label>
        {labels.fileHint ? (
          <p id={`${prefix}-file-hint`} className="field__hint">
            {labels.fileHint}
          </p>
        ) : null}
        <input
          id={`${prefix}-file`}
          type="file"
          accept=".csv,.txt,text/csv"
          aria-describedby={fileDescribedBy}
          aria-invalid={fileError || undefined}
          onChange={(event) => void readFile(event.target.files?.[0])}
        />
        {fileError ? (
          <p id={`${prefix}-file-error`} className="field__error">
            {labels.fileUnreadable}
          </p>
        ) : null}
      </div>
      <p role="status" className="status-idle">
        {fileNote}
      </p>
      <div className={`field${empty ? ' field--invalid' : ''}`}>
        <label htmlFor={`${prefix}-text`}>{labels.text}</label>
        <p id={`${prefix}-text-hint`} className="field__hint">
          {labels.textHint}
        </p>
        <textarea
          ref={textRef}
          id={`${prefix}-text`}
          className="csv-input"
          rows={8}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(event) => edit(event.target.value)}
          aria-invalid={empty || undefined}
          aria-describedby={textDescribedBy}
        />
        {empty ? (
          <p id={`${prefix}-text-error`} className="field__error">
            {labels.nothing}
          </p>
        ) : null}
      </div>
    </>
  );
}
