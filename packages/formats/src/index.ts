/** Pure encoders and decoders of the standards Hylle speaks (DESIGN §7). */

export { readCsv, CsvSyntaxError, type CsvRow } from './csv/read-csv.ts';
export { decimalToMinorUnits, type MinorUnits } from './decimal.ts';
export { readOnix, OnixFileError, OnixSyntaxError, type OnixItem } from './onix/read-onix.ts';
export type {
  OnixAudience,
  OnixCollection,
  OnixContributor,
  OnixDate,
  OnixIdentifier,
  OnixLanguage,
  OnixPrice,
  OnixProduct,
  OnixPublisher,
  OnixResource,
  OnixSubject,
  OnixSupplyDetail,
  OnixTax,
  OnixTerritory,
  OnixText,
  OnixTitleDetail,
  OnixTitleElement,
} from './onix/onix-product.ts';
