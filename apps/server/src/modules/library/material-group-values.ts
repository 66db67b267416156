import type { MaterialGroupBody } from '@hylle/contracts';
import type { Tx } from '../../platform/db.ts';
import { listMaterialGroups } from './policy.repo.ts';

/** A material group's columns from the admin's form: booking settings only for a bookable group. */
export const columnsOf = (body: MaterialGroupBody) => ({
  name: body.name,
  description: body.description,
  bookable: body.bookable,
  preparationDays: body.bookable ? body.preparationDays : 0,
  maxBookingDays: body.bookable ? body.maxBookingDays : null,
  maxLoans: body.maxLoans,
});

export async function materialGroupNameTaken(tx: Tx, libraryId: string, name: string, exceptId?: string) {
  return (await listMaterialGroups(tx, libraryId)).some((g) => g.id !== exceptId && g.name.toLowerCase() === name.toLowerCase());
}
