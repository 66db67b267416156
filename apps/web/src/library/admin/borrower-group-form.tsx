import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { BorrowerGroup, LibrarySettings } from '@hylle/contracts';
import { apiPost, apiPut } from '../../shared/api.ts';
import { useLanguage } from '../../shared/i18n/use-t.ts';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SelectField } from '../../shared/ui/select-field.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useFieldErrors } from '../../shared/use-field-errors.ts';
import { indentedName, moveTargets } from '../borrower-group-tree.ts';
import { libraryApi } from '../library-api.ts';

const FIELDS = ['name', 'parentId'];

type Mode = { kind: 'add'; parent: BorrowerGroup } | { kind: 'edit'; group: BorrowerGroup };

interface Props {
  libraryId: string;
  groups: readonly BorrowerGroup[];
  mode: Mode;
  onStart: () => void;
  onSaved: (settings: LibrarySettings, name: string) => void;
  onCancel: () => void;
}

/**
 * A new sub-group under a chosen group, or a group renamed and moved. A group can move under
 * any group but itself and its own sub-groups (the server refuses a cycle too); "All" stays
 * the root, so it can only be renamed.
 */
export function BorrowerGroupForm({ libraryId, groups, mode, onStart, onSaved, onCancel }: Props) {
  const { t, language } = useLanguage();
  const existing = mode.kind === 'edit' ? mode.group : undefined;
  const [name, setName] = useState(existing?.name ?? '');
  const [parentId, setParentId] = useState(existing?.parentId ?? (mode.kind === 'add' ? mode.parent.id : ''));
  const nameRef = useRef<HTMLInputElement>(null);
  const prefix = existing ? `group-${existing.id}` : `group-new-${mode.kind === 'add' ? mode.parent.id : ''}`;
  const isRoot = existing?.parentId === null;

  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: () =>
      existing
        ? apiPut<LibrarySettings>(libraryApi(libraryId, `/borrower-groups/${existing.id}`), { name, parentId: isRoot ? null : parentId })
        : apiPost<LibrarySettings>(libraryApi(libraryId, '/borrower-groups'), { name, parentId }),
    onSuccess: (settings) => onSaved(settings, name.trim()),
  });
  const fieldError = useFieldErrors(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    onStart();
    save.mutate();
  };

  const title =
    mode.kind === 'add' ? t('libAdmin.groups.addTitle', { parent: mode.parent.name }) : t('libAdmin.groups.editTitle', { name: mode.group.name });
  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`} className="card__title">
        {title}
      </h3>
      <TextField ref={nameRef} id={`${prefix}-name`} label={t('libAdmin.groups.name')} value={name} onChange={setName} maxLength={80} required error={fieldError('name')} />
      {existing && !isRoot ? (
        <SelectField
          id={`${prefix}-parent`}
          label={t('libAdmin.groups.parent')}
          hint={t('libAdmin.groups.parentHint')}
          value={parentId}
          onChange={setParentId}
          options={moveTargets(groups, existing.id, language).map((row) => ({ value: row.group.id, label: indentedName(row) }))}
          error={fieldError('parentId')}
        />
      ) : null}
      {isRoot ? <p className="field__hint">{t('libAdmin.groups.rootHint')}</p> : null}
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
