import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';

/**
 * Structured JSON logs, one line per request, with its request id (see request-id.ts).
 * No bodies, no query strings, no headers, no tokens: nothing that could carry personal data.
 */
export function loggingOptions(level: string): Params {
  return {
    pinoHttp: {
      level,
      genReqId: (request: IncomingMessage) => request.id ?? 'unassigned',
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
