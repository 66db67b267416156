import type { Tx } from '../../platform/db.ts';
import { compilePolicy, type CompiledPolicy } from './domain/policy.ts';
import { policyVersion } from './libraries.repo.ts';
import { loadPolicy } from './policy.repo.ts';

/** Compiled policies by library, with the version they were compiled from. */
const compiled = new Map<string, { version: number; policy: CompiledPolicy }>();
const MAX_LIBRARIES = 500;

/**
 * The library's rules as they are now, in the caller's transaction: one read of the policy
 * version, and the configuration read and compiled again only when it has moved on. Every
 * change bumps the version in its own transaction, so a decision never uses stale rules,
 * in this process or another.
 */
export async function currentPolicy(tx: Tx, libraryId: string): Promise<CompiledPolicy | undefined> {
  const version = await policyVersion(tx, libraryId);
  if (version === undefined) return undefined;
  const cached = compiled.get(libraryId);
  if (cached?.version === version) return cached.policy;
  const policy = compilePolicy(await loadPolicy(tx, libraryId));
  // The reads above are separate statements: a change committed between them may have mixed
  // two versions. Keep the result only when the version held still, else read it whole again.
  const after = await policyVersion(tx, libraryId);
  if (after !== version) return currentPolicy(tx, libraryId);
  if (!compiled.has(libraryId) && compiled.size >= MAX_LIBRARIES) compiled.delete(compiled.keys().next().value!);
  compiled.set(libraryId, { version, policy });
  return policy;
}
