import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { financialYearOf } from '../../libs/business-rates/src/index.js';
import { isIsoDate } from '../../libs/kernel/src/index.js';
import { planDefects } from './defect-plan.js';
import { DEFECT_KINDS, type DefectKind, type ExtractFormat, type ExtractManifest } from './manifest.js';
import { writeAcademy } from './write-academy.js';
import { writeOpenData } from './write-open-data.js';
import { writeVoa } from './write-voa.js';
import type { WorldSpec } from './world-spec.js';

export type { DefectKind, ExtractFormat, ExtractManifest } from './manifest.js';

export interface GenerateOptions {
  readonly format: ExtractFormat;
  readonly accounts: number;
  readonly seed: number;
  readonly outDir: string;
  /** The extract's date (default 2026-11-30): its financial year is the current one. */
  readonly asOf?: string;
  /** How many of each defect to inject. */
  readonly defects?: Partial<Record<DefectKind, number>>;
  /** VOA only: how many altered entries to write to `voa-changes.csv`. */
  readonly voaChanges?: number;
  /** VOA only: the billing authority code (default 3305). */
  readonly billingAuthorityCode?: string;
}

/**
 * Writes a deterministic synthetic legacy extract in one of the three layouts of
 * docs/legacy-extract-formats.md, and its manifest (`<outDir>/manifest.json`): the same options
 * always give the same bytes.
 */
export async function generateExtract(options: GenerateOptions): Promise<ExtractManifest> {
  const asOf = options.asOf ?? '2026-11-30';
  if (!isIsoDate(asOf)) throw new Error(`asOf must be a date such as 2026-11-30, not ${asOf}`);
  if (!Number.isSafeInteger(options.accounts) || options.accounts < 1 || options.accounts > 9_999_999) throw new Error('accounts must be from 1 to 9,999,999');
  if (!Number.isSafeInteger(options.seed)) throw new Error('seed must be a whole number');
  const defects = options.defects ?? {};
  for (const kind of Object.keys(defects)) if (!DEFECT_KINDS.includes(kind as DefectKind)) throw new Error(`unknown defect kind ${kind}; known: ${DEFECT_KINDS.join(', ')}`);
  const spec: WorldSpec = { seed: options.seed, accounts: options.accounts, asOf, year: financialYearOf(asOf), defectPlan: planDefects(options.seed, options.accounts, defects) };
  await mkdir(options.outDir, { recursive: true });
  const head = { format: options.format, seed: options.seed, accounts: options.accounts, asOf, financialYear: spec.year.label };
  let manifest: ExtractManifest;
  switch (options.format) {
    case 'academy':
      manifest = { ...head, ...(await writeAcademy(spec, options.outDir)) };
      break;
    case 'open-data':
      manifest = { ...head, ...(await writeOpenData(spec, options.outDir)) };
      break;
    case 'voa':
      manifest = { ...head, ...(await writeVoa(spec, options.outDir, options.billingAuthorityCode ?? '3305', options.voaChanges ?? 0)) };
      break;
    default:
      throw new Error(`unknown format ${String(options.format)}`);
  }
  await writeFile(join(options.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
