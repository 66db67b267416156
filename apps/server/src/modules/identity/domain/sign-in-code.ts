/** The rules of one-time sign-in codes (ACC-3), free of storage and crypto. */
export const CODE_LIFETIME_MS = 10 * 60_000;
export const MAX_FAILED_ATTEMPTS = 5;

export type CodeState = {
  expiresAt: Date;
  usedAt: Date | null;
  failedAttempts: number;
};

export type AttemptOutcome = 'accepted' | 'wrong' | 'locked' | 'expired' | 'used';

/**
 * Judges one attempt at a code. A locked code stays locked even for the right code, so a
 * sixth guess learns nothing; an expired or used code is never accepted.
 */
export function judgeAttempt(code: CodeState, now: Date, matches: boolean): AttemptOutcome {
  if (code.usedAt) return 'used';
  if (code.failedAttempts >= MAX_FAILED_ATTEMPTS) return 'locked';
  if (now.getTime() >= code.expiresAt.getTime()) return 'expired';
  return matches ? 'accepted' : 'wrong';
}

/** Six decimal digits from a source of uniformly random integers below 1 000 000. */
export function formatCode(randomBelowMillion: number): string {
  return String(randomBelowMillion).padStart(6, '0');
}
