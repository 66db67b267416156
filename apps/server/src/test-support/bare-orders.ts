import { sql } from 'drizzle-orm';
import type { TestApp } from './test-app.ts';

/**
 * Order rows with nothing in them, for tests of what refers to an order (budget ledger
 * entries) without going through checkout.
 */
export async function bareOrders(t: TestApp, accountId: string, count: number): Promise<string[]> {
  const rows = await t.database.db.execute<{ id: string }>(sql`
    INSERT INTO orders (order_number, account_id, channel, status, payment, delivery_address, currency,
                        total_net_minor, total_vat_minor, total_gross_minor, placed_on, placed_at, title_search)
    SELECT 'T' || nextval('order_numbers'), ${accountId}, 'phone', 'processing', 'invoice',
           '{"label":"","recipient":"","line1":"","line2":"","postalCode":"","city":"","country":"NO"}'::jsonb,
           'NOK', 0, 0, 0, current_date, now(), ''::tsvector
    FROM generate_series(1, ${count})
    RETURNING id`);
  return rows.rows.map((r) => r.id);
}
