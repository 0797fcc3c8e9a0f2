import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { readApiConfig, type ApiConfig } from '../../apps/api/src/config/api-config.js';
import { createApi } from '../../apps/api/src/create-api.js';
import type { Clock } from '../../libs/kernel/src/index.js';
import { loadOrCreateDevSigningKey, signDevToken } from '../../libs/identity/src/index.js';
import type { Role } from '../../libs/tenancy/src/index.js';

export interface TestCouncil {
  readonly id: string;
  readonly code: string;
}

/** The real API (Nest, Apollo, TypeORM) on the suite's real PostgreSQL, with demo-mode tokens. */
export class TestApi {
  private constructor(
    readonly app: NestExpressApplication,
    readonly config: ApiConfig,
  ) {}

  /** The API; pass a clock (a SettableClock) to move time in a scenario. */
  static async start(env: NodeJS.ProcessEnv = {}, clock?: Clock): Promise<TestApi> {
    const config = readApiConfig({
      ...process.env,
      AUTH_MODE: 'demo',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      SEED_DEMO_COUNCIL: 'false',
      // Tests drive the billing worker themselves (BillingRunWorker), run by run.
      BILLING_WORKER: 'off',
      ...env,
    });
    const app = await createApi(config, requiredEnv('TEST_DATABASE_APP_URL'), clock);
    return new TestApi(app, config);
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  async token(roles: Role[], councilCode?: string, subject = `test-user-${randomUUID().slice(0, 8)}`): Promise<string> {
    const key = await loadOrCreateDevSigningKey(this.config.auth.devKeyFile);
    return signDevToken(key, { subject, roles, councilCode, audience: this.config.auth.audience });
  }

  operatorToken(): Promise<string> {
    return this.token(['operator'], undefined, 'test-operator');
  }

  /** POSTs a GraphQL operation; returns the response for status and body assertions. */
  graphql(token: string | null, query: string, variables: Record<string, unknown> = {}) {
    const call = this.http.post('/graphql').set('content-type', 'application/json');
    if (token) call.set('authorization', `Bearer ${token}`);
    return call.send({ query, variables });
  }

  /** Creates a council with a unique code through the operator REST route. */
  async createCouncil(prefix = 'council'): Promise<TestCouncil> {
    const code = `${prefix}-${randomUUID().slice(0, 8)}`;
    const response = await this.http
      .post('/v1/councils')
      .set('authorization', `Bearer ${await this.operatorToken()}`)
      .send({ code, name: `${prefix} test council` });
    if (response.status !== 201) throw new Error(`creating council failed: ${response.status} ${JSON.stringify(response.body)}`);
    return { id: response.body.id as string, code };
  }

  close(): Promise<void> {
    return this.app.close();
  }
}

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suite with npm test (its global setup starts PostgreSQL)`);
  return value;
}
