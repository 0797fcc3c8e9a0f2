import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { financialYearOf, YearChargesQuery, type AccountYearCharge } from '../../../business-rates/src/index.js';
import { Clock, NotFoundError } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import type { Reconciliation, ShadowBilling, ShadowBillingDifference } from '../domain/reconciliation.js';
import { compareCharge } from '../domain/shadow-billing.js';
import { MigrationLoads, MigrationStore, type MigrationSession, type ProgressReport } from './migration-store.port.js';
import { readingCouncil } from './permissions.js';

/** Accounts shadow-billed per question to the engine. */
const SHADOW_BATCH = 2_000;
/** Accounts listed per difference list in a report; totals always count them all. */
export const DEFAULT_LISTED_DIFFERENCES = 10_000;

/**
 * The evidence that nothing was lost: for a load, rows in, loaded and refused per entity; balances
 * per account and in total, legacy against migrated, to the penny; and shadow billing of the year.
 * Written as JSON and HTML by the CLI, and kept against the load as evidence the API shows.
 */
export class ReconcileLoadCommand {
  constructor(
    readonly actor: Actor,
    /** The load to reconcile; the council's latest if not given. */
    readonly loadId: string | undefined,
    readonly options: {
      readonly councilName: string;
      /** The year shadow billing recomputes; the year of today's date if not given. */
      readonly financialYear?: string;
      readonly listLimit?: number;
      readonly progress?: ProgressReport;
    },
  ) {}
}

@CommandHandler(ReconcileLoadCommand)
export class ReconcileLoadHandler implements ICommandHandler<ReconcileLoadCommand> {
  constructor(
    private readonly store: MigrationStore,
    private readonly loadRecords: MigrationLoads,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, loadId: named, options }: ReconcileLoadCommand): Promise<Reconciliation> {
    const councilId = readingCouncil(actor, 'reconciling a migration load');
    const loads = await this.loadRecords.list(actor, councilId);
    const load = named ? loads.find((candidate) => candidate.loadId === named) : loads[loads.length - 1];
    if (!load) throw new NotFoundError('migration load', named ?? 'for this council');
    const progress = options.progress ?? (() => undefined);
    const listLimit = options.listLimit ?? DEFAULT_LISTED_DIFFERENCES;
    const financialYear = options.financialYear ?? financialYearOf(this.clock.today()).label;

    const session = await this.store.openSession(actor, councilId, { dryRun: false });
    try {
      progress('counting', 0, 3);
      const entities = await session.entityCounts(load.loadId);
      progress('counting', 1, 3);
      const balances = await session.balances(load.loadId, listLimit);
      progress('counting', 2, 3);
      const notices = entities.find((entity) => entity.entity === 'notice');
      const shadowBilling = notices && notices.rowsIn > 0
        ? await this.shadowBill(actor, session, load.loadId, financialYear, listLimit, progress)
        : { financialYear, notCompared: 'the extract holds no notices, so there is no legacy charge to compare', accountsCompared: 0, accountsDiffering: 0, legacyChargedTotalPence: 0, engineChargedTotalPence: 0, differences: [] };
      const everyRowAccountedFor = entities.every((entity) => entity.rejected === 0 && entity.loaded + entity.derived === entity.rowsIn);
      const report: Reconciliation = {
        loadId: load.loadId,
        council: options.councilName,
        profile: `${load.profileName} ${load.profileVersion}`,
        sourceFiles: load.sourceFiles.map(({ file, sha256, bytes }) => ({ file, sha256, bytes })),
        producedAt: this.clock.now().toISOString(),
        producedBy: actor.subject,
        entities,
        balances,
        shadowBilling,
        clean: everyRowAccountedFor && balances.accountsDiffering === 0 && shadowBilling.accountsDiffering === 0,
      };
      await session.recordReconciliation(report);
      return report;
    } finally {
      await session.end();
    }
  }

  private async shadowBill(actor: Actor, session: MigrationSession, loadId: string, financialYear: string, listLimit: number, progress: ProgressReport): Promise<ShadowBilling> {
    let afterKey: string | null = null;
    let accountsCompared = 0;
    let accountsDiffering = 0;
    let legacyChargedTotalPence = 0;
    let engineChargedTotalPence = 0;
    const differences: ShadowBillingDifference[] = [];
    for (;;) {
      const legacy = await session.legacyCharges(loadId, financialYear, afterKey, SHADOW_BATCH);
      if (legacy.length === 0) break;
      const engine: AccountYearCharge[] = await this.queries.execute(new YearChargesQuery(actor, financialYear, legacy.map((charge) => charge.accountId)));
      const engineById = new Map(engine.map((charge) => [charge.accountId, charge]));
      for (const charge of legacy) {
        const computed = engineById.get(charge.accountId);
        const lines = (computed?.lines ?? []).map(({ code, description, amountPence, periodStart, periodEnd, rule }) => ({ code, description, amountPence, periodStart, periodEnd, rule }));
        const difference = compareCharge(charge, { accountReference: computed?.accountReference ?? '', lines });
        accountsCompared += 1;
        legacyChargedTotalPence += charge.chargedPence;
        engineChargedTotalPence += lines.reduce((sum, line) => sum + line.amountPence, 0);
        if (difference) {
          accountsDiffering += 1;
          if (differences.length < listLimit) differences.push(difference);
        }
      }
      afterKey = legacy[legacy.length - 1].accountKey;
      progress('shadow billing', accountsCompared);
    }
    return { financialYear, accountsCompared, accountsDiffering, legacyChargedTotalPence, engineChargedTotalPence, differences };
  }
}
