import { err, ok, type Result } from '../../kernel/result.ts';
import { SESSION_MAX_AGE_SECONDS, type Auth } from '../../platform/auth-session.ts';
import { hitRateLimit, withinRateLimit } from '../../platform/rate-limit.repo.ts';
import { newToken, sameSecret, sha256 } from '../../platform/tokens.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { judgeAttempt, MAX_FAILED_ATTEMPTS, type AttemptOutcome } from './domain/sign-in-code.ts';
import type { IdentityContext } from './identity-context.ts';
import { codeHash } from './request-sign-in-code.ts';
import { insertSession } from './sessions.repo.ts';
import { latestCodeForUpdate, markCodeUsed, recordFailedAttempt } from './sign-in-codes.repo.ts';
import { findUserByEmail } from './users.repo.ts';

export const VERIFY_PER_IP = { limit: 300, windowSeconds: 15 * 60 };
/**
 * Wrong codes for one address over a day, across all its codes: five codes of five tries
 * every quarter of an hour would otherwise allow thousands of guesses a day.
 */
export const WRONG_CODES_PER_ADDRESS = { limit: 20, windowSeconds: 24 * 3600 };

export type VerifyFailure = 'code_invalid' | 'code_expired' | 'code_locked' | 'rate_limited' | 'too_many_wrong_codes';

const failureOf: Record<Exclude<AttemptOutcome, 'accepted'>, VerifyFailure> = {
  wrong: 'code_invalid',
  used: 'code_invalid',
  expired: 'code_expired',
  locked: 'code_locked',
};

/**
 * Checks a code and, when it is right, opens a session. A wrong try must be counted even
 * though the answer is a failure, so the transaction returns the outcome as a value and
 * commits; the failure is made outside it.
 */
export async function verifySignInCode(
  ctx: IdentityContext,
  input: { email: string; code: string; ip: string; userAgent: string },
): Promise<Result<{ sessionToken: string; auth: Auth }, VerifyFailure>> {
  type Attempt = { failure: VerifyFailure } | { sessionToken: string; auth: Auth };
  const attempt = await inTransaction<Attempt, never>(ctx.db, async (tx) => {
    const now = ctx.clock.now();
    if (!(await hitRateLimit(tx, `verify-code:ip:${input.ip}`, VERIFY_PER_IP, now))) {
      return ok({ failure: 'rate_limited' });
    }
    const wrongKey = `wrong-code:email:${input.email}`;
    if (!(await withinRateLimit(tx, wrongKey, WRONG_CODES_PER_ADDRESS, now))) {
      return ok({ failure: 'too_many_wrong_codes' });
    }
    const stored = await latestCodeForUpdate(tx, input.email);
    if (!stored) return ok({ failure: 'code_invalid' });
    const matches = sameSecret(stored.codeHash, codeHash(ctx.codeKey, input.email, input.code));
    const outcome = judgeAttempt(stored, now, matches);
    if (outcome === 'wrong') {
      await recordFailedAttempt(tx, stored.id);
      await hitRateLimit(tx, wrongKey, WRONG_CODES_PER_ADDRESS, now);
      const nowLocked = stored.failedAttempts + 1 >= MAX_FAILED_ATTEMPTS;
      return ok({ failure: nowLocked ? 'code_locked' : 'code_invalid' });
    }
    if (outcome !== 'accepted') return ok({ failure: failureOf[outcome] });

    await markCodeUsed(tx, stored.id, now);
    const user = await findUserByEmail(tx, input.email);
    if (!user) return ok({ failure: 'code_invalid' });
    const memberships = await ctx.memberships.membershipsOf(tx, user.id);
    const sessionToken = newToken();
    const auth: Auth = {
      tokenHash: sha256(sessionToken),
      user: { id: user.id, email: user.email, name: user.name, isStaff: user.isStaff },
      currentAccountId: memberships[0]?.accountId ?? null,
    };
    await insertSession(tx, {
      tokenHash: auth.tokenHash,
      userId: user.id,
      currentAccountId: auth.currentAccountId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: input.userAgent.slice(0, 300),
    });
    return ok({ sessionToken, auth });
  });
  if (!attempt.ok) return attempt;
  if ('failure' in attempt.value) {
    const messages: Record<VerifyFailure, string> = {
      code_invalid: 'The code is not right; check it or ask for a new one',
      code_expired: 'The code has expired; ask for a new one',
      code_locked: 'Too many wrong tries; ask for a new code',
      rate_limited: 'Too many tries; wait a few minutes',
      too_many_wrong_codes: 'Too many wrong codes for this address today; try again tomorrow or contact customer service',
    };
    return err(attempt.value.failure, messages[attempt.value.failure], 'code');
  }
  return ok(attempt.value);
}
