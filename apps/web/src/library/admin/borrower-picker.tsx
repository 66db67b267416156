import { useState, type KeyboardEvent } from 'react';
import type { Borrower } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';
import { problemMessage } from '../../shared/problem-message.ts';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useBorrowerSearch } from '../use-borrower-search.ts';
import { useListFormat } from '../use-list-format.ts';

interface Props {
  libraryId: string;
  idPrefix: string;
  chosen: Borrower | null;
  onChoose: (borrower: Borrower | null) => void;
  error?: string | undefined;
}

/**
 * A real borrower for the policy tester, found by card number or name. It sits inside the
 * tester's form, so Enter in the search field searches instead of testing.
 */
export function BorrowerPicker({ libraryId, idPrefix, chosen, onChoose, error }: Props) {
  const t = useT();
  const list = useListFormat();
  const [q, setQ] = useState('');
  const [submitted, setSubmitted] = useState('');
  const search = useBorrowerSearch(libraryId, submitted);
  const find = () => setSubmitted(q.trim());
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    find();
  };
  const found = search.data?.items ?? [];

  return (
    <div className="stack borrower-picker">
      {chosen ? (
        <p className="notice notice--info">
          {t('libAdmin.tester.chosen', { name: chosen.name, card: chosen.cardNumber, groups: chosen.groups.length > 0 ? list(chosen.groups.map((g) => g.name)) : t('common.none') })}
        </p>
      ) : null}
      <div className="inline-form">
        <TextField
          id={`${idPrefix}-q`}
          label={t('libDesk.search.label')}
          hint={t('libDesk.search.hint')}
          value={q}
          onChange={setQ}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
          error={error}
        />
        <button type="button" className="button button--secondary" onClick={find}>
          {t('libDesk.search.submit')}
        </button>
      </div>
      <p role="status" className="status-idle">
        {search.isFetching ? t('common.loading') : search.isSuccess ? t(found.length === 1 ? 'libDesk.search.count.one' : 'libDesk.search.count.other', { count: found.length, q: submitted }) : ''}
      </p>
      {search.isError ? <p className="field__error">{problemMessage(t, search.error)}</p> : null}
      {found.length > 0 ? (
        <ul className="borrower-picker__list">
          {found.map((borrower) => (
            <li key={borrower.id}>
              <button type="button" className="button button--secondary button--small" aria-pressed={chosen?.id === borrower.id} onClick={() => onChoose(borrower)}>
                {t('libAdmin.tester.choose', { name: borrower.name, card: borrower.cardNumber })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
