import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { describeError } from '../errors/describe-error.js';

/**
 * JSON bodies only, up to a limit. Parse and size errors are answered here, before routing,
 * with the same error shape as the rest of the API.
 */
export function acceptJsonBodies(app: INestApplication, limitBytes: number): void {
  acceptPaymentsInBodies(app, limitBytes);
  app.use(express.json({ limit: limitBytes, strict: true }));
  app.use((error: unknown, request: Request & { id?: unknown }, response: Response, next: NextFunction) => {
    if (!error) return next();
    const description = describeError(error);
    response.status(description.status).json({
      statusCode: description.status,
      code: description.code,
      message: description.message,
      requestId: request.id,
    });
  });
}

/** Payment files are larger than API requests: up to this, as text. */
export const PAYMENT_FILE_LIMIT_BYTES = 20 * 1024 * 1024;

/**
 * Two routes take other bodies, parsed before the JSON parser (which then leaves them alone): a
 * GOV.UK Pay notification is kept as the raw bytes its signature was made over, and a payment file
 * is read as text.
 */
function acceptPaymentsInBodies(app: INestApplication, limitBytes: number): void {
  app.use('/v1/integrations/:councilCode/govuk-pay/webhooks', express.raw({ type: () => true, limit: limitBytes }));
  app.use('/v1/business-rates/payment-imports', express.text({ type: ['text/csv', 'text/plain'], limit: PAYMENT_FILE_LIMIT_BYTES }));
}
