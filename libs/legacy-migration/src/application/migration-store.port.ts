import type { Actor } from '../../../tenancy/src/index.js';
import type { RowProblem } from '../domain/canonical-records.js';
import type { BalanceReconciliation, EntityCounts, LegacyCharge, Reconciliation } from '../domain/reconciliation.js';
import type { MappedRow } from '../extract/map-extract.js';

export interface SourceFileChecksum {
  readonly source: string;
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
}

export type LoadStatus = 'staging' | 'staged' | 'loading' | 'loaded';

/** A load: one profile over one set of source files into one council, and how far it has got. */
export interface MigrationLoad {
  readonly loadId: string;
  readonly profileName: string;
  readonly profileVersion: string;
  readonly profileSha256: string;
  readonly sourceFiles: readonly SourceFileChecksum[];
  readonly fingerprint: string;
  readonly status: LoadStatus;
  /** file -> the last line staged: where a stopped load resumes. */
  readonly stagedThrough: Readonly<Record<string, number>>;
  readonly startedBy: string;
  readonly startedAt: string;
  readonly stagedAt: string | null;
  readonly loadedAt: string | null;
}

export interface NewLoad {
  readonly profileName: string;
  readonly profileVersion: string;
  readonly profileSha256: string;
  readonly sourceFiles: readonly SourceFileChecksum[];
  readonly fingerprint: string;
}

/** Called as work is done: rows so far in a phase (of `total`, where known). */
export type ProgressReport = (phase: string, done: number, total?: number) => void;

/**
 * One working session on a council's migration data: a connection as the migration role. Staging
 * and loading commit a chunk at a time (so a killed load resumes), except in a dry run, where the
 * whole session is one transaction that `end` rolls back: nothing is kept.
 */
export interface MigrationSession {
  /** The load of this extract (same profile and files), started if there is none. */
  findOrStartLoad(load: NewLoad): Promise<MigrationLoad>;
  /** Stages mapped rows and their problems, and moves the load's cursor, in one transaction. */
  stageChunk(loadId: string, rows: readonly MappedRow[], through: Readonly<Record<string, number>>): Promise<void>;
  /** Checks the staged rows against each other and the live tables (keys, references, overlaps); marks the load staged. */
  checkRelations(loadId: string, progress: ProgressReport): Promise<void>;
  /** Copies the valid staged rows into the live tables, skipping what is already there; marks the load loaded. */
  promote(loadId: string, progress: ProgressReport): Promise<void>;
  entityCounts(loadId: string): Promise<EntityCounts[]>;
  /** Each account's balance, legacy (its notices' balances) against migrated (its ledger): totals, and up to `listLimit` accounts that differ, each with what was refused on it. */
  balances(loadId: string, listLimit: number): Promise<BalanceReconciliation>;
  /** Each valid account's legacy charge for the year (its notices' buckets), for shadow billing, a batch at a time after `afterKey`. */
  legacyCharges(loadId: string, financialYear: string, afterKey: string | null, limit: number): Promise<LegacyCharge[]>;
  problems(loadId: string): AsyncIterable<RowProblem>;
  /** Keeps a reconciliation's report against its load, as evidence the API can show. */
  recordReconciliation(report: Reconciliation): Promise<void>;
  end(): Promise<void>;
}

/** Where loads are staged and loaded: connections as the migration role. */
export abstract class MigrationStore {
  abstract openSession(actor: Actor, councilId: string, options: { readonly dryRun: boolean }): Promise<MigrationSession>;
}

/** The record of loads, read as the service (the API lists them without the migration role's rights). */
export abstract class MigrationLoads {
  abstract list(actor: Actor, councilId: string): Promise<MigrationLoad[]>;
  abstract find(actor: Actor, councilId: string, loadId: string): Promise<MigrationLoad | null>;
  /** The load's stored reconciliation reports, oldest first. */
  abstract reconciliations(actor: Actor, councilId: string, loadId: string): Promise<Reconciliation[]>;
}
