import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtVerify } from 'jose';

/** What the fake took, as GOV.UK Notify would have it. */
export interface ReceivedNotification {
  readonly path: string;
  readonly body: Record<string, unknown>;
  readonly claims: { readonly iss?: string; readonly iat?: number };
  readonly id: string;
}

/**
 * A local stand-in for GOV.UK Notify's v2 API, strict where Notify is: the bearer JWT must be HS256
 * with the key's secret, `iss` the service id and `iat` within 30 seconds; an email needs
 * template_id, email_address and personalisation; a letter a reference and base64 PDF content. Like a
 * team-only key, it refuses email addresses not in `team`, with Notify's 400 error body.
 */
export class FakeGovUkNotify {
  readonly received: ReceivedNotification[] = [];
  readonly serviceId = randomUUID();
  readonly secretKey = randomUUID();
  readonly templateId = randomUUID();
  readonly recoveryTemplateId = randomUUID();
  /** Where Notify posts delivery receipts, and the bearer token it sends: the service's callback settings. */
  callback: { readonly url: string; readonly bearerToken: string } | null = null;
  readonly team = new Set<string>();
  private server!: Server;

  get apiKey(): string {
    return `open-revenues-test-${this.serviceId}-${this.secretKey}`;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request).then(({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Posts a delivery receipt for a notification the fake took, as Notify does to the callback URL:
   * the callback bearer token and Notify's JSON. Resolves to the service's response.
   */
  async sendReceipt(id: string, status: string, options: { readonly bearerToken?: string | null; readonly completedAt?: string } = {}): Promise<{ status: number; body: unknown }> {
    if (!this.callback) throw new Error('set the fake’s callback first');
    const taken = this.received.find((each) => each.id === id);
    const bearerToken = options.bearerToken === undefined ? this.callback.bearerToken : options.bearerToken;
    const response = await fetch(this.callback.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearerToken === null ? {} : { authorization: `Bearer ${bearerToken}` }) },
      body: JSON.stringify({
        id,
        reference: taken?.body.reference ?? null,
        to: taken?.body.email_address ?? 'letter',
        status,
        created_at: '2024-03-15T09:00:00.000000Z',
        completed_at: options.completedAt ?? (['delivered', 'received', 'permanent-failure', 'temporary-failure', 'technical-failure'].includes(status) ? '2024-03-15T09:05:00.000000Z' : null),
        sent_at: '2024-03-15T09:01:00.000000Z',
        notification_type: taken?.path.endsWith('/letter') ? 'letter' : 'email',
      }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body: object }> {
    const refuse = (status: number, error: string, message: string) => ({ status, body: { status_code: status, errors: [{ error, message }] } });
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return refuse(401, 'AuthError', 'Unauthorized: authentication token must be provided');
    let claims: ReceivedNotification['claims'];
    try {
      ({ payload: claims } = await jwtVerify(token, new TextEncoder().encode(this.secretKey), { algorithms: ['HS256'], issuer: this.serviceId }));
    } catch (error) {
      return refuse(403, 'AuthError', `Invalid token: ${(error as Error).message}`);
    }
    if (typeof claims.iat !== 'number' || Math.abs(Date.now() / 1000 - claims.iat) > 30) return refuse(403, 'AuthError', 'Error: Your system clock must be accurate to within 30 seconds');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    const id = randomUUID();
    if (request.method === 'POST' && request.url === '/v2/notifications/email') {
      if (body.template_id !== this.templateId && body.template_id !== this.recoveryTemplateId) return refuse(400, 'BadRequestError', 'Template not found');
      if (typeof body.email_address !== 'string' || typeof body.personalisation !== 'object') return refuse(400, 'ValidationError', 'email_address and personalisation are required');
      if (!this.team.has(body.email_address)) return refuse(400, 'BadRequestError', 'Can’t send to this recipient using a team-only API key');
      this.received.push({ path: request.url, body, claims, id });
      return { status: 201, body: { id, reference: body.reference, content: { subject: 'Your business rates notice', body: '…', from_email: 'rates@notify.example' }, uri: `${this.baseUrl}/v2/notifications/${id}`, template: { id: this.templateId, version: 1, uri: '' } } };
    }
    if (request.method === 'POST' && request.url === '/v2/notifications/letter') {
      const pdf = typeof body.content === 'string' ? Buffer.from(body.content, 'base64') : Buffer.alloc(0);
      if (typeof body.reference !== 'string' || body.reference === '') return refuse(400, 'ValidationError', 'reference is a required property');
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') return refuse(400, 'ValidationError', 'Letter content is not a valid PDF');
      this.received.push({ path: request.url, body, claims, id });
      return { status: 201, body: { id, reference: body.reference, postage: 'second' } };
    }
    return refuse(404, 'NotFoundError', 'Not found');
  }
}
