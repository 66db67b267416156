import { describe, expect, it } from 'vitest';
import { leavesAccountWithoutAdmin } from './admin-rule.ts';

const anne = { userId: 'anne', role: 'admin' as const };
const bo = { userId: 'bo', role: 'buyer' as const };
const cai = { userId: 'cai', role: 'admin' as const };

describe('leavesAccountWithoutAdmin', () => {
  it('refuses removing or demoting the only admin', () => {
    expect(leavesAccountWithoutAdmin([anne, bo], 'anne', null)).toBe(true);
    expect(leavesAccountWithoutAdmin([anne, bo], 'anne', 'buyer')).toBe(true);
  });
  it('allows it when another admin remains', () => {
    expect(leavesAccountWithoutAdmin([anne, bo, cai], 'anne', null)).toBe(false);
    expect(leavesAccountWithoutAdmin([anne, bo, cai], 'anne', 'buyer')).toBe(false);
  });
  it('allows changes to buyers and promotions', () => {
    expect(leavesAccountWithoutAdmin([anne, bo], 'bo', null)).toBe(false);
    expect(leavesAccountWithoutAdmin([anne, bo], 'bo', 'admin')).toBe(false);
  });
});
