import { access } from 'node:fs/promises';
import path from 'node:path';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RecordRateableValueCommand } from '../../../business-rates/src/index.js';
import { InvalidInputError, isIsoDate, type IsoDate } from '../../../kernel/src/index.js';
import { UnitOfWork, type Actor } from '../../../tenancy/src/index.js';
import type { RowProblem, ValuationRecord } from '../domain/canonical-records.js';
import { decideVoaEntry, matchEntry, type VoaDecision } from '../domain/voa-changes.js';
import type { LoadedProfile } from '../extract/profile.js';
import { mapExtract } from '../extract/map-extract.js';
import { profileNamed } from './load-extract.js';
import type { ProgressReport } from './migration-store.port.js';
import { migratingCouncil } from './permissions.js';
import { RegisterValuations } from './register-valuations.port.js';

/** Entries matched against the register per query. */
const MATCH_BATCH = 1_000;

/**
 * Imports a VOA rating list (a full list or a change file) into the council's register: each entry
 * matched on UARN (else BA reference), each new value recorded from its effective date, and every
 * liability it touches rebilled, through the register's own use case: so an alteration is audited and
 * billed exactly as one keyed by an officer. Entries already recorded change nothing, so an import
 * can be rerun, or stopped and run again, safely.
 */
export class ImportVoaListCommand {
  constructor(
    readonly actor: Actor,
    /** The list or change file, whatever the VOA called it. */
    readonly listFile: string,
    readonly options: {
      readonly profile?: string;
      /** Only this billing authority's entries (a national list holds every authority's). */
      readonly billingAuthorityCode?: string;
      /** The day the list was compiled: the effective date of entries that leave it empty. */
      readonly compiledOn?: string;
      /** Everything in one transaction, rolled back at the end. */
      readonly dryRun?: boolean;
      readonly progress?: ProgressReport;
    },
  ) {}
}

/** What an import did, entry by entry where an officer may need to act. */
export interface VoaImportReport {
  entriesRead: number;
  otherAuthorities: number;
  unchanged: number;
  valuesRecorded: Array<{ baReference: string; uarn: number; effectiveFrom: string; rateableValue: number; matchedBy: 'uarn' | 'ba-reference'; noticesIssued: number }>;
  deletions: Array<{ baReference: string; uarn: number }>;
  notInRegister: Array<{ baReference: string; uarn: number; rateableValue: number | null }>;
  problems: RowProblem[];
  dryRun: boolean;
}

class DryRunRolledBack extends Error {
  constructor(readonly report: VoaImportReport) {
    super('dry run: rolled back');
  }
}

@CommandHandler(ImportVoaListCommand)
export class ImportVoaListHandler implements ICommandHandler<ImportVoaListCommand> {
  constructor(
    private readonly register: RegisterValuations,
    private readonly commands: CommandBus,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute(command: ImportVoaListCommand): Promise<VoaImportReport> {
    const councilId = migratingCouncil(command.actor, 'importing the VOA rating list');
    const compiledOn = command.options.compiledOn ?? '2026-04-01';
    if (!isIsoDate(compiledOn)) throw new InvalidInputError('compiledOn', 'must be a date such as 2026-04-01');
    if (!command.options.dryRun) return this.importList(command, councilId, compiledOn);
    try {
      // One transaction for the lot (the register's use cases join it), undone at the end.
      await this.unitOfWork.inOneTransaction(command.actor, councilId, async () => {
        throw new DryRunRolledBack(await this.importList(command, councilId, compiledOn));
      }, 'VOA list import (dry run)');
    } catch (error) {
      if (error instanceof DryRunRolledBack) return error.report;
      throw error;
    }
    throw new Error('unreachable: a dry run always rolls back');
  }

  private async importList({ actor, listFile, options }: ImportVoaListCommand, councilId: string, compiledOn: string): Promise<VoaImportReport> {
    const profile = readingFile(await profileNamed(options.profile ?? 'voa-rating-list'), path.basename(listFile));
    await access(listFile).catch(() => {
      throw new InvalidInputError('listFile', `${listFile} cannot be read`);
    });
    const report: VoaImportReport = { entriesRead: 0, otherAuthorities: 0, unchanged: 0, valuesRecorded: [], deletions: [], notInRegister: [], problems: [], dryRun: options.dryRun === true };
    let batch: ValuationRecord[] = [];
    const decideBatch = async () => {
      const registered = await this.register.find(actor, councilId, batch.map((entry) => entry.uarn), batch.map((entry) => entry.baReference));
      for (const entry of batch) {
        await this.apply(actor, entry, decideVoaEntry(entry, matchEntry(entry, registered), { billingAuthorityCode: options.billingAuthorityCode ?? null, compiledOn }), report);
      }
      options.progress?.('importing VOA entries', report.entriesRead);
      batch = [];
    };
    for await (const row of mapExtract(profile, path.dirname(listFile))) {
      if (row.entity !== 'valuation') continue;
      report.entriesRead += 1;
      if (row.record === null || row.problems.length > 0) {
        report.problems.push(...row.problems);
        continue;
      }
      batch.push(row.record as ValuationRecord);
      if (batch.length >= MATCH_BATCH) await decideBatch();
    }
    if (batch.length > 0) await decideBatch();
    return report;
  }

  private async apply(actor: Actor, entry: ValuationRecord, decision: VoaDecision, report: VoaImportReport): Promise<void> {
    switch (decision.kind) {
      case 'other-authority':
        report.otherAuthorities += 1;
        return;
      case 'unchanged':
        report.unchanged += 1;
        return;
      case 'not-in-register':
        report.notInRegister.push({ baReference: entry.baReference, uarn: entry.uarn, rateableValue: entry.rateableValue });
        return;
      case 'deleted':
        report.deletions.push({ baReference: entry.baReference, uarn: entry.uarn });
        return;
      case 'record-value': {
        const reason = `VOA rating list: ${entry.baReference} (UARN ${entry.uarn}) ${entry.caseNumber ? `case ${entry.caseNumber}` : 'list entry'}`;
        const { notices } = await this.commands.execute(new RecordRateableValueCommand(actor, decision.hereditamentId, decision.effectiveFrom as IsoDate, decision.rateableValue, reason));
        report.valuesRecorded.push({ baReference: entry.baReference, uarn: entry.uarn, effectiveFrom: decision.effectiveFrom, rateableValue: decision.rateableValue, matchedBy: decision.matchedBy, noticesIssued: notices.length });
      }
    }
  }
}

/** The profile reading the file given: list files are named by the VOA's epoch, not by the profile. */
function readingFile(loaded: LoadedProfile, file: string): LoadedProfile {
  const sources = Object.entries(loaded.profile.sources);
  if (sources.length !== 1) throw new InvalidInputError('profile', `a VOA list profile reads one file; ${loaded.name} reads ${sources.length}`);
  const [[name, spec]] = sources;
  return { ...loaded, profile: { ...loaded.profile, sources: { [name]: { ...spec, file } } } };
}
