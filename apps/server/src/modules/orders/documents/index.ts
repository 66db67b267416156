/**
 * The orders module's document writers for fulfilment: pure functions from values to bytes or text,
 * with no database and no framework (ORD-3, ORD-5, ORD-6, ORD-7).
 */
export { code128, ean13, type Barcode, type BarcodeFailure } from './barcodes.ts';
export {
  formatDocumentDate,
  formatMinorUnits,
  formatMoney,
  formatPercentBp,
  type DocumentCurrency,
  type DocumentLanguage,
  type DocumentParty,
} from './document-format.ts';
export { packingSlipPdf, groupByDepartment, type PackingSlip, type PackingSlipLine } from './packing-slip-pdf.ts';
export { invoicePdf, sellerRegistration, type InvoiceDocument, type InvoiceLine } from './invoice-pdf.ts';
export { defaultTrackingTemplates, parseTrackingTemplates, trackingUrl, type Carrier, type TrackingTemplates } from './tracking-links.ts';
export { erpExportColumns, erpExportCsv, type ErpExportRow } from './erp-export-csv.ts';
export {
  importChannels,
  orderImportColumns,
  parseOrderImportCsv,
  type ImportChannel,
  type ImportedOrderDraft,
  type ImportedOrderLineDraft,
  type OrderImport,
  type OrderImportProblem,
} from './order-import-csv.ts';
