import { useRef, useState } from 'react';

/**
 * The CSV text of an import form: what a chosen file filled in or what was typed or pasted,
 * the note saying which file was read, whether the file could not be read, and whether the
 * form was sent with nothing in it. `noteFor` words the note (each import counts its rows
 * its own way).
 */
export function useCsvText(noteFor: (fileName: string, content: string) => string) {
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState('');
  const [fileError, setFileError] = useState(false);
  const [empty, setEmpty] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const readFile = async (file: File | undefined) => {
    setFileNote('');
    setFileError(false);
    if (!file) return;
    try {
      // A byte-order mark (spreadsheets write one) would stick to the first column's name.
      const content = (await file.text()).replace(/^\uFEFF/, '');
      setText(content);
      setEmpty(false);
      setFileNote(noteFor(file.name, content));
    } catch {
      setFileError(true);
    }
  };

  const edit = (value: string) => {
    setText(value);
    // The note described the file; the text no longer is the file.
    setFileNote('');
  };

  /** The text to send, or null: then the box is marked empty and gets focus. */
  const take = (): string | null => {
    if (text.trim() === '') {
      setEmpty(true);
      textRef.current?.focus();
      return null;
    }
    setEmpty(false);
    return text;
  };

  return { text, fileNote, fileError, empty, textRef, readFile, edit, take };
}

export type CsvText = ReturnType<typeof useCsvText>;
