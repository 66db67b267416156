import { useEffect, useRef, useState } from 'react';
import type { LibrarySettings } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useStatus } from '../../shared/ui/action-scope.tsx';
import { EmptyState } from '../../shared/ui/empty-state.tsx';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { useFocusReturn } from '../../shared/ui/use-focus-return.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { useLibrary } from '../use-library.ts';
import { MaterialGroupForm } from './material-group-form.tsx';
import { MaterialGroupSection } from './material-group-section.tsx';
import { PolicyWarningsSummary } from './policy-warnings-summary.tsx';
import { useLibrarySettings, useStoreSettings } from './use-library-settings.ts';

/** Library → Admin: the material groups with their prioritised loan profiles, and what the rules warn of. */
export function LibraryRulesPage() {
  const t = useT();
  const library = useLibrary();
  const settings = useLibrarySettings(library.id);
  useDocumentTitle(t('libAdmin.rules.title'));
  return (
    <div className="stack">
      <h1>{t('libAdmin.rules.title')}</h1>
      <p className="lead">{t('libAdmin.rules.lead')}</p>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <Rules libraryId={library.id} settings={settings.data} />
      )}
    </div>
  );
}

function Rules({ libraryId, settings }: { libraryId: string; settings: LibrarySettings }) {
  const t = useT();
  const status = useStatus();
  const storeSettings = useStoreSettings(libraryId);
  const [adding, setAdding] = useState(false);
  const { addButtonRef, returnFocus } = useFocusReturn(adding);
  const focusGroup = useRef<string | null>(null);

  useEffect(() => {
    // A new group's section is where the admin goes next (its first profile), once it is drawn.
    const id = focusGroup.current;
    focusGroup.current = null;
    if (id) document.getElementById(`material-group-${id}`)?.focus();
  }, [settings]);

  return (
    <>
      <PolicyWarningsSummary settings={settings} />
      <StatusMessage message={status.message} />
      {settings.materialGroups.length === 0 ? (
        <EmptyState title={t('libAdmin.material.emptyTitle')}>
          <p>{t('libAdmin.material.emptyBody')}</p>
        </EmptyState>
      ) : (
        settings.materialGroups.map((group) => <MaterialGroupSection key={group.id} libraryId={libraryId} materialGroup={group} settings={settings} />)
      )}
      {adding ? (
        <MaterialGroupForm
          libraryId={libraryId}
          onStart={status.begin}
          onSaved={(answer, name) => {
            focusGroup.current = answer.materialGroups.find((group) => group.name === name)?.id ?? null;
            storeSettings(answer);
            setAdding(false);
            status.show(t('libAdmin.material.added', { name }));
          }}
          onCancel={() => {
            returnFocus('add');
            setAdding(false);
          }}
        />
      ) : (
        <div>
          <button ref={addButtonRef} type="button" className="button" onClick={() => setAdding(true)}>
            {t('libAdmin.material.add')}
          </button>
        </div>
      )}
    </>
  );
}
