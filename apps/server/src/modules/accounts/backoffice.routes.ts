import {
  AccountAddressParams,
  AccountDetail,
  AccountList,
  AccountMemberParams,
  AuditEntry,
  AuditQuery,
  ChangeRoleBody,
  CreateAccountBody,
  DeliveryAddress,
  DeliveryAddressBody,
  IdParams,
  InviteMemberBody,
  ListAccountsQuery,
  Member,
  PriceTerms,
  PriceTermsView,
  Problem,
  UpdateAccountBody,
} from '@hylle/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import type { Actor } from './actor.ts';
import { addDeliveryAddress } from './add-delivery-address.ts';
import { addMember } from './add-member.ts';
import { changeMemberRole } from './change-member-role.ts';
import { changePriceTerms } from './change-price-terms.ts';
import { createAccount } from './create-account.ts';
import { editDeliveryAddress } from './edit-delivery-address.ts';
import { getAccountDetail } from './get-account-detail.ts';
import { getPriceTerms } from './get-price-terms.ts';
import { listAccounts } from './list-accounts.ts';
import { listAuditLog } from './list-audit-log.ts';
import { removeDeliveryAddress } from './remove-delivery-address.ts';
import { removeMember } from './remove-member.ts';
import { updateAccount } from './update-account.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['Backoffice: customer accounts'];

function staffActor(request: FastifyRequest): Extract<Actor, { kind: 'staff' }> {
  const auth = requireStaff(request);
  return { kind: 'staff', userId: auth.user.id, email: auth.user.email };
}

/** The supplier's staff manage every account; each change lands in the audit log. */
export function backofficeRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const base = '/api/backoffice/accounts';

    app.get(base, { schema: { tags, querystring: ListAccountsQuery, response: { 200: AccountList, ...problems } } }, async (request, reply) => {
      staffActor(request);
      return sendResult(request, reply, await listAccounts(ctx, request.query));
    });

    app.post(base, { schema: { tags, body: CreateAccountBody, response: { 201: AccountDetail, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await createAccount(ctx, staffActor(request), request.body), 201),
    );

    app.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: AccountDetail, ...problems } } }, async (request, reply) => {
      staffActor(request);
      return sendResult(request, reply, await getAccountDetail(ctx, request.params.id));
    });

    app.patch(
      `${base}/:id`,
      { schema: { tags, params: IdParams, body: UpdateAccountBody, response: { 200: AccountDetail, ...problems } } },
      async (request, reply) => sendResult(request, reply, await updateAccount(ctx, staffActor(request), request.params.id, request.body)),
    );

    app.get(`${base}/:id/price-terms`, { schema: { tags, params: IdParams, response: { 200: PriceTermsView, ...problems } } }, async (request, reply) => {
      staffActor(request);
      return sendResult(request, reply, await getPriceTerms(ctx, request.params.id));
    });

    app.put(
      `${base}/:id/price-terms`,
      { schema: { tags, params: IdParams, body: PriceTerms, response: { 200: PriceTermsView, ...problems } } },
      async (request, reply) => sendResult(request, reply, await changePriceTerms(ctx, staffActor(request), request.params.id, request.body)),
    );

    app.post(
      `${base}/:id/delivery-addresses`,
      { schema: { tags, params: IdParams, body: DeliveryAddressBody, response: { 201: DeliveryAddress, ...problems } } },
      async (request, reply) =>
        sendResult(request, reply, await addDeliveryAddress(ctx, staffActor(request), request.params.id, request.body), 201),
    );

    app.put(
      `${base}/:id/delivery-addresses/:addressId`,
      { schema: { tags, params: AccountAddressParams, body: DeliveryAddressBody, response: { 200: DeliveryAddress, ...problems } } },
      async (request, reply) =>
        sendResult(
          request,
          reply,
          await editDeliveryAddress(ctx, staffActor(request), request.params.id, request.params.addressId, request.body),
        ),
    );

    app.delete(`${base}/:id/delivery-addresses/:addressId`, { schema: { tags, params: AccountAddressParams } }, async (request, reply) =>
      sendResult(request, reply, await removeDeliveryAddress(ctx, staffActor(request), request.params.id, request.params.addressId), 204),
    );

    app.post(
      `${base}/:id/members`,
      { schema: { tags, params: IdParams, body: InviteMemberBody, response: { 201: Member, ...problems } } },
      async (request, reply) => sendResult(request, reply, await addMember(ctx, staffActor(request), request.params.id, request.body), 201),
    );

    app.put(
      `${base}/:id/members/:userId`,
      { schema: { tags, params: AccountMemberParams, body: ChangeRoleBody, response: { 200: Member, ...problems } } },
      async (request, reply) =>
        sendResult(request, reply, await changeMemberRole(ctx, staffActor(request), request.params.id, request.params.userId, request.body.role)),
    );

    app.delete(`${base}/:id/members/:userId`, { schema: { tags, params: AccountMemberParams } }, async (request, reply) =>
      sendResult(request, reply, await removeMember(ctx, staffActor(request), request.params.id, request.params.userId), 204),
    );

    app.get(
      '/api/backoffice/audit-log',
      { schema: { tags, querystring: AuditQuery, response: { 200: z.array(AuditEntry), ...problems } } },
      async (request, reply) => {
        staffActor(request);
        return sendResult(request, reply, await listAuditLog(ctx, request.query));
      },
    );
  };
}
