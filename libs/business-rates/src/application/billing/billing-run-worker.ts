import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ListCouncilsQuery, type Council } from '../../../../councils/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import { draftNotice } from '../../domain/billing/draft-notice.js';
import { NATIONAL_RATES } from '../../domain/reference/national-rates.data.js';
import { SettleAccountCommand } from '../collection/settle-account.command.js';
import { BillingRunStore, type BillingRun, type DraftInRun } from './billing-run-store.port.js';

export interface WorkOptions {
  /** Accounts billed per transaction. */
  readonly chunkSize?: number;
  /** Stop a run after this many chunks, leaving it to be taken up again (a worker told to stop). */
  readonly maxChunks?: number;
  /** Councils billed at the same time: the database works on one while the engine computes another. */
  readonly councilsAtOnce?: number;
  /** Asked between chunks: true stops the run where it is, to be taken up again. */
  readonly stopping?: () => boolean;
  /** Only these councils' runs (all councils when omitted). */
  readonly councilIds?: readonly string[];
  /** Told of each run taken up, as it ends. */
  readonly report?: (outcome: RunReport) => void;
}

export interface PollOptions extends WorkOptions {
  /** The pause between looks for new runs. */
  readonly pollMs: number;
  /** Told of a failure to look for runs at all (a lost database connection); the worker looks again after the pause. */
  readonly reportError?: (error: unknown) => void;
}

export interface RunReport {
  readonly councilId: string;
  readonly financialYear: string;
  readonly outcome: RunOutcome;
}

export type RunOutcome = 'completed' | 'stopped' | 'failed';

/** How often a pausing worker checks whether it has been told to stop. */
const PAUSE_STEP_MS = 200;

const WORKER_OPERATOR: Actor = { subject: 'billing-worker', roles: ['operator'], councilId: null };

/**
 * Annual billing, done by the worker: takes up every pending or unfinished run and bills it in
 * chunks until no account is left, then lets collection put any money held on account to the new
 * bills, then marks the run completed. Stopped or crashed part way, it carries on from the cursor.
 */
@Injectable()
export class BillingRunWorker {
  constructor(
    private readonly store: BillingRunStore,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  /** Every unfinished run on the service, `councilsAtOnce` councils at a time. */
  async takeUpUnfinishedRuns(options: WorkOptions = {}): Promise<RunReport[]> {
    const councils: Council[] = await this.queries.execute(new ListCouncilsQuery(WORKER_OPERATOR));
    const queue = councils.filter((council) => !options.councilIds || options.councilIds.includes(council.id));
    const outcomes: RunReport[] = [];
    const lane = async () => {
      for (let council = queue.shift(); council; council = queue.shift()) {
        const actor = workerIn(council.id);
        for (const run of await this.store.unfinishedRuns(actor, council.id)) {
          if (options.stopping?.()) return;
          const outcome = { councilId: council.id, financialYear: run.financialYear, outcome: await this.bill(council.id, run, options) };
          outcomes.push(outcome);
          options.report?.(outcome);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.councilsAtOnce ?? 2) }, lane));
    return outcomes;
  }

  /** Takes up unfinished runs, then looks again every `pollMs`, until `stopping` says so. */
  async keepTakingUp(options: PollOptions): Promise<void> {
    while (!options.stopping?.()) {
      try {
        await this.takeUpUnfinishedRuns(options);
      } catch (error) {
        options.reportError?.(error);
      }
      for (let waited = 0; waited < options.pollMs && !options.stopping?.(); waited += PAUSE_STEP_MS) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(PAUSE_STEP_MS, options.pollMs - waited)));
      }
    }
  }

  /** Bills one run to the end, or until told to stop. A failure is recorded on the run, which a manager may resume. */
  async bill(councilId: string, run: BillingRun, options: WorkOptions = {}): Promise<RunOutcome> {
    const actor = { ...workerIn(councilId), requestId: run.billingRunId };
    const reason = `annual billing ${run.financialYear} requested by ${run.requestedBy}`;
    const draft = draftFor(run);
    try {
      for (let chunks = 0; ; chunks += 1) {
        if (chunks >= (options.maxChunks ?? Infinity) || options.stopping?.()) return 'stopped';
        const taken = await this.store.billNextChunk(actor, councilId, run.billingRunId, options.chunkSize ?? 500, draft, reason);
        if (taken === 0) break;
      }
      for (const accountId of await this.store.accountsWithUnallocatedMoney(actor, councilId)) {
        await this.commands.execute(new SettleAccountCommand(actor, accountId, reason));
      }
      await this.store.finishRun(actor, councilId, run.billingRunId, { failure: null }, reason);
      return 'completed';
    } catch (error) {
      const failure = error instanceof Error ? error.message : String(error);
      await this.store.finishRun(actor, councilId, run.billingRunId, { failure }, reason);
      return 'failed';
    }
  }
}

/** The annual bill for each account, naming the account if the engine cannot bill it. */
function draftFor(run: BillingRun): DraftInRun {
  return (position) => {
    try {
      return draftNotice(NATIONAL_RATES, position, run.issuedOn, true);
    } catch (error) {
      throw new Error(`account ${position.accountReference}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

function workerIn(councilId: string): Actor {
  return { subject: 'billing-worker', roles: [], councilId };
}
