import { Injectable } from '@nestjs/common';
import type { AttemptResult } from '../domain/retry-schedule.js';
import type { WebhookRequest } from '../domain/webhook-request.js';
import { WebhookSender } from '../application/webhook-sender.port.js';

/**
 * Node's own fetch (undici): a POST with a deadline. Redirects are not followed: a 3xx is not a
 * delivery, and following one would send the council's data somewhere the subscription never named.
 * The response body is not read beyond what closing it needs.
 */
@Injectable()
export class FetchWebhookSender extends WebhookSender {
  async post(url: string, request: WebhookRequest, timeoutMs: number): Promise<AttemptResult> {
    try {
      const response = await fetch(url, {
        method: 'POST', headers: request.headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      return { statusCode: response.status };
    } catch (error) {
      return { error: describe(error, timeoutMs) };
    }
  }
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 1_000);
}
