import type { BudgetCodeBody } from '@hylle/contracts';
import { createBudgetCode } from '../modules/purchasing/index.ts';
import type { AppContext } from '../platform/context.ts';
import type { StoreCountry } from '../store-config.ts';
import type { DemoAccount } from './demo-data.ts';

/**
 * The main library of each demo store gets the budget codes a library plans its year with
 * (CHK-4, seed 002), so the cart shows what each code has left from the first start. The
 * fiction code carries its own discounts, as the Flemish libraries' codes do.
 */
const codes: Record<StoreCountry, BudgetCodeBody[]> = {
  NO: [
    { code: 'SKJØNN', description: 'Skjønnlitteratur for voksne', totalMinor: 15_000_000, fixedPriceDiscountBp: 0, standardDiscountBp: 0, fixedPricePeriodMonths: null },
    { code: 'FAKTA', description: 'Faktabøker for alle aldre', totalMinor: 8_000_000, fixedPriceDiscountBp: 0, standardDiscountBp: 0, fixedPricePeriodMonths: null },
    { code: 'UNGDOM', description: 'Barne- og ungdomslitteratur', totalMinor: 6_000_000, fixedPriceDiscountBp: 0, standardDiscountBp: 0, fixedPricePeriodMonths: null },
  ],
  BE: [
    { code: 'FICTIE', description: 'Fictie voor volwassenen', totalMinor: 2_000_000, fixedPriceDiscountBp: 2000, standardDiscountBp: 3500, fixedPricePeriodMonths: 6 },
    { code: 'NON-FICTIE', description: 'Non-fictie', totalMinor: 1_200_000, fixedPriceDiscountBp: 0, standardDiscountBp: 0, fixedPricePeriodMonths: null },
    { code: 'JEUGD', description: 'Jeugdboeken', totalMinor: 800_000, fixedPriceDiscountBp: 0, standardDiscountBp: 0, fixedPricePeriodMonths: null },
  ],
};

export async function seedDemoBudgets(ctx: AppContext, staff: { userId: string; email: string }, accountId: string, demo: DemoAccount): Promise<void> {
  if (demo.key !== 'main') return;
  for (const body of codes[ctx.config.store.country]) {
    const created = await createBudgetCode(ctx, staff, accountId, body);
    if (!created.ok) throw new Error(`demo budget code ${body.code}: ${created.code}`);
  }
}
