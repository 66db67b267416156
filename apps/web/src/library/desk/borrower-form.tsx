import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Borrower, BorrowerBody, LibraryDirectory } from '@hylle/contracts';
import { apiPost, apiPut } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useFieldErrors } from '../../shared/use-field-errors.ts';
import { BorrowerGroupCheckboxes } from '../borrower-group-checkboxes.tsx';
import { CheckboxWithHint } from '../checkbox-with-hint.tsx';
import { libraryApi } from '../library-api.ts';
import { libraryKeys } from '../library-keys.ts';

const FIELDS = ['cardNumber', 'name', 'blocked', 'groupIds'];

interface Props {
  libraryId: string;
  directory: LibraryDirectory;
  existing?: Borrower;
  /** What the desk searched for, to start a new borrower with (a card number, or a name). */
  start?: { cardNumber?: string; name?: string };
  onStart: () => void;
  onSaved: (borrower: Borrower) => void;
  onCancel: () => void;
}

/** A borrower: card number, name, groups (a borrower may be in several) and whether they are blocked. */
export function BorrowerForm({ libraryId, directory, existing, start, onStart, onSaved, onCancel }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const [cardNumber, setCardNumber] = useState(existing?.cardNumber ?? start?.cardNumber ?? '');
  const [name, setName] = useState(existing?.name ?? start?.name ?? '');
  const [blocked, setBlocked] = useState(existing?.blocked ?? false);
  const [groupIds, setGroupIds] = useState<string[]>(existing?.groups.map((group) => group.id) ?? []);
  const firstRef = useRef<HTMLInputElement>(null);
  const prefix = existing ? `borrower-${existing.id}` : 'borrower-new';

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (body: BorrowerBody) =>
      existing ? apiPut<Borrower>(libraryApi(libraryId, `/borrowers/${existing.id}`), body) : apiPost<Borrower>(libraryApi(libraryId, '/borrowers'), body),
    onSuccess: (borrower) => {
      void queryClient.invalidateQueries({ queryKey: libraryKeys.borrowers(libraryId) });
      onSaved(borrower);
    },
  });
  const fieldError = useFieldErrors(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    onStart();
    save.mutate({ cardNumber: cardNumber.trim(), name: name.trim(), blocked, groupIds });
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} className="card__title">
        {existing ? t('libDesk.borrower.editTitle', { name: existing.name }) : t('libDesk.borrower.newTitle')}
      </h3>
      <div className="field-row">
        <TextField
          ref={firstRef}
          id={`${prefix}-card`}
          label={t('libDesk.borrower.cardNumber')}
          hint={t('libDesk.borrower.cardNumberHint')}
          value={cardNumber}
          onChange={setCardNumber}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          required
          error={fieldError('cardNumber')}
        />
        <TextField id={`${prefix}-name`} label={t('libDesk.borrower.name')} value={name} onChange={setName} autoComplete="off" maxLength={120} required error={fieldError('name')} />
      </div>
      <BorrowerGroupCheckboxes
        idPrefix={`${prefix}-groups`}
        legend={t('libDesk.borrower.groups')}
        hint={t('libDesk.borrower.groupsHint')}
        groups={directory.borrowerGroups}
        selected={groupIds}
        onChange={setGroupIds}
        error={fieldError('groupIds')}
      />
      <CheckboxWithHint id={`${prefix}-blocked`} label={t('libDesk.borrower.blocked')} hint={t('libDesk.borrower.blockedHint')} checked={blocked} onChange={setBlocked} error={fieldError('blocked')} />
      <FormError error={save.error} fields={FIELDS} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
