import type { Membership } from '@hylle/contracts';
import type { Tx } from '../../platform/db.ts';
import type { AppContext } from '../../platform/context.ts';

/**
 * Identity does not know customer accounts; the wiring hands it this port so it can
 * list a user's memberships without importing the accounts module.
 */
export type MembershipDirectory = {
  membershipsOf(tx: Tx, userId: string): Promise<Membership[]>;
};

export type IdentityContext = AppContext & {
  memberships: MembershipDirectory;
  /** HMAC key for sign-in codes, made once per database. */
  codeKey: string;
};
