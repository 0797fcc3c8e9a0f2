import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';

/** The public integration routes: called without a token, so open to anyone. */
export const PUBLIC_INTEGRATION_ROUTE = /^\/v1\/integrations\/([^/?]+)\/govuk-pay\/webhooks(?:[/?]|$)/;

/** The limit over all council codes, as a multiple of the per-council one. */
const ALL_CODES_FACTOR = 4;
const MINUTE_MS = 60_000;

/**
 * Limits on the public integration routes (the GOV.UK Pay webhook): each request costs a council
 * look-up and a signature check, and a rejected one a row. Two limits per client address, a minute
 * at a time: per council code (a flood against one council's webhook slows only that one) and over
 * all codes (a flood of made-up codes is stopped too). GOV.UK Pay sends every council's
 * notifications from the same few addresses, so the limit is generous and set by
 * INTEGRATION_RATE_LIMIT_PER_MINUTE; Pay retries a refused delivery later. Kept in memory: with
 * several API instances, each counts its own share.
 */
export function integrationRateLimits(perCouncilPerMinute: number): RequestHandler[] {
  return [
    limiter(perCouncilPerMinute, 'for this council code', (request) => `${client(request)} ${councilCodeIn(request)}`),
    limiter(perCouncilPerMinute * ALL_CODES_FACTOR, 'for all council codes', client),
  ];
}

function limiter(limit: number, scope: string, key: (request: Request) => string): RequestHandler {
  return rateLimit({
    windowMs: MINUTE_MS,
    limit,
    keyGenerator: key,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (request: Request & { id?: unknown }, response: Response) => {
      const seconds = Math.max(1, Math.ceil(Number(response.getHeader('retry-after') ?? 60)));
      response.status(429).json({
        statusCode: 429,
        code: 'TOO_MANY_REQUESTS',
        message: `too many requests to this integration route from your address: at most ${limit} a minute (${scope}); try again in ${seconds} seconds`,
        requestId: request.id,
      });
    },
  });
}

function client(request: Request): string {
  return ipKeyGenerator(request.ip ?? 'unknown');
}

function councilCodeIn(request: Request): string {
  return PUBLIC_INTEGRATION_ROUTE.exec(request.originalUrl)?.[1] ?? '';
}
