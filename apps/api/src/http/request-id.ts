import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives every request an id before anything else runs (the caller's X-Request-Id when well-formed),
 * so logs, errors (even body-parsing ones) and the audit trail all quote the same id.
 */
export function assignRequestIds(app: INestApplication): void {
  app.use((request: Request & { id?: string }, response: Response, next: NextFunction) => {
    const offered = request.headers['x-request-id'];
    request.id = typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
    response.setHeader('x-request-id', request.id);
    next();
  });
}
