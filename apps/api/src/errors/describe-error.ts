import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError } from '../../../../libs/kernel/src/index.js';
import { InvalidRequestError, type FieldProblem } from './invalid-request.error.js';

/** What any transport needs to report an error: status, a stable code, a message, and field problems. */
export interface ErrorDescription {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly problems?: FieldProblem[];
}

const DOMAIN_STATUS: Record<DomainError['kind'], [number, string]> = {
  'invalid-input': [HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT'],
  'not-found': [HttpStatus.NOT_FOUND, 'NOT_FOUND'],
  conflict: [HttpStatus.CONFLICT, 'CONFLICT'],
  forbidden: [HttpStatus.FORBIDDEN, 'FORBIDDEN'],
  // The council's configuration is at fault, not the request: said plainly, so it can be put right.
  'policy-failed': [HttpStatus.INTERNAL_SERVER_ERROR, 'POLICY_PLUGIN_FAILED'],
};

const HTTP_CODE: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  503: 'SERVICE_UNAVAILABLE',
};

/** Maps an error to its description; anything unrecognised is an internal error whose detail is not shown. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof InvalidRequestError) {
    return { status: 400, code: 'BAD_USER_INPUT', message: error.message, problems: error.problems };
  }
  if (error instanceof DomainError) {
    const [status, code] = DOMAIN_STATUS[error.kind];
    const field = 'field' in error && typeof error.field === 'string' ? error.field : undefined;
    const reason = 'reason' in error && typeof error.reason === 'string' ? error.reason : error.message;
    return { status, code, message: error.message, ...(field ? { problems: [{ field, reason }] } : {}) };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return { status, code: HTTP_CODE[status] ?? `HTTP_${status}`, message: error.message };
  }
  const bodyParserError = error as { type?: string; status?: number; message?: string };
  if (bodyParserError?.type === 'entity.parse.failed') {
    return { status: 400, code: 'MALFORMED_JSON', message: `request body is not valid JSON: ${bodyParserError.message}` };
  }
  if (bodyParserError?.type === 'entity.too.large') {
    return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'request body is larger than this service accepts' };
  }
  if (typeof bodyParserError?.status === 'number' && bodyParserError.status >= 400 && bodyParserError.status < 500) {
    return { status: bodyParserError.status, code: HTTP_CODE[bodyParserError.status] ?? 'BAD_REQUEST', message: String(bodyParserError.message) };
  }
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'internal error: quote the request id to support' };
}
