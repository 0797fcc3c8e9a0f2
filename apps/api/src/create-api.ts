import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { Clock } from '../../../libs/kernel/src/index.js';
import type { ApiConfig } from './config/api-config.js';
import { acceptJsonBodies } from './http/request-body.js';
import { assignRequestIds } from './http/request-id.js';
import { publishOpenApi } from './http/openapi.js';
import { mountAdminHttp } from './admin/admin-http.js';

/** The configured, initialised API application, not yet listening: what main.ts serves and the e2e tests drive. */
export async function createApi(config: ApiConfig, databaseAppUrl: string, clock?: Clock): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseAppUrl, clock), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  assignRequestIds(app);
  mountAdminHttp(app, config.bodyLimitBytes);
  acceptJsonBodies(app, config.bodyLimitBytes);
  publishOpenApi(app);
  await app.init();
  return app;
}
