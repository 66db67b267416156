import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { BorrowerGroup, LibrarySettings } from '@hylle/contracts';
import { api } from '../../shared/api.ts';
import { useFormatters } from '../../shared/format.ts';
import { useLanguage } from '../../shared/i18n/use-t.ts';
import { problemMessage } from '../../shared/problem-message.ts';
import { useScopedValue, useStatus } from '../../shared/ui/action-scope.tsx';
import { ConfirmRemove } from '../../shared/ui/confirm-remove.tsx';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { useFocusReturn, type FocusTarget } from '../../shared/ui/use-focus-return.ts';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { childrenByParent } from '../borrower-group-tree.ts';
import { libraryApi } from '../library-api.ts';
import { useLibrary } from '../use-library.ts';
import { BorrowerGroupForm } from './borrower-group-form.tsx';
import { useLibrarySettings, useStoreSettings } from './use-library-settings.ts';

type Panel = { kind: 'none' } | { kind: 'add'; parentId: string } | { kind: 'edit'; id: string };

/**
 * The borrower-group tree (rule 1): one root "All", sub-groups as deep as the library needs.
 * A borrower in a group is also in all the groups above it (rule 6), which is why the tree
 * is drawn as nested lists. Each group says how much uses it; only an unused group can go.
 */
export function BorrowerGroupsPage() {
  const { t } = useLanguage();
  const library = useLibrary();
  const settings = useLibrarySettings(library.id);
  useDocumentTitle(t('libAdmin.groups.title'));
  return (
    <div className="stack">
      <h1>{t('libAdmin.groups.title')}</h1>
      <p className="lead">{t('libAdmin.groups.lead')}</p>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <BorrowerGroupTree libraryId={library.id} groups={settings.data.borrowerGroups} />
      )}
    </div>
  );
}

function BorrowerGroupTree({ libraryId, groups }: { libraryId: string; groups: readonly BorrowerGroup[] }) {
  const { t, language } = useLanguage();
  const status = useStatus();
  const storeSettings = useStoreSettings(libraryId);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [removeError, setRemoveError] = useScopedValue<{ id: string; message: string }>();
  const { listRef, buttonRef, returnFocus } = useFocusReturn(panel);
  const children = childrenByParent(groups, language);

  const close = (target: FocusTarget) => {
    returnFocus(target);
    setPanel({ kind: 'none' });
  };
  const saved = (settings: LibrarySettings, message: string) => {
    storeSettings(settings);
    close('list');
    status.show(message);
  };

  const remove = useMutation({
    mutationFn: (group: BorrowerGroup) => api<LibrarySettings>(libraryApi(libraryId, `/borrower-groups/${group.id}`), { method: 'DELETE' }),
    onSuccess: (settings, group) => {
      storeSettings(settings);
      status.show(t('libAdmin.groups.removed', { name: group.name }));
      listRef.current?.focus();
    },
    onError: (error, group) => setRemoveError({ id: group.id, message: problemMessage(t, error) }),
  });

  const renderGroup = (group: BorrowerGroup) => {
    const own = children.get(group.id) ?? [];
    const editing = panel.kind === 'edit' && panel.id === group.id;
    const adding = panel.kind === 'add' && panel.parentId === group.id;
    return (
      <li key={group.id} className="group-tree__item">
        <div className="group-tree__row">
          <div>
            <span className="group-tree__name">{group.name}</span> <UseCounts group={group} subGroups={own.length} />
          </div>
          <div className="button-row">
            <button
              ref={buttonRef(`add-${group.id}`)}
              type="button"
              className="button button--secondary button--small"
              aria-label={t('libAdmin.groups.addUnder', { name: group.name })}
              aria-expanded={adding}
              onClick={() => setPanel({ kind: 'add', parentId: group.id })}
            >
              {t('libAdmin.groups.addShort')}
            </button>
            <button
              ref={buttonRef(`edit-${group.id}`)}
              type="button"
              className="button button--secondary button--small"
              aria-label={group.parentId === null ? t('libAdmin.groups.rename', { name: group.name }) : t('libAdmin.groups.edit', { name: group.name })}
              aria-expanded={editing}
              onClick={() => setPanel({ kind: 'edit', id: group.id })}
            >
              {group.parentId === null ? t('libAdmin.groups.renameShort') : t('libAdmin.groups.editShort')}
            </button>
            {group.parentId !== null && own.length === 0 && group.borrowers === 0 && group.profiles === 0 ? (
              <ConfirmRemove
                buttonLabel={t('libAdmin.groups.remove', { name: group.name })}
                question={t('libAdmin.groups.confirmRemove', { name: group.name })}
                error={removeError?.id === group.id ? removeError.message : undefined}
                onConfirm={() => remove.mutateAsync(group)}
              />
            ) : null}
          </div>
        </div>
        {editing ? (
          <BorrowerGroupForm
            libraryId={libraryId}
            groups={groups}
            mode={{ kind: 'edit', group }}
            onStart={status.begin}
            onSaved={(settings, name) => saved(settings, t('libAdmin.groups.saved', { name }))}
            onCancel={() => close({ button: `edit-${group.id}` })}
          />
        ) : null}
        {adding ? (
          <BorrowerGroupForm
            libraryId={libraryId}
            groups={groups}
            mode={{ kind: 'add', parent: group }}
            onStart={status.begin}
            onSaved={(settings, name) => saved(settings, t('libAdmin.groups.added', { name, parent: group.name }))}
            onCancel={() => close({ button: `add-${group.id}` })}
          />
        ) : null}
        {own.length > 0 ? <ul className="group-tree">{own.map(renderGroup)}</ul> : null}
      </li>
    );
  };

  return (
    <section aria-labelledby="group-tree-title">
      <div className="stack" ref={listRef} tabIndex={-1}>
        <h2 id="group-tree-title">{t('libAdmin.groups.treeTitle')}</h2>
        <StatusMessage message={status.message} />
        {groups.length <= 1 ? <p className="notice notice--info">{t('libAdmin.groups.onlyRoot')}</p> : null}
        <ul className="group-tree group-tree--top">{(children.get(null) ?? []).map(renderGroup)}</ul>
      </div>
    </section>
  );
}

/** "3 lånere · 1 profil · 2 undergrupper": what keeps a group from being deleted. */
function UseCounts({ group, subGroups }: { group: BorrowerGroup; subGroups: number }) {
  const { t } = useLanguage();
  const format = useFormatters();
  const parts = [
    t(group.borrowers === 1 ? 'libAdmin.groups.borrowers.one' : 'libAdmin.groups.borrowers.other', { count: format.count(group.borrowers) }),
    t(group.profiles === 1 ? 'libAdmin.groups.profiles.one' : 'libAdmin.groups.profiles.other', { count: format.count(group.profiles) }),
    t(subGroups === 1 ? 'libAdmin.groups.subGroups.one' : 'libAdmin.groups.subGroups.other', { count: format.count(subGroups) }),
  ];
  return <span className="group-tree__counts muted">({parts.join(' · ')})</span>;
}
