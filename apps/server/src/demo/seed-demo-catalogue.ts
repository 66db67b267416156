import type { AppContext } from '../platform/context.ts';
import { catalogHasProducts, importCatalogueFile, type ImportOutcome } from '../modules/catalog/index.ts';
import { todayInZone } from '../modules/pricing/index.ts';
import { generateProducts } from './catalogue/generate-products.ts';
import { onixMessageChunks } from './catalogue/write-onix.ts';

/** Enough titles that filters, counts and paging look like a real catalogue. */
export const DEMO_TITLES = 5000;

/**
 * Fills an empty catalogue with generated titles, written as an ONIX message and loaded
 * through the same import as a publisher's file, so the demo also shows an import in the
 * backoffice. Does nothing when the catalogue has products.
 */
export async function seedDemoCatalogue(ctx: AppContext, count = DEMO_TITLES): Promise<ImportOutcome | null> {
  if (await catalogHasProducts(ctx.db)) return null;
  const store = ctx.config.store;
  const records = generateProducts({
    count,
    seed: 1,
    store: store.country === 'BE' ? 'be' : 'no',
    today: todayInZone(ctx.clock.now(), store.timeZone),
  });
  const encoder = new TextEncoder();
  async function* body() {
    for (const chunk of onixMessageChunks(records, { tags: 'reference', namespace: true, sender: store.name, sentAt: ctx.clock.now() })) {
      yield encoder.encode(chunk);
    }
  }
  return importCatalogueFile(
    { db: ctx.db, clock: ctx.clock, store, log: ctx.log },
    { fileName: `demo-catalogue-${store.country.toLowerCase()}.xml`, format: 'onix', source: 'demo', body: body(), totalBytes: null },
  );
}
