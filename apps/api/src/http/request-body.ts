import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { describeError } from '../errors/describe-error.js';

/**
 * JSON bodies only, up to a limit. Parse and size errors are answered here, before routing,
 * with the same error shape as the rest of the API.
 */
export function acceptJsonBodies(app: INestApplication, limitBytes: number): void {
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
