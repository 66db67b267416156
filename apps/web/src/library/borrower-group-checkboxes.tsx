import { useLanguage } from '../shared/i18n/use-t.ts';
import { treeRows, type TreeGroup } from './borrower-group-tree.ts';

interface Props {
  idPrefix: string;
  legend: string;
  hint?: string | undefined;
  groups: readonly TreeGroup[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}

/**
 * Borrower groups chosen from the tree: one checkbox per group, indented under its parent,
 * so the admin sees that choosing "Personer" also takes in "Barn" and "Voksne" (rule 6).
 * Used by loan profiles, borrowers and the policy tester.
 */
export function BorrowerGroupCheckboxes({ idPrefix, legend, hint, groups, selected, onChange, error }: Props) {
  const { language } = useLanguage();
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  const toggle = (id: string, checked: boolean) => onChange(checked ? [...selected, id] : selected.filter((other) => other !== id));
  return (
    <fieldset
      className={`fieldset group-checkboxes${error ? ' field--invalid' : ''}`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      id={idPrefix}
      tabIndex={-1}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <ul className="group-checkboxes__list">
        {treeRows(groups, language).map(({ group, depth }) => (
          <li key={group.id} className="field field--checkbox" style={{ paddingInlineStart: `${depth * 1.5}rem` }}>
            <input
              id={`${idPrefix}-${group.id}`}
              type="checkbox"
              checked={selected.includes(group.id)}
              aria-invalid={error ? true : undefined}
              onChange={(event) => toggle(group.id, event.target.checked)}
            />
            <label htmlFor={`${idPrefix}-${group.id}`}>{group.name}</label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
