/** The identity module: users, sign-in by one-time code, sessions, staff. */
export { identityRoutes } from './identity.routes.ts';
export type { IdentityContext, MembershipDirectory } from './identity-context.ts';
export { resolveSession } from './resolve-session.ts';
export { forgetEndedSignIns } from './forget-ended-sign-ins.ts';
export { findOrInsertUser, findUserByEmail, findUserById, insertUser, type UserRow } from './users.repo.ts';
export { deleteSessionsOfUser } from './sessions.repo.ts';
export { users } from './identity.schema.ts';
