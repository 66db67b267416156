import { ApiError } from '../../shared/api-error.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useFieldErrors } from '../../shared/use-field-errors.ts';

/**
 * The message beside a barcode field. An unknown barcode is a 404 naming the field; the
 * generic "not found" text would not say what was not found, so it gets its own words.
 * Other refusals (on loan, missing, already reserved) have their own codes and texts.
 */
export function useBarcodeError(error: unknown, barcode: string): string | undefined {
  const t = useT();
  const fieldError = useFieldErrors(error);
  if (error instanceof ApiError && error.code === 'not_found' && error.field === 'barcode') return t('libDesk.noItem', { barcode: barcode.trim() });
  return fieldError('barcode');
}
