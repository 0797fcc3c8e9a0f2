import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Structured JSON logs, one line per request, with a request id (the caller's X-Request-Id when
 * well-formed). No bodies, no query strings, no tokens: nothing that could carry personal data.
 */
export function loggingOptions(level: string): Params {
  return {
    pinoHttp: {
      level,
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const offered = request.headers['x-request-id'];
        const id = typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
        response.setHeader('x-request-id', id);
        return id;
      },
      serializers: {
        req: (request: { id: unknown; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          path: request.url.split('?')[0],
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      redact: ['req.headers', 'res.headers'],
      customProps: (request: IncomingMessage & { actor?: { councilId: string | null } }) => ({
        councilId: request.actor?.councilId ?? undefined,
      }),
      autoLogging: { ignore: (request: IncomingMessage) => request.url?.startsWith('/health') ?? false },
    },
  };
}
