import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { LookupTable, MappedRow } from './compile-mapping.js';
import { compileProfile, type CompiledProfile } from './compile-profile.js';
import type { LoadedProfile, Profile } from './profile.js';
import { readSource } from './readers/read-source.js';

export type { MappedRow } from './compile-mapping.js';

export interface MapExtractOptions {
  /** Per file (as the profile names it): the last line already done in an earlier run. */
  readonly resumeAfter?: Readonly<Record<string, number>>;
}

export interface SourceFile {
  readonly source: string;
  readonly file: string;
  readonly path: string;
}

const COMPILED = new WeakMap<Profile, CompiledProfile>();

/**
 * Every line of the extract as canonical records: one MappedRow per line and entity mapping fed by
 * its source (none where a mapping's `when` leaves the line out). Files are streamed; only lookup
 * sources are held in memory.
 */
export async function* mapExtract(loaded: LoadedProfile, directory: string, options: MapExtractOptions = {}): AsyncGenerator<MappedRow> {
  const { profile } = loaded;
  const compiled = compiledFor(profile);
  const lookups = await loadLookups(profile, directory);
  for (const { source, mappings } of compiled.sources) {
    const spec = profile.sources[source];
    const resumeAfter = options.resumeAfter?.[spec.file] ?? 0;
    let boundColumns: readonly string[] | undefined;
    let bound: ReturnType<(typeof mappings)[number]['bind']>[] = [];
    for await (const batch of readSource(join(directory, spec.file), spec)) {
      for (const record of batch) {
        if (record.line <= resumeAfter) continue;
        if (record.columns !== boundColumns) {
          bound = mappings.map((mapping) => mapping.bind(spec.file, record.columns, lookups, spec.encoding));
          boundColumns = record.columns;
        }
        for (const map of bound) {
          const row = map(record);
          if (row !== null) yield row;
        }
      }
    }
  }
}

/** The files of the extract the profile reads, for the loader to checksum and record. */
export function sourceFiles(loaded: LoadedProfile, directory: string): SourceFile[] {
  return Object.entries(loaded.profile.sources).map(([source, spec]) => ({ source, file: spec.file, path: join(directory, spec.file) }));
}

/** sha256 (hex) and size of a file, streamed. */
export async function checksumFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

function compiledFor(profile: Profile): CompiledProfile {
  let compiled = COMPILED.get(profile);
  if (!compiled) {
    compiled = compileProfile(profile);
    COMPILED.set(profile, compiled);
  }
  return compiled;
}

/** Lookup sources are read whole into memory: they are for small files (emails, phone numbers). */
async function loadLookups(profile: Profile, directory: string): Promise<Map<string, LookupTable>> {
  const tables = new Map<string, LookupTable>();
  for (const [name, lookup] of Object.entries(profile.lookups ?? {})) {
    const spec = profile.sources[lookup.source];
    const rows = new Map<string, readonly string[]>();
    let columns: readonly string[] = [];
    for await (const batch of readSource(join(directory, spec.file), spec)) {
      for (const record of batch) {
        columns = record.columns;
        const key = record.fields[columns.indexOf(lookup.key)]?.trim();
        if (record.problem === null && key && !rows.has(key)) rows.set(key, record.fields);
      }
    }
    tables.set(name, { columns, rows });
  }
  return tables;
}
