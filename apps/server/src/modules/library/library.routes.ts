import {
  BorrowerGroupBody,
  ChangeBorrowerGroupBody,
  EnableLibraryBody,
  LibraryItemParams,
  LibraryModuleStatus,
  LibraryParams,
  LibrarySettings,
  LibraryStaffBody,
  LoanProfileBody,
  MaterialGroupBody,
  MyLibraries,
  PolicyTestBody,
  PolicyTestResult,
  Problem,
  ReorderProfilesBody,
} from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff, requireUser } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { ok } from '../../kernel/result.ts';
import { addBorrowerGroup } from './add-borrower-group.ts';
import { addLibraryStaff } from './add-library-staff.ts';
import { changeBorrowerGroup } from './change-borrower-group.ts';
import { changeMaterialGroup } from './change-material-group.ts';
import { createMaterialGroup } from './create-material-group.ts';
import { enableLibrary } from './enable-library.ts';
import { removeBorrowerGroup } from './remove-borrower-group.ts';
import { removeLoanProfile } from './remove-loan-profile.ts';
import { reorderLoanProfiles } from './reorder-loan-profiles.ts';
import { saveLoanProfile } from './save-loan-profile.ts';
import { getLibraryModuleStatus } from './get-library-module-status.ts';
import { getLibrarySettings } from './get-library-settings.ts';
import { librariesOfUser } from './libraries.repo.ts';
import { libraryScope } from './library-scope.ts';
import { testPolicy } from './test-policy.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['Library'];
const ProfileParams = z.object({ libraryId: z.uuid(), id: z.uuid(), profileId: z.uuid() }).strict();
const base = '/api/libraries/:libraryId';

/** The library module's configuration (LIB-1…LIB-6) and its policy tester, for the library's administrators. */
export function libraryRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const admin = (request: { auth: Parameters<typeof libraryScope>[1]; params: { libraryId: string } }) => libraryScope(ctx, request.auth, request.params.libraryId, 'admin');

    app.get('/api/libraries', { schema: { tags, response: { 200: MyLibraries, ...problems } } }, async (request, reply) => {
      const auth = requireUser(request);
      const libraries = await inTransaction(ctx.db, async (tx) => ok(await librariesOfUser(tx, auth.user.id)));
      return sendResult(request, reply, libraries.ok ? ok({ libraries: libraries.value }) : libraries);
    });

    app.get('/api/backoffice/accounts/:libraryId/library', { schema: { tags, params: LibraryParams, response: { 200: LibraryModuleStatus, ...problems } } }, async (request, reply) => {
      requireStaff(request);
      return sendResult(request, reply, await getLibraryModuleStatus(ctx, request.params.libraryId));
    });

    app.post('/api/backoffice/accounts/:libraryId/library', { schema: { tags, params: LibraryParams, body: EnableLibraryBody, response: { 201: z.object({ libraryId: z.uuid(), created: z.boolean() }), ...problems } } }, async (request, reply) => {
      const auth = requireStaff(request);
      const staff = { userId: auth.user.id, email: auth.user.email };
      return sendResult(request, reply, await enableLibrary(ctx, staff, request.params.libraryId, { email: request.body.adminEmail, name: request.body.adminName }), 201);
    });

    app.put(`${base}/staff`, { schema: { tags, params: LibraryParams, body: LibraryStaffBody, response: { 204: z.null(), ...problems } } }, async (request, reply) => {
      const actor = await admin(request);
      const result = await addLibraryStaff(ctx, actor.libraryId, request.body);
      return result.ok ? reply.code(204).send(null) : sendResult(request, reply, result);
    });

    app.get(`${base}/settings`, { schema: { tags, params: LibraryParams, response: { 200: LibrarySettings, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await getLibrarySettings(ctx, (await admin(request)).libraryId)),
    );

    app.post(`${base}/borrower-groups`, { schema: { tags, params: LibraryParams, body: BorrowerGroupBody, response: { 201: LibrarySettings, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await addBorrowerGroup(ctx, (await admin(request)).libraryId, request.body), 201),
    );
    app.put(`${base}/borrower-groups/:id`, { schema: { tags, params: LibraryItemParams, body: ChangeBorrowerGroupBody, response: { 200: LibrarySettings, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await changeBorrowerGroup(ctx, (await admin(request)).libraryId, request.params.id, request.body)),
    );
    app.delete(`${base}/borrower-groups/:id`, { schema: { tags, params: LibraryItemParams, response: { 200: LibrarySettings, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await removeBorrowerGroup(ctx, (await admin(request)).libraryId, request.params.id)),
    );

    app.post(`${base}/material-groups`, { schema: { tags, params: LibraryParams, body: MaterialGroupBody, response: { 201: LibrarySettings, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await createMaterialGroup(ctx, (await admin(request)).libraryId, request.body), 201),
    );
    app.put(`${base}/material-groups/:id`, { schema: { tags, params: LibraryItemParams, body: MaterialGroupBody, response: { 200: LibrarySettings, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await changeMaterialGroup(ctx, (await admin(request)).libraryId, request.params.id, request.body)),
    );
    app.post(`${base}/material-groups/:id/profiles`, { schema: { tags, params: LibraryItemParams, body: LoanProfileBody, response: { 201: LibrarySettings, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await saveLoanProfile(ctx, (await admin(request)).libraryId, request.params.id, null, request.body), 201),
    );
    app.put(`${base}/material-groups/:id/profiles/:profileId`, { schema: { tags, params: ProfileParams, body: LoanProfileBody, response: { 200: LibrarySettings, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await saveLoanProfile(ctx, (await admin(request)).libraryId, request.params.id, request.params.profileId, request.body)),
    );
    app.delete(`${base}/material-groups/:id/profiles/:profileId`, { schema: { tags, params: ProfileParams, response: { 200: LibrarySettings, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await removeLoanProfile(ctx, (await admin(request)).libraryId, request.params.id, request.params.profileId)),
    );
    app.put(`${base}/material-groups/:id/profile-order`, { schema: { tags, params: LibraryItemParams, body: ReorderProfilesBody, response: { 200: LibrarySettings, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await reorderLoanProfiles(ctx, (await admin(request)).libraryId, request.params.id, request.body.profileIds)),
    );

    app.post(`${base}/policy-test`, { schema: { tags, params: LibraryParams, body: PolicyTestBody, response: { 200: PolicyTestResult, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await testPolicy(ctx, (await admin(request)).libraryId, request.body)),
    );
  };
}
