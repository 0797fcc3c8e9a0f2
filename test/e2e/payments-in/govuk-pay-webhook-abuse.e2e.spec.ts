import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { connectAsOwner } from '../../support/database.js';
import { FakeGovUkPay } from '../../support/fake-govuk-pay.js';
import { TestApi } from '../../support/test-api.js';

const SECRET = 'webhook_test_abuse_0123456789abcdef';
const LIMIT = 3;

/** The public webhook under a flood: rate limited per address and council code, rejections logged, made-up council codes never written. */
describe('GOV.UK Pay webhook: rate limited, rejections logged', () => {
  let api: TestApi;
  let councilCode: string;
  let manager: string;
  const logLines: Array<Record<string, unknown>> = [];

  const sendTo = (code: string, body = JSON.stringify({ created_date: new Date().toISOString() })) => new FakeGovUkPay(api, code, SECRET).send(body);
  const rowsWithBody = async (body: string) => {
    const db = await connectAsOwner();
    try {
      const sha = createHash('sha256').update(body).digest('hex');
      return Number((await db.query(`select count(*) from payment_notifications where body_sha256 = $1`, [sha])).rows[0].count);
    } finally {
      await db.end();
    }
  };

  beforeAll(async () => {
    api = await TestApi.start({ INTEGRATION_RATE_LIMIT_PER_MINUTE: String(LIMIT), LOG_LEVEL: 'warn' });
    // What the service's pino logger writes, captured (and kept off the test output).
    const destination = (PinoLogger.root as unknown as Record<symbol, { write: (line: string) => boolean }>)[pino.symbols.streamSym];
    jest.spyOn(destination, 'write').mockImplementation((line: string) => {
      logLines.push(JSON.parse(line));
      return true;
    });
    const council = await api.createCouncil('payabuse');
    councilCode = council.code;
    manager = await api.token(['revenues-manager'], council.code);
    await api.http.put('/v1/integrations/govuk-pay/signing-secret').set('authorization', `Bearer ${manager}`).send({ secret: SECRET }).expect(200);
  });
  afterAll(() => api.close());

  it('logs a rejected notification with its cause and request id, and records it', async () => {
    const response = await new FakeGovUkPay(api, councilCode, SECRET).pay({ amountPence: 100, reference: '000000001', createdAt: new Date(Date.now() - 86_400_000) });
    expect(response.response.status).toBe(401);
    const requestId = response.response.headers['x-request-id'];
    expect(logLines).toContainEqual(expect.objectContaining({ level: 40, msg: 'GOV.UK Pay notification rejected', cause: 'stale', requestId, reason: expect.stringContaining('created_date') }));
    expect(await rowsWithBody(response.body)).toBe(1);
  });

  it('logs, but never records, notifications for a council code that is not on the service', async () => {
    const body = JSON.stringify({ created_date: new Date().toISOString(), probe: 'made-up code' });
    const response = await sendTo('no-such-council-a', body).expect(401);
    expect(logLines).toContainEqual(expect.objectContaining({
      level: 40, msg: 'GOV.UK Pay notification rejected: no active council with this code', councilCode: 'no-such-council-a', requestId: response.headers['x-request-id'],
    }));
    expect(await rowsWithBody(body)).toBe(0);
  });

  it('answers 429 with a clear message once an address exceeds the limit for one council code; other codes and routes still answer', async () => {
    for (let sent = 1; sent < LIMIT; sent += 1) expect((await sendTo('no-such-council-a')).status).toBe(401);
    const refused = await sendTo('no-such-council-a').expect(429);
    expect(refused.body.message).toMatch(/too many requests to this integration route from your address: at most 3 a minute \(for this council code\); try again in \d+ seconds/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // A real council's webhook from the same address is still answered (signed, but no payment in it).
    expect((await sendTo(councilCode)).status).toBe(400);
    // Authenticated routes are not limited.
    for (let read = 0; read < LIMIT * 2; read += 1) await api.http.get('/v1/integrations/govuk-pay/notifications').set('authorization', `Bearer ${manager}`).expect(200);
  });

  it('stops a flood of made-up council codes from one address with the limit over all codes', async () => {
    const statuses: number[] = [];
    for (let code = 0; code < LIMIT * 4 && !statuses.includes(429); code += 1) statuses.push((await sendTo(`made-up-${code}`)).status);
    expect(statuses.at(-1)).toBe(429);
    const refused = await sendTo('made-up-last').expect(429);
    expect(refused.body.message).toContain('for all council codes');
  });
});
