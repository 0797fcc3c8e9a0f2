import { createHash } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import type { LoadedProfile } from '../extract/profile.js';
import type { RowProblem } from '../domain/canonical-records.js';
import type { EntityCounts } from '../domain/reconciliation.js';
import { loadProfile } from '../extract/load-profile.js';
import { checksumFile, mapExtract, sourceFiles, type MappedRow } from '../extract/map-extract.js';
import { countLines } from './count-lines.js';
import { MigrationStore, type MigrationLoad, type MigrationSession, type ProgressReport, type SourceFileChecksum } from './migration-store.port.js';
import { migratingCouncil } from './permissions.js';

/** Rows staged per transaction. */
const STAGING_CHUNK_ROWS = 20_000;

/**
 * Validate or load a legacy extract: `validate` maps every line with the profile, stages what can
 * be read and checks it (keys, references, overlaps), so the problems report is complete before
 * anything goes live; `load` does the same and then copies the valid rows into the live tables.
 * The extract is identified by the checksums of its profile and files: run again, a load resumes
 * where it stopped (however it stopped), and a load already finished adds nothing.
 */
export class LoadExtractCommand {
  constructor(
    readonly actor: Actor,
    readonly profile: string,
    readonly directory: string,
    readonly options: {
      readonly load: boolean;
      /** Everything in one transaction, rolled back at the end: reports are written, nothing is kept. */
      readonly dryRun?: boolean;
      readonly progress?: ProgressReport;
      /** Given the problems found, line by line, once the checks are done (the CLI writes them as CSV). */
      readonly reportProblems?: (problems: AsyncIterable<RowProblem>) => Promise<void>;
    },
  ) {}
}

export interface LoadOutcome {
  readonly load: MigrationLoad;
  /** It had been started before, and this run carried on from where it stopped. */
  readonly resumed: boolean;
  readonly rowsStaged: number;
  readonly counts: readonly EntityCounts[];
  readonly dryRun: boolean;
}

@CommandHandler(LoadExtractCommand)
export class LoadExtractHandler implements ICommandHandler<LoadExtractCommand> {
  constructor(private readonly store: MigrationStore) {}

  async execute({ actor, profile: profileName, directory, options }: LoadExtractCommand): Promise<LoadOutcome> {
    const councilId = migratingCouncil(actor, options.load ? 'loading a legacy extract' : 'validating a legacy extract');
    const progress = options.progress ?? (() => undefined);
    const profile = await profileNamed(profileName);
    const files = sourceFiles(profile, directory);
    const checksums: SourceFileChecksum[] = [];
    for (const file of files) checksums.push({ source: file.source, file: file.file, ...(await checksumOf(file.path, file.file, profile.name)) });
    const fingerprint = createHash('sha256').update(JSON.stringify([profile.checksum, checksums.map((file) => [file.file, file.sha256])])).digest('hex');

    const session = await this.store.openSession(actor, councilId, { dryRun: options.dryRun === true });
    try {
      let load = await session.findOrStartLoad({ profileName: profile.name, profileVersion: String(profile.version), profileSha256: profile.checksum, sourceFiles: checksums, fingerprint });
      const resumed = load.status !== 'staging' || Object.keys(load.stagedThrough).length > 0;
      let rowsStaged = 0;
      if (load.status === 'staging') {
        const lines = await Promise.all(files.map((file) => countLines(file.path)));
        rowsStaged = await stage(session, load, mapExtract(profile, directory, { resumeAfter: load.stagedThrough }), lines.reduce((a, b) => a + b, 0), progress);
        await session.checkRelations(load.loadId, progress);
      }
      if (options.reportProblems) await options.reportProblems(session.problems(load.loadId));
      if (options.load && load.status !== 'loaded') await session.promote(load.loadId, progress);
      load = { ...load, status: options.load ? 'loaded' : load.status === 'staging' ? 'staged' : load.status };
      return { load, resumed, rowsStaged, counts: await session.entityCounts(load.loadId), dryRun: options.dryRun === true };
    } finally {
      await session.end();
    }
  }
}

/** The profile, or what is wrong with it (the file, the place in it and why) as the data team's error. */
export async function profileNamed(name: string): Promise<LoadedProfile> {
  try {
    return await loadProfile(name);
  } catch (error) {
    throw new InvalidInputError('profile', (error as Error).message);
  }
}

/** A source file's checksum; a file the profile reads but the folder lacks is named, not a stack trace. */
async function checksumOf(path: string, file: string, profile: string): Promise<{ sha256: string; bytes: number }> {
  try {
    return await checksumFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InvalidInputError('extract', `${file} is not in the extract folder (profile ${profile} reads it)`);
    throw error;
  }
}

/**
 * Streams the mapped rows into staging a chunk at a time; a chunk never splits a line's rows, so the
 * cursor is exact. The next chunk is mapped while the database stores the last one (one in flight),
 * so reading the files and writing them overlap.
 */
async function stage(session: MigrationSession, load: MigrationLoad, rows: AsyncIterable<MappedRow>, totalLines: number, progress: ProgressReport): Promise<number> {
  let chunk: MappedRow[] = [];
  let through: Record<string, number> = {};
  let staged = 0;
  let linesDone = Object.values(load.stagedThrough).reduce((sum, line) => sum + line, 0);
  let last: { file: string; line: number } | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (chunk.length === 0) return;
    await inFlight;
    inFlight = session.stageChunk(load.loadId, chunk, through);
    // A failure surfaces at the next await; it must not go unhandled meanwhile.
    inFlight.catch(() => undefined);
    staged += chunk.length;
    chunk = [];
    through = {};
  };
  for await (const row of rows) {
    const newLine = !last || last.file !== row.file || last.line !== row.line;
    if (newLine && chunk.length >= STAGING_CHUNK_ROWS) await flush();
    if (newLine) {
      linesDone += 1;
      if (linesDone % 5_000 === 0) progress('staging', linesDone, totalLines);
    }
    chunk.push(row);
    through[row.file] = row.line;
    last = { file: row.file, line: row.line };
  }
  await flush();
  await inFlight;
  progress('staging', totalLines, totalLines);
  return staged;
}
