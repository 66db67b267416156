import type { AccountDetail, DistributionCodeBody, DistributionFieldBody } from '@hylle/contracts';
import { addDistributionCode, addDistributionField } from '../modules/distribution/index.ts';
import type { AppContext } from '../platform/context.ts';
import type { DemoAccount } from './demo-data.ts';

type DemoDistribution = { codes: DistributionCodeBody[]; fields: DistributionFieldBody[] };

/** What the main library of each demo store fills in on its lines (INT-1), as its head librarian set it up. */
const demoDistribution: Record<string, DemoDistribution> = {
  NO: {
    codes: [
      { list: 'department', code: 'VOKSEN', label: 'Voksenavdelingen' },
      { list: 'department', code: 'BARN', label: 'Barneavdelingen' },
      { list: 'department', code: 'UNGDOM', label: 'Ungdomsavdelingen' },
      { list: 'shelf_location', code: 'KRIM', label: 'Krim og spenning' },
      { list: 'shelf_location', code: 'FAKTA', label: 'Faktabøker' },
      { list: 'shelf_location', code: 'BILDEBOK', label: 'Bildebøker' },
      { list: 'shelf_location', code: 'LOKALHIST', label: 'Lokalhistorie' },
      { list: 'material_type', code: 'BOK', label: 'Bok' },
      { list: 'material_type', code: 'LYDBOK', label: 'Lydbok' },
      { list: 'material_type', code: 'DVD', label: 'Film på DVD' },
    ],
    fields: [{ name: 'Signatur', required: false, maxLength: 20 }],
  },
  BE: {
    codes: [
      { list: 'department', code: 'VOLWASSENEN', label: 'Volwassenen' },
      { list: 'department', code: 'JEUGD', label: 'Jeugd' },
      { list: 'shelf_location', code: 'FICTIE', label: 'Fictie' },
      { list: 'shelf_location', code: 'NON-FICTIE', label: 'Non-fictie' },
      { list: 'shelf_location', code: 'STRIP', label: 'Strips' },
      { list: 'material_type', code: 'BOEK', label: 'Boek' },
      { list: 'material_type', code: 'LUISTERBOEK', label: 'Luisterboek' },
    ],
    fields: [{ name: 'Signatuur', required: false, maxLength: 20 }],
  },
};

/** The main library's lists, added by its first admin through the same use cases the web app calls. */
export async function seedDemoDistribution(ctx: AppContext, account: AccountDetail, demo: DemoAccount): Promise<void> {
  const lists = demoDistribution[demo.postalAddress.country];
  const admin = account.members.find((m) => m.role === 'admin');
  if (demo.key !== 'main' || !lists || !admin) return;
  const actor = { kind: 'member' as const, userId: admin.userId, email: admin.email, accountId: account.id, role: admin.role };
  for (const code of lists.codes) {
    const added = await addDistributionCode(ctx, actor, account.id, code);
    if (!added.ok) throw new Error(`demo distribution code ${code.code}: ${added.code}`);
  }
  for (const field of lists.fields) {
    const added = await addDistributionField(ctx, actor, account.id, field);
    if (!added.ok) throw new Error(`demo distribution field ${field.name}: ${added.code}`);
  }
}
