import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LibrarySettings, LoanProfile, MaterialGroup } from '@hylle/contracts';
import { api, apiPut } from '../../shared/api.ts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { problemMessage } from '../../shared/problem-message.ts';
import { useScopedValue, type useStatus } from '../../shared/ui/action-scope.tsx';
import { ConfirmRemove } from '../../shared/ui/confirm-remove.tsx';
import { useFocusReturn } from '../../shared/ui/use-focus-return.ts';
import { libraryApi } from '../library-api.ts';
import { libraryKeys } from '../library-keys.ts';
import { useListFormat } from '../use-list-format.ts';
import { LoanProfileForm } from './loan-profile-form.tsx';
import { loanProfileTerms } from './loan-profile-terms.ts';
import { warningsFor, warningText } from './policy-warnings.ts';
import { dropIndex, moveBy, moveTo, sameOrder } from './profile-order.ts';
import { useStoreSettings } from './use-library-settings.ts';

interface Props {
  libraryId: string;
  materialGroup: MaterialGroup;
  settings: LibrarySettings;
  status: ReturnType<typeof useStatus>;
}

type Control = 'handle' | 'up' | 'down';

/**
 * A material group's loan profiles in priority order (rules 4, 7): the first that shares a
 * group with the borrower decides. The order changes by dragging a row, by the arrow keys on
 * its handle, or by its up and down buttons; every move sends the whole new order (the
 * server wants every id once), one request after the other, and the page shows the new
 * order at once. Focus stays on the control that moved the row.
 */
export function LoanProfileList({ libraryId, materialGroup, settings, status }: Props) {
  const t = useT();
  const format = useFormatters();
  const list = useListFormat();
  const queryClient = useQueryClient();
  const storeSettings = useStoreSettings(libraryId);
  const [draftOrder, setDraftOrder] = useState<readonly string[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [reorderError, setReorderError] = useScopedValue<string>();
  const [removeError, setRemoveError] = useScopedValue<{ id: string; message: string }>();
  const pending = useRef(0);
  const lastMoved = useRef<string | null>(null);
  const focusAfterMove = useRef<{ id: string; control: Control } | null>(null);
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const { buttonRef, returnFocus } = useFocusReturn(editing);

  const profiles = [...materialGroup.profiles].sort((a, b) => a.priority - b.priority);
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const savedOrder = profiles.map((profile) => profile.id);
  const order = draftOrder ?? savedOrder;
  const groupName = new Map(settings.borrowerGroups.map((group) => [group.id, group.name]));
  const helpId = `profile-order-help-${materialGroup.id}`;

  useEffect(() => {
    // A moved row is a moved DOM node, and a moved node loses focus: give it back. A button
    // that is now disabled (up, at the top) hands focus to the row's handle.
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const element = controls.current.get(`${target.id}-${target.control}`);
    (element && !element.disabled ? element : controls.current.get(`${target.id}-handle`))?.focus();
  }, [order]);

  const reorder = useMutation({
    mutationFn: (ids: readonly string[]) => apiPut<LibrarySettings>(libraryApi(libraryId, `/material-groups/${materialGroup.id}/profile-order`), { profileIds: ids }),
    // One order after the other: the server ends with the last one asked for.
    scope: { id: `profile-order-${materialGroup.id}` },
    onSuccess: (answer, ids) => {
      pending.current -= 1;
      if (pending.current > 0) return;
      storeSettings(answer);
      setDraftOrder(null);
      const moved = lastMoved.current;
      const profile = moved ? byId.get(moved) : undefined;
      if (profile) status.show(t('libAdmin.profile.moved', { name: profile.name, position: ids.indexOf(profile.id) + 1, count: ids.length }));
    },
    onError: (error) => {
      pending.current -= 1;
      setDraftOrder(null);
      setReorderError(problemMessage(t, error));
      void queryClient.invalidateQueries({ queryKey: libraryKeys.settings(libraryId) });
    },
  });

  const remove = useMutation({
    mutationFn: (profile: LoanProfile) => api<LibrarySettings>(libraryApi(libraryId, `/material-groups/${materialGroup.id}/profiles/${profile.id}`), { method: 'DELETE' }),
    onSuccess: (answer, profile) => {
      storeSettings(answer);
      status.show(t('libAdmin.profile.removed', { name: profile.name }));
    },
    onError: (error, profile) => setRemoveError({ id: profile.id, message: problemMessage(t, error) }),
  });

  const move = (id: string, next: readonly string[], control: Control) => {
    if (sameOrder(next, order)) return;
    status.begin();
    lastMoved.current = id;
    focusAfterMove.current = { id, control };
    pending.current += 1;
    setDraftOrder(next);
    reorder.mutate(next);
  };

  const onHandleKey = (id: string) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const next =
      event.key === 'ArrowUp'
        ? moveBy(order, id, -1)
        : event.key === 'ArrowDown'
          ? moveBy(order, id, 1)
          : event.key === 'Home'
            ? moveTo(order, id, 0)
            : event.key === 'End'
              ? moveTo(order, id, order.length - 1)
              : null;
    if (next === null) return;
    event.preventDefault();
    move(id, next, 'handle');
  };

  const dragHandlers = (id: string) => ({
    // Not while a form is open in the list: text in a draggable row cannot be selected.
    draggable: editing === null,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', id);
      setDragging(id);
    },
    onDragOver: (event: DragEvent) => {
      if (dragging === null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (over !== id) setOver(id);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      if (dragging !== null) move(dragging, moveTo(order, dragging, dropIndex(order, dragging, id)), 'handle');
      setDragging(null);
      setOver(null);
    },
    onDragEnd: () => {
      setDragging(null);
      setOver(null);
    },
  });

  const controlRef = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) controls.current.set(key, element);
    else controls.current.delete(key);
  };

  const dropSide = (id: string) => {
    if (dragging === null || over !== id || dragging === id) return '';
    return order.indexOf(dragging) < order.indexOf(id) ? ' profile-list__item--drop-after' : ' profile-list__item--drop-before';
  };

  return (
    <div className="stack">
      <p id={helpId} className="field__hint">
        {t('libAdmin.profile.orderHelp')}
      </p>
      {reorderError ? (
        <p className="notice notice--error" role="alert">
          {reorderError}
        </p>
      ) : null}
      <ol className="profile-list" aria-busy={reorder.isPending || undefined}>
        {order.map((id, index) => {
          const profile = byId.get(id);
          if (!profile) return null;
          const terms = loanProfileTerms(t, profile, format.locales);
          const groups = profile.borrowerGroupIds.map((groupId) => groupName.get(groupId) ?? '?');
          const warnings = warningsFor(settings.warnings, materialGroup.id, profile.id);
          const position = { name: profile.name, position: index + 1, count: order.length };
          return (
            <li
              key={id}
              id={`profile-${id}`}
              tabIndex={-1}
              className={`profile-list__item${dragging === id ? ' profile-list__item--dragging' : ''}${dropSide(id)}`}
              {...dragHandlers(id)}
            >
              <div className="profile-list__row">
                <button
                  ref={controlRef(`${id}-handle`)}
                  type="button"
                  className="profile-list__handle"
                  aria-label={t('libAdmin.profile.handle', position)}
                  aria-describedby={helpId}
                  onKeyDown={onHandleKey(id)}
                >
                  <span aria-hidden="true">⠿</span>
                </button>
                <span className="profile-list__priority">{t('libAdmin.profile.priority', { priority: index + 1 })}</span>
                <div className="profile-list__body">
                  <p className="profile-list__name">{profile.name}</p>
                  <p className="profile-list__terms">
                    {terms.period} · {terms.renewals} · {t('libAdmin.profile.allowsList', { allows: terms.allows })}
                  </p>
                  <p className="profile-list__groups">
                    {groups.length > 0 ? t('libAdmin.profile.groupsList', { groups: list(groups) }) : t('libAdmin.profile.groupsNone')}
                  </p>
                  {warnings.map((warning) => (
                    <p key={warning.kind} className="field__warning">
                      {warningText(t, settings, warning, list)}
                    </p>
                  ))}
                </div>
                <div className="button-row profile-list__actions">
                  <button
                    ref={controlRef(`${id}-up`)}
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('libAdmin.profile.moveUp', { name: profile.name })}
                    disabled={index === 0}
                    onClick={() => move(id, moveBy(order, id, -1), 'up')}
                  >
                    <span aria-hidden="true">↑</span> {t('libAdmin.profile.up')}
                  </button>
                  <button
                    ref={controlRef(`${id}-down`)}
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('libAdmin.profile.moveDown', { name: profile.name })}
                    disabled={index === order.length - 1}
                    onClick={() => move(id, moveBy(order, id, 1), 'down')}
                  >
                    <span aria-hidden="true">↓</span> {t('libAdmin.profile.down')}
                  </button>
                  <button
                    ref={buttonRef(id)}
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('libAdmin.profile.editNamed', { name: profile.name })}
                    aria-expanded={editing === id}
                    onClick={() => setEditing(id)}
                  >
                    {t('libAdmin.edit')}
                  </button>
                  <ConfirmRemove
                    buttonLabel={t('libAdmin.profile.remove', { name: profile.name })}
                    question={t('libAdmin.profile.confirmRemove', { name: profile.name })}
                    error={removeError?.id === id ? removeError.message : undefined}
                    onConfirm={() => remove.mutateAsync(profile)}
                  />
                </div>
              </div>
              {editing === id ? (
                <LoanProfileForm
                  libraryId={libraryId}
                  materialGroup={materialGroup}
                  groups={settings.borrowerGroups}
                  existing={profile}
                  onStart={status.begin}
                  onSaved={(answer, name) => {
                    storeSettings(answer);
                    returnFocus({ button: id });
                    setEditing(null);
                    status.show(t('libAdmin.profile.saved', { name }));
                  }}
                  onCancel={() => {
                    returnFocus({ button: id });
                    setEditing(null);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
