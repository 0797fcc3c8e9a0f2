import type { AttemptResult } from '../domain/retry-schedule.js';
import type { WebhookRequest } from '../domain/webhook-request.js';

/** POSTs a signed request; resolves to the response's status, or the error (a timeout, a refused connection). Never rejects. */
export abstract class WebhookSender {
  abstract post(url: string, request: WebhookRequest, timeoutMs: number): Promise<AttemptResult>;
}
