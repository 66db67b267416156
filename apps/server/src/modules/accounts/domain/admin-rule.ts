import type { Role } from '@hylle/contracts';

export type MemberRole = { userId: string; role: Role };

/**
 * An account must keep at least one admin (ACC-4): removing (`newRole` null) or demoting
 * the last admin would leave nobody able to manage users and addresses.
 */
export function leavesAccountWithoutAdmin(members: MemberRole[], userId: string, newRole: Role | null): boolean {
  const after = members.flatMap((m) => {
    if (m.userId !== userId) return [m];
    return newRole ? [{ ...m, role: newRole }] : [];
  });
  return !after.some((m) => m.role === 'admin');
}
