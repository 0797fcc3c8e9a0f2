import { join } from 'node:path';
import { billGroup, Numbering } from './billing.js';
import { CsvFile } from './csv-file.js';
import type { InjectedDefect, ManifestFile } from './manifest.js';
import { Random } from './random.js';
import { singleFileDefect, spoilRow, type DefectRecipe } from './single-file-defects.js';
import { dayMonthYear, poundsText } from './text-formats.js';
import type { WorldSpec } from './world-spec.js';
import { worldGroups, type Group } from './world.js';

export const OPEN_DATA_FILE = 'business-rates.csv';
export const OPEN_DATA_COLUMNS = [
  'Property reference number', 'BA reference number', 'Ratepayer', 'Company number', 'Charity number', 'Address', 'Postcode', 'Latitude', 'Longitude',
  'Occupied', 'Liability start date', 'Empty from', 'Rateable value', 'VOA code', 'VOA description', 'Exemptions', 'Exemptions start date',
  'Relief types', 'Relief total',
] as const;

/** What councils print instead of an individual's name. */
export const REDACTED_NAME = 'Personal information';
const EXEMPTION_CODES = new Set(['EPRN', 'EXPL']);

const RECIPES: Partial<Record<import('./manifest.js').DefectKind, DefectRecipe>> = {
  'bad-date': { column: 'Liability start date', reason: 'not a DD/MM/YYYY date', spoil: (good, random) => random.pick([`31/02/${good.slice(6)}`, good.split('/').reverse().join('-'), '00/00/0000']) },
  'unknown-code': { column: 'VOA code', reason: 'SCat code not in the profile', spoil: (_, random) => random.pick(['998', '999X', 'ZZ9']) },
  'duplicate-key': { column: 'Property reference number', reason: 'property reference repeats an earlier row', spoil: (good) => good },
  'wrong-encoding': { column: 'Ratepayer', reason: 'byte 0xE9 (latin-1 é) is not valid UTF-8', spoil: (good) => Buffer.from(`Café ${good}`, 'latin1') },
  'bad-money': { column: 'Relief total', reason: 'not money in the form 1234.56', spoil: (good) => `£${good}` },
};

/**
 * The common open-data layout (UTF-8, LF, quoted CSV): one row per property and its ratepayer on
 * the extract date, individuals' names redacted, relief total the current year's reliefs on the bills.
 */
export async function writeOpenData(spec: WorldSpec, outDir: string): Promise<{ files: ManifestFile[]; defects: InjectedDefect[]; validRows: number }> {
  const file = new CsvFile({ path: join(outDir, OPEN_DATA_FILE), encoding: 'utf-8', delimiter: ',', quoting: true, lineEnd: '\n' });
  await file.header(OPEN_DATA_COLUMNS);
  const defects: InjectedDefect[] = [];
  const numbering = new Numbering();
  let validRows = 0;
  for (const group of worldGroups(spec.seed, spec.accounts, spec.year, spec.asOf)) {
    const fields = openDataRow(group, spec, numbering);
    const kind = spec.defectPlan.get(group.index);
    if (!kind) {
      await file.row(fields);
      validRows += 1;
      continue;
    }
    const spoiled = spoilRow(kind, RECIPES, OPEN_DATA_COLUMNS, fields, Random.for(spec.seed, group.index, 2), 'open-data');
    if (spoiled.extraRow) {
      await file.row(fields);
      validRows += 1;
    }
    defects.push(singleFileDefect(kind, OPEN_DATA_FILE, await file.row(spoiled.fields), spoiled, 'property', group.property.ref));
  }
  await file.close();
  return { files: [{ name: OPEN_DATA_FILE, rows: file.dataRows, encoding: 'utf-8' }], defects, validRows };
}

function openDataRow(group: Group, spec: WorldSpec, numbering: Numbering): string[] {
  const { property } = group;
  const billing = billGroup(group, { seed: spec.seed, year: spec.year, asOf: spec.asOf, numbering }, false).at(-1);
  if (!billing) throw new Error(`group ${group.index} has no account`);
  const { account } = billing;
  const live = account.reliefs.filter((relief) => relief.from <= spec.asOf && (relief.to === null || relief.to >= spec.asOf));
  const exemptions = live.filter((relief) => EXEMPTION_CODES.has(relief.code));
  const reliefs = live.filter((relief) => !EXEMPTION_CODES.has(relief.code));
  const reliefPence = billing.notices.filter((notice) => notice.from >= spec.year.start).reduce((sum, notice) => sum + notice.charge.remitPence, 0);
  return [
    property.ref,
    property.baRef,
    account.party.kind === 'I' ? REDACTED_NAME : account.party.name,
    account.party.companyNo,
    account.party.charityNo,
    property.address.lines.filter((line) => line !== '').join(', '),
    property.address.postcode,
    property.latitude,
    property.longitude,
    account.liability.owner ? 'N' : 'Y',
    dayMonthYear(account.liability.start),
    property.emptyFrom ? dayMonthYear(property.emptyFrom) : '',
    String(property.rv),
    property.scat.code,
    property.scat.text,
    exemptions.map((relief) => relief.code).join(';'),
    exemptions.length > 0 ? dayMonthYear(exemptions[0].from) : '',
    reliefs.map((relief) => relief.code).join(';'),
    poundsText(reliefPence),
  ];
}
