import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Borrower, DeskDecision } from '@hylle/contracts';
import { apiPost } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useFieldErrors } from '../../shared/use-field-errors.ts';
import { libraryApi } from '../library-api.ts';
import { libraryKeys } from '../library-keys.ts';
import type { DeskAnswer } from './desk-answer.ts';
import { useBarcodeError } from './use-barcode-error.ts';

type Act = 'checkOut' | 'reserve' | 'book' | 'ill';
const ACTS: readonly Act[] = ['checkOut', 'reserve', 'book', 'ill'];
const PATHS: Record<Act, string> = { checkOut: '/desk/check-out', reserve: '/desk/reserve', book: '/desk/book', ill: '/desk/ill' };
const FIELDS = ['barcode', 'start', 'end'];

interface Props {
  libraryId: string;
  borrower: Borrower;
  onStart: () => void;
  onAnswer: (answer: DeskAnswer) => void;
}

type Sent = { act: Act; barcode: string; start: string; end: string };

/**
 * What the desk does for a borrower with an item: lend it, reserve it, book it for a period
 * or ask for it by inter-library loan. The barcode field has focus and Enter sends, so a
 * scanner (which types the code and Enter) lends item after item; the field is emptied and
 * focused again after every answer.
 */
export function DeskActForm({ libraryId, borrower, onStart, onAnswer }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const [act, setAct] = useState<Act>('checkOut');
  const [barcode, setBarcode] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [missing, setMissing] = useState<('barcode' | 'start' | 'end')[]>([]);
  const barcodeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    barcodeRef.current?.focus();
  }, [borrower.id]);

  const run = useMutation({
    mutationFn: (sent: Sent) =>
      apiPost<DeskDecision>(
        libraryApi(libraryId, PATHS[sent.act]),
        sent.act === 'book' ? { borrowerId: borrower.id, barcode: sent.barcode, start: sent.start, end: sent.end } : { borrowerId: borrower.id, barcode: sent.barcode },
      ),
    onSuccess: (decision, sent) => {
      onAnswer({ kind: 'decision', act: { kind: sent.act, barcode: sent.barcode, borrowerName: borrower.name }, decision });
      setBarcode('');
      barcodeRef.current?.focus();
      void queryClient.invalidateQueries({ queryKey: libraryKeys.borrowers(libraryId) });
    },
    // The next scan should replace a wrong code, not add to it.
    onError: () => barcodeRef.current?.select(),
  });
  const barcodeError = useBarcodeError(run.error, run.variables?.barcode ?? barcode);
  const fieldError = useFieldErrors(run.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (run.isPending) return;
    onStart();
    const absent = [
      ...(barcode.trim() === '' ? (['barcode'] as const) : []),
      ...(act === 'book' && start === '' ? (['start'] as const) : []),
      ...(act === 'book' && end === '' ? (['end'] as const) : []),
    ];
    setMissing(absent);
    if (absent.length > 0) {
      document.getElementById(`desk-act-${absent[0]}`)?.focus();
      return;
    }
    run.reset();
    run.mutate({ act, barcode: barcode.trim(), start, end });
  };

  const required = t('errors.field.required');
  return (
    <form className="form desk-act" onSubmit={submit} noValidate aria-labelledby="desk-act-title">
      <h3 id="desk-act-title">{t('libDesk.act.title', { name: borrower.name })}</h3>
      <fieldset className="desk-act__choice">
        <legend className="visually-hidden">{t('libDesk.act.choose')}</legend>
        {ACTS.map((value) => (
          <div key={value} className="desk-act__option">
            <input id={`desk-act-kind-${value}`} type="radio" name="desk-act-kind" checked={act === value} onChange={() => setAct(value)} />
            <label htmlFor={`desk-act-kind-${value}`}>{t(`libDesk.act.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="inline-form">
        <TextField
          ref={barcodeRef}
          id="desk-act-barcode"
          label={t('libDesk.barcode')}
          hint={t('libDesk.act.barcodeHint')}
          value={barcode}
          onChange={setBarcode}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          required
          error={missing.includes('barcode') ? required : barcodeError}
        />
        {act === 'book' ? null : <SubmitButton pending={run.isPending} label={t(`libDesk.act.submit.${act}`)} pendingLabel={t('libDesk.act.pending')} />}
      </div>
      {act === 'book' ? (
        <div className="inline-form">
          <TextField id="desk-act-start" type="date" className="field--short" label={t('libDesk.act.start')} value={start} onChange={setStart} required error={missing.includes('start') ? required : fieldError('start')} />
          <TextField id="desk-act-end" type="date" className="field--short" label={t('libDesk.act.end')} value={end} onChange={setEnd} required error={missing.includes('end') ? required : fieldError('end')} />
          <SubmitButton pending={run.isPending} label={t('libDesk.act.submit.book')} pendingLabel={t('libDesk.act.pending')} />
        </div>
      ) : null}
      <FormError error={run.error} fields={FIELDS} />
    </form>
  );
}
