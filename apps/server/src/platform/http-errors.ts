import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Failure, Result } from '../kernel/result.ts';

/**
 * The one table from a failure code to an HTTP status (DESIGN §5.3). Codes are stable:
 * clients and translations key on them. Anything not listed is a 400.
 */
const statusOf: Record<string, number> = {
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  last_admin: 409,
  already_member: 409,
  account_changed: 409,
  no_account: 403,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  search_not_ready: 503,
  too_many_wrong_codes: 429,
  // Purchasing: the request was well-formed, but the cart or order is not in a state for it.
  unavailable: 409,
  cart_full: 409,
  cart_empty: 409,
  cart_changed: 409,
  cart_not_orderable: 409,
  budget_exceeded: 409,
  not_cancellable: 409,
  already_invoiced: 409,
  not_delivered: 409,
  idempotency_key_reused: 409,
  not_shippable: 409,
  not_awaiting_payment: 409,
  // The library module: a configuration that contradicts itself or the rules (issue 5).
  name_taken: 409,
  group_in_use: 409,
  root_fixed: 409,
  no_root: 409,
  several_roots: 409,
  unknown_parent: 409,
  cycle: 409,
  bookable_with_loan_limit: 409,
  bookable_with_reservation: 409,
  priority_taken: 409,
  unknown_borrower_group: 400,
  invalid_material_group: 400,
  invalid_loan_profile: 400,
  invalid_order: 400,
  card_taken: 409,
  barcode_taken: 409,
  item_on_loan: 409,
  item_missing: 409,
  not_on_loan: 409,
  loan_closed: 409,
  already_reserved: 409,
};

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign-in required',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export class HttpProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  constructor(code: string, detail?: string, field?: string, status?: number) {
    super(detail ?? code);
    this.code = code;
    this.field = field;
    this.status = status ?? statusOf[code] ?? 400;
  }
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail?: string,
  field?: string,
  errors?: { field: string; message: string }[],
) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: `https://hylle.dev/problems/${code}`,
      title: titles[status] ?? 'Error',
      status,
      code,
      ...(detail ? { detail } : {}),
      ...(field ? { field } : {}),
      ...(errors ? { errors } : {}),
      requestId: request.id,
    });
}

export function sendFailure(request: FastifyRequest, reply: FastifyReply, failure: Failure) {
  return sendProblem(request, reply, statusOf[failure.code] ?? 400, failure.code, failure.detail, failure.field);
}

/** Routes end with this: the value on success, a problem document on failure. */
export function sendResult<T>(request: FastifyRequest, reply: FastifyReply, result: Result<T>, status = 200) {
  if (!result.ok) return sendFailure(request, reply, result);
  if (status === 204) return reply.code(204).send();
  return reply.code(status).send(result.value);
}

type ValidationIssue = { instancePath?: string; message?: string; params?: { keys?: unknown } };

/** The dotted path of the field at fault; for unknown keys (strict schemas), the keys. */
function fieldOf(issue: ValidationIssue): string {
  const path = issue.instancePath?.replace(/^\//, '').replaceAll('/', '.') ?? '';
  const keys = Array.isArray(issue.params?.keys) ? issue.params.keys.join(',') : '';
  return [path, keys].filter(Boolean).join('.');
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      return sendProblem(request, reply, error.status, error.code, error.message, error.field);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // An id in the path that is not even well-formed names nothing: same answer as unknown.
      if (error.validationContext === 'params') return sendProblem(request, reply, 404, 'not_found');
      // Every invalid field at once, so a form can mark them all in one go.
      const errors = (error.validation as ValidationIssue[]).map((issue) => ({
        field: fieldOf(issue),
        message: issue.message ?? 'Invalid value',
      }));
      const first = errors[0];
      return sendProblem(request, reply, 400, 'validation', first?.message ?? 'Invalid request', first?.field || undefined, errors);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      return sendProblem(request, reply, 500, 'internal');
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendProblem(request, reply, 413, 'payload_too_large', 'The request body is too large');
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendProblem(request, reply, 415, 'unsupported_media_type', 'Send JSON (application/json)');
    }
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      return sendProblem(request, reply, 400, 'malformed_json', 'The request body is not valid JSON');
    }
    if (error.statusCode === 429) {
      return sendProblem(request, reply, 429, 'rate_limited', 'Too many requests; wait a little and try again');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, error.statusCode, error.code?.toLowerCase() ?? 'bad_request', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 500, 'internal', 'Something went wrong on our side. Quote the request id if you contact us.');
  });
}
