import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidInputError, NotFoundError } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import type { Reconciliation } from '../domain/reconciliation.js';
import { MigrationLoads, type MigrationLoad } from './migration-store.port.js';
import { readingCouncil } from './permissions.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every load into the council, oldest first: who ran it, when, from which files (with checksums), and how far it got. */
export class ListMigrationLoadsQuery {
  constructor(readonly actor: Actor) {}
}

export class GetMigrationLoadQuery {
  constructor(
    readonly actor: Actor,
    readonly loadId: string,
  ) {}
}

/** A load's stored reconciliation reports, oldest first: the evidence, as the CLI wrote it to file. */
export class ListLoadReconciliationsQuery {
  constructor(
    readonly actor: Actor,
    readonly loadId: string,
  ) {}
}

@QueryHandler(ListMigrationLoadsQuery)
export class ListMigrationLoadsHandler implements IQueryHandler<ListMigrationLoadsQuery> {
  constructor(private readonly loads: MigrationLoads) {}

  execute({ actor }: ListMigrationLoadsQuery): Promise<MigrationLoad[]> {
    return this.loads.list(actor, readingCouncil(actor, 'listing migration loads'));
  }
}

@QueryHandler(GetMigrationLoadQuery)
export class GetMigrationLoadHandler implements IQueryHandler<GetMigrationLoadQuery> {
  constructor(private readonly loads: MigrationLoads) {}

  execute({ actor, loadId }: GetMigrationLoadQuery): Promise<MigrationLoad> {
    return findLoad(this.loads, actor, readingCouncil(actor, 'reading a migration load'), loadId);
  }
}

@QueryHandler(ListLoadReconciliationsQuery)
export class ListLoadReconciliationsHandler implements IQueryHandler<ListLoadReconciliationsQuery> {
  constructor(private readonly loads: MigrationLoads) {}

  async execute({ actor, loadId }: ListLoadReconciliationsQuery): Promise<Reconciliation[]> {
    const councilId = readingCouncil(actor, "reading a migration load's reconciliations");
    await findLoad(this.loads, actor, councilId, loadId);
    return this.loads.reconciliations(actor, councilId, loadId);
  }
}

async function findLoad(loads: MigrationLoads, actor: Actor, councilId: string, loadId: string): Promise<MigrationLoad> {
  if (!UUID.test(loadId)) throw new InvalidInputError('loadId', 'must be a load id (a UUID)');
  const load = await loads.find(actor, councilId, loadId);
  if (!load) throw new NotFoundError('migration load', loadId);
  return load;
}
