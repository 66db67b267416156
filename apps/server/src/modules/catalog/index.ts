/** The catalogue module: products, imports (ONIX, CSV), search and the product page (CAT-1, CAT-2). */
export { catalogRoutes } from './catalog.routes.ts';
export { catalogBackofficeRoutes } from './catalog-backoffice.routes.ts';
export { CatalogSearch } from './catalog-search.ts';
export { CatalogImportRunner } from './catalog-import-runner.ts';
export { importCatalogueFile } from './import-catalogue-file.ts';
export type { CatalogContext } from './search-catalogue.ts';
export type { ImportFormat, ImportOutcome } from './run-catalogue-import.ts';
export type { ProductRecord, ProductForm } from './domain/product.ts';
export { catalogHasProducts } from './products.repo.ts';
export { listPriceOf, priceViewOfQuote, coverUrlOf, type ListPriceColumns } from './product-views.ts';
export { parseIsbn } from './domain/isbn.ts';
/** The products table, for other modules' joins (cart lines with their titles). */
export { products } from './catalog.schema.ts';
