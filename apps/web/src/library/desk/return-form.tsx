import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Loan } from '@hylle/contracts';
import { apiPost } from '../../shared/api.ts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useActionScope, useScopedValue } from '../../shared/ui/action-scope.tsx';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { libraryApi } from '../library-api.ts';
import { libraryKeys } from '../library-keys.ts';
import { deskAnswerText } from './desk-answer.ts';
import { useBarcodeError } from './use-barcode-error.ts';

/**
 * Returns by barcode, whoever borrowed the item: no borrower needs to be chosen first. The
 * field stays focused and empties after each return, so a pile of books can be scanned in.
 */
export function ReturnForm({ libraryId, onOpenBorrower }: { libraryId: string; onOpenBorrower: (borrowerId: string) => void }) {
  const t = useT();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const scope = useActionScope();
  const [barcode, setBarcode] = useState('');
  const [empty, setEmpty] = useState(false);
  const [returned, setReturned] = useScopedValue<Loan>();
  const inputRef = useRef<HTMLInputElement>(null);

  const giveBack = useMutation({
    mutationFn: (code: string) => apiPost<Loan>(libraryApi(libraryId, '/desk/return'), { barcode: code }),
    onSuccess: (loan) => {
      setReturned(loan);
      setBarcode('');
      inputRef.current?.focus();
      void queryClient.invalidateQueries({ queryKey: libraryKeys.borrowers(libraryId) });
    },
    onError: () => inputRef.current?.select(),
  });
  const barcodeError = useBarcodeError(giveBack.error, giveBack.variables ?? barcode);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (giveBack.isPending) return;
    scope.begin();
    const code = barcode.trim();
    setEmpty(code === '');
    if (code === '') {
      inputRef.current?.focus();
      return;
    }
    giveBack.mutate(code);
  };

  const context = { t, formatDate: (date: string) => format.calendarDate(date) };
  return (
    <section className="card stack" aria-labelledby="desk-return-title">
      <h2 id="desk-return-title" className="card__title">
        {t('libDesk.return.title')}
      </h2>
      <form className="form" onSubmit={submit} noValidate aria-labelledby="desk-return-title">
        <div className="inline-form">
          <TextField
            ref={inputRef}
            id="desk-return-barcode"
            label={t('libDesk.barcode')}
            hint={t('libDesk.return.hint')}
            value={barcode}
            onChange={setBarcode}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="go"
            required
            error={empty ? t('errors.field.required') : barcodeError}
          />
          <SubmitButton pending={giveBack.isPending} label={t('libDesk.return.submit')} pendingLabel={t('libDesk.return.pending')} />
        </div>
        <FormError error={giveBack.error} fields={['barcode']} />
      </form>
      <p role="status" className={returned ? 'notice notice--success' : 'status-idle'}>
        {returned ? deskAnswerText(context, { kind: 'return', loan: returned }) : ''}
      </p>
      {returned ? (
        <div>
          <button type="button" className="button button--secondary button--small" onClick={() => onOpenBorrower(returned.borrower.id)}>
            {t('libDesk.return.openBorrower', { name: returned.borrower.name })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
