import { Injectable } from '@nestjs/common';
import { keepPolling } from '../../../../kernel/src/index.js';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ListCouncilsQuery, type Council } from '../../../../councils/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import { CouncilPolicies } from '../../../../policy-host/src/index.js';
import { financialYear } from '../../domain/reference/financial-year.js';
import { SettleAccountCommand } from '../collection/settle-account.command.js';
import { BillingRunStore, type BillingRun, type DraftInRun } from './billing-run-store.port.js';
import { draftWithPolicy, noticePolicy, type NoticePolicy } from './draft-with-policy.js';

export interface WorkOptions {
  /** Accounts billed per transaction (DEFAULT_CHUNK_SIZE when omitted). */
  readonly chunkSize?: number;
  /** Stop each lane after this many chunks, leaving the run to be taken up again (a worker told to stop). */
  readonly maxChunks?: number;
  /** Lanes billing one run at the same time (DEFAULT_LANES when omitted): the database writes one chunk while the engine drafts another. */
  readonly lanes?: number;
  /** Councils billed at the same time, each with its own lanes (one when omitted). */
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

/** Accounts per chunk: large enough that a chunk's few queries carry many accounts, small enough to hold in memory and retry. */
export const DEFAULT_CHUNK_SIZE = 2_000;

/** Two lanes keep both of a small server's cores busy: one drafting in the engine, one writing. */
export const DEFAULT_LANES = 2;

const WORKER_OPERATOR: Actor = { subject: 'billing-worker', roles: ['operator'], councilId: null };

/**
 * Annual billing, done by the worker: takes up every pending or unfinished run and bills it in
 * chunks until no account is left, then lets collection put any money held on account to the new
 * bills, then marks the run completed. Stopped or crashed part way, it bills the chunks left
 * claimed and carries on from the cursor.
 */
@Injectable()
export class BillingRunWorker {
  constructor(
    private readonly store: BillingRunStore,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly policies: CouncilPolicies,
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
    await Promise.all(Array.from({ length: Math.max(1, options.councilsAtOnce ?? 1) }, lane));
    return outcomes;
  }

  /** Takes up unfinished runs, then looks again every `pollMs`, until `stopping` says so. */
  keepTakingUp(options: PollOptions): Promise<void> {
    return keepPolling(() => this.takeUpUnfinishedRuns(options), options);
  }

  /**
   * Bills one run to the end, or until told to stop, in `lanes` lanes that each bill a chunk left
   * claimed (by a worker that crashed or stopped) or else claim the next. A failure in one lane
   * stops the others after their chunk and is recorded on the run, which a manager may resume.
   */
  async bill(councilId: string, run: BillingRun, options: WorkOptions = {}): Promise<RunOutcome> {
    const actor = { ...workerIn(councilId), requestId: run.billingRunId };
    const reason = `annual billing ${run.financialYear} requested by ${run.requestedBy}`;
    let failure: string | null = null;
    let draft: DraftInRun;
    try {
      draft = draftFor(run, await noticePolicy(this.policies, actor, councilId, financialYear(run.financialYear), run.issuedOn));
    } catch (error) {
      await this.store.finishRun(actor, councilId, run.billingRunId, { failure: error instanceof Error ? error.message : String(error) }, reason);
      return 'failed';
    }
    const lane = async (): Promise<'done' | 'stopped'> => {
      try {
        for (let chunks = 0; ; ) {
          if (failure !== null || chunks >= (options.maxChunks ?? Infinity) || options.stopping?.()) return 'stopped';
          if ((await this.store.billClaimedChunk(actor, councilId, run.billingRunId, draft, reason)) !== null) chunks += 1;
          else if (!(await this.store.claimChunk(actor, councilId, run.billingRunId, options.chunkSize ?? DEFAULT_CHUNK_SIZE, reason))) return 'done';
        }
      } catch (error) {
        failure ??= error instanceof Error ? error.message : String(error);
        return 'stopped';
      }
    };
    try {
      const lanes = await Promise.all(Array.from({ length: Math.max(1, options.lanes ?? DEFAULT_LANES) }, lane));
      if (failure !== null) throw new Error(failure);
      if (lanes.includes('stopped')) return 'stopped';
      for (const accountId of await this.store.accountsWithUnallocatedMoney(actor, councilId)) {
        await this.commands.execute(new SettleAccountCommand(actor, accountId, reason));
      }
      // Another worker may still hold a chunk of this run: it completes the run when it is done.
      return (await this.store.finishRun(actor, councilId, run.billingRunId, { failure: null }, reason)) ? 'completed' : 'stopped';
    } catch (error) {
      await this.store.finishRun(actor, councilId, run.billingRunId, { failure: error instanceof Error ? error.message : String(error) }, reason);
      return 'failed';
    }
  }
}

/** The annual bill for each account under the council's policy, naming the account if the engine cannot bill it. */
function draftFor(run: BillingRun, policy: NoticePolicy): DraftInRun {
  return (positions) =>
    draftWithPolicy(positions, policy, run.issuedOn, true).map(({ position, draft }) => {
      try {
        return draft();
      } catch (error) {
        throw new Error(`account ${position.accountReference}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
}

function workerIn(councilId: string): Actor {
  return { subject: 'billing-worker', roles: [], councilId };
}
