import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Item, ItemBody, LibraryDirectory } from '@hylle/contracts';
import { apiPost } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SelectField } from '../../shared/ui/select-field.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useFieldErrors } from '../../shared/use-field-errors.ts';
import { libraryApi } from '../library-api.ts';
import { libraryKeys } from '../library-keys.ts';

const FIELDS = ['barcode', 'title', 'materialGroupId', 'department', 'shelfLocation'];

interface Props {
  libraryId: string;
  directory: LibraryDirectory;
  /** A barcode the desk looked up and did not find: the new item starts with it. */
  barcode?: string;
  onStart: () => void;
  onSaved: (item: Item) => void;
  onCancel: () => void;
}

/** One item by hand (the CSV import and, later, the shop's orders bring the rest): barcode, title, material group, place. */
export function ItemForm({ libraryId, directory, barcode: startBarcode = '', onStart, onSaved, onCancel }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const [barcode, setBarcode] = useState(startBarcode);
  const [title, setTitle] = useState('');
  const [materialGroupId, setMaterialGroupId] = useState(directory.materialGroups[0]?.id ?? '');
  const [department, setDepartment] = useState('');
  const [shelfLocation, setShelfLocation] = useState('');
  const firstRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (body: ItemBody) => apiPost<Item>(libraryApi(libraryId, '/items'), body),
    onSuccess: (item) => {
      queryClient.setQueryData(libraryKeys.item(libraryId, item.barcode), item);
      onSaved(item);
    },
  });
  const fieldError = useFieldErrors(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    onStart();
    const optional = (value: string) => (value.trim() === '' ? null : value.trim());
    save.mutate({ barcode: barcode.trim(), title: title.trim(), materialGroupId, department: optional(department), shelfLocation: optional(shelfLocation) });
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="item-form-title">
      <h3 id="item-form-title" className="card__title">
        {t('libDesk.item.newTitle')}
      </h3>
      <div className="field-row">
        <TextField
          ref={firstRef}
          id="item-form-barcode"
          label={t('libDesk.barcode')}
          value={barcode}
          onChange={setBarcode}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          required
          error={fieldError('barcode')}
        />
        <TextField id="item-form-title-field" label={t('libDesk.item.title')} value={title} onChange={setTitle} maxLength={300} required error={fieldError('title')} />
      </div>
      <SelectField
        id="item-form-material-group"
        label={t('libDesk.item.materialGroup')}
        value={materialGroupId}
        onChange={setMaterialGroupId}
        options={directory.materialGroups.map((group) => ({ value: group.id, label: group.name }))}
        error={fieldError('materialGroupId')}
      />
      <div className="field-row">
        <TextField
          id="item-form-department"
          label={t('libDesk.item.department')}
          optionalLabel={t('common.optional')}
          value={department}
          onChange={setDepartment}
          maxLength={40}
          error={fieldError('department')}
        />
        <TextField
          id="item-form-shelf"
          label={t('libDesk.item.shelfLocation')}
          optionalLabel={t('common.optional')}
          value={shelfLocation}
          onChange={setShelfLocation}
          maxLength={40}
          error={fieldError('shelfLocation')}
        />
      </div>
      <FormError error={save.error} fields={FIELDS} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} label={t('libDesk.item.save')} pendingLabel={t('common.saving')} />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
