import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Result } from '../../kernel/result.ts';
import { sendResult } from '../../platform/http-errors.ts';
import type { PdfFile } from './get-order-document.ts';

/** A PDF to open in the browser (inline), named for saving; a failure as a problem document. */
export function sendPdf(request: FastifyRequest, reply: FastifyReply, result: Result<PdfFile>) {
  if (!result.ok) return sendResult(request, reply, result);
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${result.value.fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(result.value.bytes));
}
