import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Agent, fetch } from 'undici';
import { hostIpLiteral, whyAddressRefused } from '../domain/endpoint-address.js';
import type { AttemptResult } from '../domain/retry-schedule.js';
import type { WebhookRequest } from '../domain/webhook-request.js';
import { EndpointPolicy } from '../application/endpoint-policy.js';
import { WebhookSender } from '../application/webhook-sender.port.js';
import { addressGuardedLookup } from './address-guarded-lookup.js';

/**
 * undici's fetch: a POST with a deadline, connecting only to addresses the EndpointPolicy allows
 * (checked after DNS resolution, on the connection itself). Redirects are not followed: a 3xx is
 * not a delivery, and following one would send the council's data somewhere the subscription never
 * named. The response body is not read beyond what closing it needs.
 */
@Injectable()
export class FetchWebhookSender extends WebhookSender implements OnModuleDestroy {
  private readonly dispatcher: Agent;

  constructor(private readonly policy: EndpointPolicy) {
    super();
    this.dispatcher = new Agent({ connect: { lookup: addressGuardedLookup(policy.allowLoopback) } });
  }

  async post(url: string, request: WebhookRequest, timeoutMs: number): Promise<AttemptResult> {
    // An address written as the host is connected to without any lookup: it is checked here instead.
    const literal = hostIpLiteral(new URL(url).hostname);
    const refused = literal ? whyAddressRefused(literal, this.policy.allowLoopback) : null;
    if (refused) return { error: `refused: ${literal} is ${refused}` };
    try {
      const response = await fetch(url, {
        method: 'POST', headers: request.headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), dispatcher: this.dispatcher,
      });
      await response.body?.cancel();
      return { statusCode: response.status };
    } catch (error) {
      return { error: describe(error, timeoutMs) };
    }
  }

  onModuleDestroy(): Promise<void> {
    return this.dispatcher.close();
  }
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 1_000);
}
