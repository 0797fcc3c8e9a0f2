import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import type { Actor } from '../../../tenancy/src/index.js';
import { MigrationStore, type MigrationSession } from '../application/migration-store.port.js';
import { PgMigrationSession } from './pg-migration-session.js';

/** Where the migration role connects: DATABASE_MIGRATOR_URL, or the role provisioned on the embedded server. */
export const MIGRATOR_URL = Symbol('MIGRATOR_URL');

/**
 * Migration work runs on a connection of its own as `revenues_migrator`, not through the service's
 * pool: COPY streams straight into staging, and the audit trail records the load per statement.
 */
@Injectable()
export class PgMigrationStore extends MigrationStore {
  constructor(@Inject(MIGRATOR_URL) private readonly url: string) {
    super();
  }

  async openSession(actor: Actor, councilId: string, options: { readonly dryRun: boolean }): Promise<MigrationSession> {
    return new PgMigrationSession(await this.connect(), () => this.connect(), actor, councilId, options.dryRun);
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'open-revenues-migrate' });
    await client.connect();
    return client;
  }
}
