import {
  CompanyInfo,
  ChangeRoleBody,
  DeliveryAddress,
  DeliveryAddressBody,
  IdParams,
  InviteMemberBody,
  Member,
  MemberParams,
  PostalAddressBody,
  Problem,
} from '@hylle/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import { accountScope } from './account-scope.ts';
import { addDeliveryAddress } from './add-delivery-address.ts';
import { addMember } from './add-member.ts';
import { changeMemberRole } from './change-member-role.ts';
import { changePostalAddress } from './change-postal-address.ts';
import { editDeliveryAddress } from './edit-delivery-address.ts';
import { getCompanyInfo } from './get-company-info.ts';
import { listAccountDeliveryAddresses } from './list-delivery-addresses.ts';
import { listAccountMembers } from './list-members.ts';
import { removeDeliveryAddress } from './remove-delivery-address.ts';
import { removeMember } from './remove-member.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['My page: the current account'];

/** The signed-in member's current account. Every handler starts from accountScope. */
export function accountRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.get('/api/account', { schema: { tags, response: { 200: CompanyInfo, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await getCompanyInfo(ctx, await accountScope(ctx, request.auth))),
    );

    app.put(
      '/api/account/postal-address',
      { schema: { tags, body: PostalAddressBody, response: { 200: CompanyInfo, ...problems } } },
      async (request, reply) => {
        const scope = await accountScope(ctx, request.auth);
        return sendResult(request, reply, await changePostalAddress(ctx, scope, request.body.postalAddress));
      },
    );

    app.get(
      '/api/account/delivery-addresses',
      { schema: { tags, response: { 200: z.array(DeliveryAddress), ...problems } } },
      async (request, reply) => {
        const scope = await accountScope(ctx, request.auth);
        return sendResult(request, reply, await listAccountDeliveryAddresses(ctx, scope.accountId));
      },
    );

    app.post(
      '/api/account/delivery-addresses',
      { schema: { tags, body: DeliveryAddressBody, response: { 201: DeliveryAddress, ...problems } } },
      async (request, reply) => {
        const scope = await accountScope(ctx, request.auth);
        return sendResult(request, reply, await addDeliveryAddress(ctx, scope, scope.accountId, request.body), 201);
      },
    );

    app.put(
      '/api/account/delivery-addresses/:id',
      { schema: { tags, params: IdParams, body: DeliveryAddressBody, response: { 200: DeliveryAddress, ...problems } } },
      async (request, reply) => {
        const scope = await accountScope(ctx, request.auth);
        return sendResult(request, reply, await editDeliveryAddress(ctx, scope, scope.accountId, request.params.id, request.body));
      },
    );

    app.delete('/api/account/delivery-addresses/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendResult(request, reply, await removeDeliveryAddress(ctx, scope, scope.accountId, request.params.id), 204);
    });

    app.get('/api/account/members', { schema: { tags, response: { 200: z.array(Member), ...problems } } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendResult(request, reply, await listAccountMembers(ctx, scope, scope.accountId));
    });

    app.post(
      '/api/account/members',
      { schema: { tags, body: InviteMemberBody, response: { 201: Member, ...problems } } },
      async (request, reply) => {
        const scope = await accountScope(ctx, request.auth);
        return sendResult(request, reply, await addMember(ctx, scope, scope.accountId, request.body), 201);
      },
    );

    app.put(
      '/api/account/members/:userId',
      { schema: { tags, params: MemberParams, body: ChangeRoleBody, response: { 200: Member, ...problems } } },
      async (request, reply) => {
        const scope = await accountScope(ctx, request.auth);
        return sendResult(request, reply, await changeMemberRole(ctx, scope, scope.accountId, request.params.userId, request.body.role));
      },
    );

    app.delete('/api/account/members/:userId', { schema: { tags, params: MemberParams } }, async (request, reply) => {
      const scope = await accountScope(ctx, request.auth);
      return sendResult(request, reply, await removeMember(ctx, scope, scope.accountId, request.params.userId), 204);
    });
  };
}
