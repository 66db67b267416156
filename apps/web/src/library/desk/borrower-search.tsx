import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Borrower, LibraryDirectory } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useActionScope } from '../../shared/ui/action-scope.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useFocusReturn } from '../../shared/ui/use-focus-return.ts';
import { useBorrowerSearch } from '../use-borrower-search.ts';
import { useListFormat } from '../use-list-format.ts';
import { BorrowerForm } from './borrower-form.tsx';

interface Props {
  libraryId: string;
  directory: LibraryDirectory;
  onChoose: (borrower: Borrower) => void;
}

/** A card number looks like this; anything else typed into the search is taken as a name for a new borrower. */
const CARD_LIKE = /^[\p{N}-]+$/u;

/**
 * Finding the borrower at the desk: a card number (scanned or typed) opens the borrower at
 * once when it is theirs exactly; a name lists everyone whose name starts so. When nobody
 * is found, a new borrower starts from what was typed.
 */
export function BorrowerSearch({ libraryId, directory, onChoose }: Props) {
  const t = useT();
  const format = useFormatters();
  const list = useListFormat();
  const scope = useActionScope();
  const [q, setQ] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [empty, setEmpty] = useState(false);
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const openOnExactCard = useRef<string | null>(null);
  const search = useBorrowerSearch(libraryId, submitted);
  const { addButtonRef, returnFocus } = useFocusReturn(creating);
  const found = search.data?.items ?? [];

  useEffect(() => {
    // The borrower's card was scanned: no list to choose from, straight to the borrower.
    const card = openOnExactCard.current;
    if (card === null || !search.data || submitted !== card) return;
    openOnExactCard.current = null;
    const [only, ...others] = search.data.items;
    if (only && others.length === 0 && only.cardNumber.toLocaleLowerCase('nb') === card.toLocaleLowerCase('nb')) onChoose(only);
  }, [search.data, submitted, onChoose]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    scope.begin();
    const query = q.trim();
    setEmpty(query === '');
    if (query === '') {
      searchRef.current?.focus();
      return;
    }
    openOnExactCard.current = query;
    setSubmitted(query);
    if (query === submitted) void search.refetch();
  };

  const countText = search.isSuccess ? t(found.length === 1 ? 'libDesk.search.count.one' : 'libDesk.search.count.other', { count: format.count(found.length), q: submitted }) : '';
  return (
    <section className="card stack" aria-labelledby="borrower-search-title">
      <h2 id="borrower-search-title" className="card__title">
        {t('libDesk.search.title')}
      </h2>
      <form className="inline-form" role="search" aria-labelledby="borrower-search-title" onSubmit={submit} noValidate>
        <TextField
          ref={searchRef}
          id="borrower-search-q"
          label={t('libDesk.search.label')}
          hint={t('libDesk.search.hint')}
          value={q}
          onChange={setQ}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          error={empty ? t('libDesk.search.empty') : undefined}
        />
        <button type="submit" className="button">
          {t('libDesk.search.submit')}
        </button>
      </form>
      <p role="status" className="status-idle">
        {search.isFetching ? t('libDesk.search.searching') : countText}
      </p>
      {search.isError ? <QueryError error={search.error} onRetry={() => void search.refetch()} /> : null}
      {found.length > 0 ? (
        <ul className="desk-results" aria-label={t('libDesk.search.results')}>
          {found.map((borrower) => (
            <li key={borrower.id} className="desk-results__item">
              <div>
                <p className="desk-results__name">
                  {borrower.name}
                  {borrower.blocked ? <span className="badge desk-blocked">{t('libDesk.borrower.isBlocked')}</span> : null}
                </p>
                <p className="muted">
                  {t(borrower.openLoans === 1 ? 'libDesk.search.resultFacts.one' : 'libDesk.search.resultFacts.other', {
                    card: borrower.cardNumber,
                    groups: borrower.groups.length > 0 ? list(borrower.groups.map((group) => group.name)) : t('common.none'),
                    loans: format.count(borrower.openLoans),
                  })}
                </p>
              </div>
              <button type="button" className="button button--small" aria-label={t('libDesk.search.chooseNamed', { name: borrower.name })} onClick={() => onChoose(borrower)}>
                {t('libDesk.search.choose')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {creating ? (
        <BorrowerForm
          libraryId={libraryId}
          directory={directory}
          start={submitted === '' ? undefined : CARD_LIKE.test(submitted) ? { cardNumber: submitted } : { name: submitted }}
          onStart={scope.begin}
          onSaved={(borrower) => {
            setCreating(false);
            onChoose(borrower);
          }}
          onCancel={() => {
            returnFocus('add');
            setCreating(false);
          }}
        />
      ) : (
        <div>
          <button ref={addButtonRef} type="button" className="button button--secondary" onClick={() => setCreating(true)}>
            {t('libDesk.borrower.add')}
          </button>
        </div>
      )}
    </section>
  );
}
