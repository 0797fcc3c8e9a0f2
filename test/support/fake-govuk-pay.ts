import { createHmac, randomUUID } from 'node:crypto';
import type { TestApi } from './test-api.js';

export interface FakePayment {
  readonly paymentId?: string;
  readonly amountPence: number;
  readonly reference: string;
  readonly status?: string;
  readonly eventType?: string;
  /** When Pay says it sent the notification; now unless given. */
  readonly createdAt?: Date;
}

/**
 * A local stand-in for GOV.UK Pay's webhooks: it builds a notification as Pay does, signs the exact
 * bytes it sends with the council's signing secret (hex HMAC-SHA256 in Pay-Signature), and sends it.
 */
export class FakeGovUkPay {
  constructor(
    private readonly api: TestApi,
    private readonly councilCode: string,
    private readonly signingSecret: string,
  ) {}

  notification(payment: FakePayment): { body: string; paymentId: string } {
    const paymentId = payment.paymentId ?? `pay${randomUUID().replace(/-/g, '').slice(0, 22)}`;
    const created = (payment.createdAt ?? new Date()).toISOString();
    const body = JSON.stringify({
      webhook_message_id: randomUUID(), api_version: 1, created_date: created, resource_id: paymentId, resource_type: 'payment',
      event_type: payment.eventType ?? 'card_payment_succeeded',
      resource: {
        payment_id: paymentId, amount: payment.amountPence, reference: payment.reference, description: 'Business rates', language: 'en',
        state: { status: payment.status ?? 'success', finished: true }, payment_provider: 'sandbox', created_date: created,
        card_details: { card_brand: 'Visa', last_digits_card_number: '4242' },
      },
    });
    return { body, paymentId };
  }

  /** Sends a body signed with `secret` (the council's unless given). */
  send(body: string, secret = this.signingSecret) {
    return this.api.http.post(`/v1/integrations/${this.councilCode}/govuk-pay/webhooks`)
      .set('content-type', 'application/json')
      .set('pay-signature', createHmac('sha256', secret).update(body).digest('hex'))
      .send(body);
  }

  /** Builds, signs and sends a notification of one payment. */
  async pay(payment: FakePayment) {
    const { body, paymentId } = this.notification(payment);
    return { response: await this.send(body), paymentId, body };
  }
}
