import { err, ok, type Result } from '../../kernel/result.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { hitRateLimit } from '../../platform/rate-limit.repo.ts';
import { hmac, randomBelow } from '../../platform/tokens.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { CODE_LIFETIME_MS, formatCode } from './domain/sign-in-code.ts';
import type { IdentityContext } from './identity-context.ts';
import { signInCodeMail } from './mail-texts.ts';
import { replaceOpenCodes } from './sign-in-codes.repo.ts';
import { findUserByEmail } from './users.repo.ts';

export const CODES_PER_ADDRESS = { limit: 5, windowSeconds: 15 * 60 };
/**
 * Per IP address generous enough for a municipality's whole staff behind one address on a
 * Monday morning; the per-address limits are what stop guessing.
 */
export const CODES_PER_IP = { limit: 120, windowSeconds: 15 * 60 };

export const codeHash = (key: string, email: string, code: string) => hmac(key, `${email}\n${code}`);

/**
 * Sends a one-time code to the address if it belongs to a user. The answer is the same
 * either way, and a code row is written either way, so neither the reply nor its timing
 * tells an outsider who has a user.
 */
export async function requestSignInCode(
  ctx: IdentityContext,
  input: { email: string; ip: string },
): Promise<Result<null, 'rate_limited'>> {
  return inTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now();
    const withinAddress = await hitRateLimit(tx, `sign-in-code:email:${input.email}`, CODES_PER_ADDRESS, now);
    const withinIp = await hitRateLimit(tx, `sign-in-code:ip:${input.ip}`, CODES_PER_IP, now);
    if (!withinAddress || !withinIp) {
      return err('rate_limited', 'Too many codes asked for; wait a few minutes and try again');
    }
    const code = formatCode(randomBelow(1_000_000));
    await replaceOpenCodes(tx, {
      email: input.email,
      codeHash: codeHash(ctx.codeKey, input.email, code),
      expiresAt: new Date(now.getTime() + CODE_LIFETIME_MS),
      createdAt: now,
    });
    const user = await findUserByEmail(tx, input.email);
    if (user) {
      const mail = signInCodeMail[ctx.config.store.defaultLanguage](code, ctx.config.store.name);
      await enqueueMail(tx, { to: user.email, ...mail }, now);
    }
    return ok(null);
  });
}
