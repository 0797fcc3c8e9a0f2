import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature, WEBHOOK_HEADERS, type SignatureCheck } from '../../libs/events/src/index.js';

export interface ReceivedDelivery {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly json: { id: string; type: string; councilId: string; subject: string; schemaVersion: number; occurredAt: string; data: Record<string, unknown> };
  /** The signature checked as a receiver would, with the secret it was given for the path. */
  readonly signature: SignatureCheck;
}

/**
 * The other side of a webhook, on this machine: a plain node http server that keeps what it is
 * sent, checks each signature with the secret it was given for the path (as a council's CRM would,
 * with the verification function the docs give), and answers with the status it is told to.
 */
export class FakeWebhookReceiver {
  readonly received: ReceivedDelivery[] = [];
  private readonly secrets = new Map<string, string>();
  /** The status every request is answered with (200 unless told otherwise). */
  respondWith = 200;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeWebhookReceiver> {
    let receiver: FakeWebhookReceiver | undefined;
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        (receiver as FakeWebhookReceiver).keep(request.url ?? '/', request.headers, Buffer.concat(chunks).toString('utf8'));
        response.statusCode = (receiver as FakeWebhookReceiver).respondWith;
        response.end();
      });
    });
    receiver = new FakeWebhookReceiver(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  /** The secret deliveries to `path` must be signed with. */
  trust(path: string, secret: string): void {
    this.secrets.set(path, secret);
  }

  to(path: string): ReceivedDelivery[] {
    return this.received.filter((delivery) => delivery.path === path);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private keep(path: string, headers: IncomingHttpHeaders, body: string): void {
    const header = (name: string) => headers[name.toLowerCase()] as string | undefined;
    const signature = verifyWebhookSignature(this.secrets.get(path) ?? '', { body, signature: header(WEBHOOK_HEADERS.signature), timestamp: header(WEBHOOK_HEADERS.timestamp) });
    this.received.push({ path, headers, body, json: JSON.parse(body), signature });
  }
}
