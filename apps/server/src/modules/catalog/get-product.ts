import type { ProductDetail } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { Auth } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { parseIsbn } from './domain/isbn.ts';
import { pricingContextFor } from './pricing-context.ts';
import { detailOf } from './product-views.ts';
import { productById, productByIsbn } from './products.repo.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The product page: every field, and the price the signed-in account pays. By id or by ISBN-10/13. */
export async function getProduct(ctx: AppContext, auth: Auth | null, idOrIsbn: string): Promise<Result<ProductDetail, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    let row;
    if (UUID.test(idOrIsbn)) row = await productById(tx, idOrIsbn.toLowerCase());
    else {
      const isbn = parseIsbn(idOrIsbn);
      if (isbn.ok) row = await productByIsbn(tx, isbn.value);
    }
    if (!row) return err('not_found', `No product ${idOrIsbn} in the catalogue`);
    return ok(detailOf(row, await pricingContextFor(ctx, tx, auth)));
  });
}
