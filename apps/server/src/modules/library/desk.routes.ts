import {
  BookBody,
  Borrower,
  BorrowerBody,
  BorrowerDetail,
  BorrowerList,
  BorrowerQuery,
  CheckOutBody,
  CsvImportBody,
  CsvImportReport,
  DeskDecision,
  IllBody,
  Item,
  ItemBody,
  ItemQuery,
  LibraryDirectory,
  LibraryItemParams,
  LibraryParams,
  Loan,
  Problem,
  RenewBody,
  ReserveBody,
  ReturnBody,
} from '@hylle/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.ts';
import { sendResult } from '../../platform/http-errors.ts';
import { bookItem } from './book-item.ts';
import { checkOutItem } from './check-out-item.ts';
import { findBorrowers } from './find-borrowers.ts';
import { getBorrower } from './get-borrower.ts';
import { getLibraryDirectory } from './get-library-directory.ts';
import { importBorrowers } from './import-borrowers.ts';
import { importItems } from './import-items.ts';
import { libraryScope } from './library-scope.ts';
import { renewLoan } from './renew-loan.ts';
import { requestIll } from './request-ill.ts';
import { reserveItem } from './reserve-item.ts';
import { returnItem } from './return-item.ts';
import { saveBorrower } from './save-borrower.ts';
import { createItem } from './create-item.ts';
import { findItem } from './find-item.ts';

const problems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['Library desk'];
const base = '/api/libraries/:libraryId';

/**
 * The circulation desk (issue 5): borrowers and items, lending, returns, renewals,
 * reservations, bookings and inter-library loans. A rule's refusal is a 200 answer with its
 * explanation; bad input and impossible states are problems.
 */
export function deskRoutes(ctx: AppContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const desk = async (request: FastifyRequest<{ Params: { libraryId: string } }>) => (await libraryScope(ctx, request.auth, request.params.libraryId, 'desk')).libraryId;
    const admin = async (request: FastifyRequest<{ Params: { libraryId: string } }>) => (await libraryScope(ctx, request.auth, request.params.libraryId, 'admin')).libraryId;

    app.get(`${base}/directory`, { schema: { tags, params: LibraryParams, response: { 200: LibraryDirectory, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await getLibraryDirectory(ctx, await desk(request))),
    );

    app.get(`${base}/borrowers`, { schema: { tags, params: LibraryParams, querystring: BorrowerQuery, response: { 200: BorrowerList, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await findBorrowers(ctx, await desk(request), request.query.q)),
    );
    app.post(`${base}/borrowers`, { schema: { tags, params: LibraryParams, body: BorrowerBody, response: { 201: Borrower, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await saveBorrower(ctx, await desk(request), null, request.body), 201),
    );
    app.get(`${base}/borrowers/:id`, { schema: { tags, params: LibraryItemParams, response: { 200: BorrowerDetail, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await getBorrower(ctx, await desk(request), request.params.id)),
    );
    app.put(`${base}/borrowers/:id`, { schema: { tags, params: LibraryItemParams, body: BorrowerBody, response: { 200: Borrower, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await saveBorrower(ctx, await desk(request), request.params.id, request.body)),
    );
    app.post(`${base}/borrowers/import`, { schema: { tags, params: LibraryParams, body: CsvImportBody, response: { 200: CsvImportReport, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await importBorrowers(ctx, await admin(request), request.body.text)),
    );

    app.get(`${base}/items`, { schema: { tags, params: LibraryParams, querystring: ItemQuery, response: { 200: Item, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await findItem(ctx, await desk(request), request.query.barcode)),
    );
    app.post(`${base}/items`, { schema: { tags, params: LibraryParams, body: ItemBody, response: { 201: Item, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await createItem(ctx, await desk(request), request.body), 201),
    );
    app.post(`${base}/items/import`, { schema: { tags, params: LibraryParams, body: CsvImportBody, response: { 200: CsvImportReport, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await importItems(ctx, await admin(request), request.body.text)),
    );

    app.post(`${base}/desk/check-out`, { schema: { tags, params: LibraryParams, body: CheckOutBody, response: { 200: DeskDecision, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await checkOutItem(ctx, await desk(request), request.body)),
    );
    app.post(`${base}/desk/return`, { schema: { tags, params: LibraryParams, body: ReturnBody, response: { 200: Loan, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await returnItem(ctx, await desk(request), request.body.barcode)),
    );
    app.post(`${base}/desk/renew`, { schema: { tags, params: LibraryParams, body: RenewBody, response: { 200: DeskDecision, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await renewLoan(ctx, await desk(request), request.body.loanId)),
    );
    app.post(`${base}/desk/reserve`, { schema: { tags, params: LibraryParams, body: ReserveBody, response: { 200: DeskDecision, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await reserveItem(ctx, await desk(request), request.body)),
    );
    app.post(`${base}/desk/book`, { schema: { tags, params: LibraryParams, body: BookBody, response: { 200: DeskDecision, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await bookItem(ctx, await desk(request), request.body)),
    );
    app.post(`${base}/desk/ill`, { schema: { tags, params: LibraryParams, body: IllBody, response: { 200: DeskDecision, ...problems } } }, async (request, reply) =>
      sendResult(request, reply, await requestIll(ctx, await desk(request), request.body)),
    );
  };
}
