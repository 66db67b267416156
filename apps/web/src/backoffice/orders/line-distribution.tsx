import type { OrderLine } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';

/** The budget code (CHK-4), then department, shelf, material type and the account's own fields (INT-1): whose money, and where the copy goes. */
export function LineDistribution({ line }: { line: OrderLine }) {
  const t = useT();
  const entries: [string, string][] = [];
  if (line.budgetCode) entries.push([t('boOrders.col.budgetCode'), line.budgetCode]);
  if (line.department) entries.push([t('distribution.one.department'), line.department]);
  if (line.shelfLocation) entries.push([t('distribution.one.shelf_location'), line.shelfLocation]);
  if (line.materialType) entries.push([t('distribution.one.material_type'), line.materialType]);
  for (const field of line.extraFields) if (field.value) entries.push([field.name, field.value]);
  if (entries.length === 0) return null;
  return (
    <ul className="line-distribution">
      {entries.map(([name, value]) => (
        <li key={name}>
          <span className="line-distribution__name">{name}:</span> {value}
        </li>
      ))}
    </ul>
  );
}
