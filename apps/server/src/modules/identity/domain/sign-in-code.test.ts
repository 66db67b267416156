import { describe, expect, it } from 'vitest';
import { formatCode, judgeAttempt, MAX_FAILED_ATTEMPTS } from './sign-in-code.ts';

const now = new Date('2026-11-22T10:00:00Z');
const fresh = { expiresAt: new Date(now.getTime() + 60_000), usedAt: null, failedAttempts: 0 };

describe('judgeAttempt', () => {
  it('accepts the right code while fresh', () => {
    expect(judgeAttempt(fresh, now, true)).toBe('accepted');
  });
  it('calls a wrong code wrong', () => {
    expect(judgeAttempt(fresh, now, false)).toBe('wrong');
  });
  it('refuses an expired code even when it matches', () => {
    expect(judgeAttempt({ ...fresh, expiresAt: now }, now, true)).toBe('expired');
  });
  it('refuses a used code', () => {
    expect(judgeAttempt({ ...fresh, usedAt: now }, now, true)).toBe('used');
  });
  it('stays locked after the maximum of wrong tries, even for the right code', () => {
    expect(judgeAttempt({ ...fresh, failedAttempts: MAX_FAILED_ATTEMPTS }, now, true)).toBe('locked');
    expect(judgeAttempt({ ...fresh, failedAttempts: MAX_FAILED_ATTEMPTS - 1 }, now, true)).toBe('accepted');
  });
});

describe('formatCode', () => {
  it('pads to six digits', () => {
    expect(formatCode(42)).toBe('000042');
    expect(formatCode(999_999)).toBe('999999');
  });
});
