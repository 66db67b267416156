import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Item, LibraryDirectory } from '@hylle/contracts';
import { ApiError } from '../../shared/api-error.ts';
import { apiGet } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useActionScope, useStatus } from '../../shared/ui/action-scope.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useFocusReturn } from '../../shared/ui/use-focus-return.ts';
import { libraryApi } from '../library-api.ts';
import { libraryKeys } from '../library-keys.ts';
import { ItemForm } from './item-form.tsx';

/**
 * The library's items at the desk: look one up by barcode (title, material group, place,
 * status), or register one by hand, starting from a barcode that was not found.
 */
export function ItemsSection({ libraryId, directory }: { libraryId: string; directory: LibraryDirectory }) {
  const t = useT();
  const scope = useActionScope();
  const status = useStatus();
  const [barcode, setBarcode] = useState('');
  const [looked, setLooked] = useState('');
  const [creating, setCreating] = useState<{ barcode: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const { addButtonRef, returnFocus } = useFocusReturn(creating);
  const item = useQuery({
    queryKey: libraryKeys.item(libraryId, looked),
    queryFn: ({ signal }) => apiGet<Item>(libraryApi(libraryId, `/items?barcode=${encodeURIComponent(looked)}`), signal),
    enabled: looked !== '',
  });
  const unknown = item.error instanceof ApiError && item.error.status === 404;

  const lookUp = (event: FormEvent) => {
    event.preventDefault();
    scope.begin();
    const code = barcode.trim();
    if (code === '') {
      inputRef.current?.focus();
      return;
    }
    setLooked(code);
    if (code === looked) void item.refetch();
  };

  return (
    <section className="card stack" aria-labelledby="desk-items-title">
      <h2 id="desk-items-title" className="card__title">
        {t('libDesk.item.sectionTitle')}
      </h2>
      <StatusMessage message={status.message} />
      <form className="inline-form" onSubmit={lookUp} noValidate aria-label={t('libDesk.item.lookUpLabel')}>
        <TextField ref={inputRef} id="desk-item-barcode" label={t('libDesk.barcode')} value={barcode} onChange={setBarcode} autoComplete="off" spellCheck={false} />
        <button type="submit" className="button button--secondary">
          {t('libDesk.item.lookUp')}
        </button>
      </form>
      <div role="status" className="status-idle">
        {item.isFetching ? <p>{t('common.loading')}</p> : null}
        {unknown ? <p>{t('libDesk.noItem', { barcode: looked })}</p> : null}
      </div>
      {item.isError && !unknown ? <QueryError error={item.error} onRetry={() => void item.refetch()} /> : null}
      {item.data && looked !== '' ? <ItemFacts item={item.data} /> : null}
      {creating ? (
        <ItemForm
          libraryId={libraryId}
          directory={directory}
          barcode={creating.barcode}
          onStart={status.begin}
          onSaved={(saved) => {
            returnFocus('add');
            setCreating(null);
            setBarcode(saved.barcode);
            setLooked(saved.barcode);
            status.show(t('libDesk.item.saved', { title: saved.title, barcode: saved.barcode }));
          }}
          onCancel={() => {
            returnFocus('add');
            setCreating(null);
          }}
        />
      ) : directory.materialGroups.length === 0 ? (
        <p className="muted">{t('libDesk.item.noMaterialGroups')}</p>
      ) : (
        <div>
          <button ref={addButtonRef} type="button" className="button button--secondary" onClick={() => setCreating({ barcode: unknown ? looked : '' })}>
            {unknown ? t('libDesk.item.addUnknown', { barcode: looked }) : t('libDesk.item.add')}
          </button>
        </div>
      )}
    </section>
  );
}

function ItemFacts({ item }: { item: Item }) {
  const t = useT();
  return (
    <dl className="facts">
      <div>
        <dt>{t('libDesk.item.title')}</dt>
        <dd>{item.title}</dd>
      </div>
      <div>
        <dt>{t('libDesk.barcode')}</dt>
        <dd>{item.barcode}</dd>
      </div>
      <div>
        <dt>{t('libDesk.item.materialGroup')}</dt>
        <dd>{item.materialGroup.name}</dd>
      </div>
      <div>
        <dt>{t('libDesk.item.place')}</dt>
        <dd>{[item.department, item.shelfLocation].filter(Boolean).join(' · ') || t('common.none')}</dd>
      </div>
      <div>
        <dt>{t('libDesk.item.status')}</dt>
        <dd>{t(`libDesk.item.status.${item.status}`)}</dd>
      </div>
    </dl>
  );
}
