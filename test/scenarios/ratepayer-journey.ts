import { expect } from '@jest/globals';
import type { TestApi } from '../support/test-api.js';

export interface NoticeLine {
  code: string;
  description: string;
  amountPence: number;
  periodStart: string;
  periodEnd: string;
}
export interface Notice {
  billNumber: number;
  kind: string;
  issuedOn: string;
  totalPence: number;
  yearChargePence: number;
  paidBeforePence: number;
  dueBeforePence: number;
  lines: NoticeLine[];
  instalments: Array<{ number: number; dueDate: string; amountPence: number }>;
}

/** A revenues officer working one ratepayer's account through the real REST API. */
export class RatepayerJourney {
  constructor(
    private readonly api: TestApi,
    private readonly token: string,
  ) {}

  async post<T>(path: string, body: object, status = 201): Promise<T> {
    const response = await this.api.http.post(`/v1/business-rates${path}`).set('authorization', `Bearer ${this.token}`).send(body);
    expect({ path, status: response.status, body: response.status === status ? undefined : response.body }).toEqual({ path, status, body: undefined });
    return response.body as T;
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.api.http.get(`/v1/business-rates${path}`).set('authorization', `Bearer ${this.token}`).expect(200);
    return response.body as T;
  }

  /** A payment as a bank file sends it: the Idempotency-Key makes a resent line post once. */
  async pay(accountReference: string, amountPence: number, receivedOn: string, idempotencyKey: string, status = 201): Promise<{ replayed: boolean; payment: { paymentId: string } }> {
    const response = await this.api.http.post('/v1/business-rates/payments').set('authorization', `Bearer ${this.token}`).set('idempotency-key', idempotencyKey)
      .send({ accountReference, amountPence, receivedOn, method: 'bank-transfer' });
    expect({ status: response.status, body: response.status === status ? undefined : response.body }).toEqual({ status, body: undefined });
    return response.body;
  }

  notices(accountReference: string, financialYear: string): Promise<Notice[]> {
    return this.get<Notice[]>(`/accounts/${accountReference}/bills?financialYear=${financialYear}`);
  }
}

/** The amounts of lines as [code, from, to, pence], for assertions that read like the notice. */
export function linesOf(notice: Notice): Array<[string, string, string, number]> {
  return notice.lines.map((line) => [line.code, line.periodStart, line.periodEnd, line.amountPence]);
}

export const sumOf = (amounts: number[]) => amounts.reduce((sum, amount) => sum + amount, 0);
