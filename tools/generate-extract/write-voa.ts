import { join } from 'node:path';
import { addDays } from '../../libs/kernel/src/index.js';
import { CsvFile, type CsvFileOptions } from './csv-file.js';
import type { DefectKind, InjectedDefect, ManifestFile, VoaChange } from './manifest.js';
import { Random } from './random.js';
import { singleFileDefect, spoilRow, type DefectRecipe } from './single-file-defects.js';
import { voaDate } from './text-formats.js';
import type { WorldSpec } from './world-spec.js';
import { worldGroups, type Property } from './world.js';

export const VOA_FILE = 'voa-list-entries.csv';
export const VOA_CHANGES_FILE = 'voa-changes.csv';
/** The 28 fields of legacy-data.md §3, named for defects and tests (the file has no header). */
export const VOA_FIELDS = [
  'entry_number', 'ba_code', 'community_code', 'ba_reference', 'description_code', 'description_text', 'uarn', 'full_property_identifier', 'firm_name',
  'number_or_name', 'street', 'town', 'postal_district', 'county', 'postcode', 'effective_date', 'composite', 'rateable_value', 'appeal_settlement_code',
  'assessment_reference', 'list_alteration_date', 'scat_code', 'sub_street_3', 'sub_street_2', 'sub_street_1', 'case_number', 'current_from', 'current_to',
] as const;

const RECIPES: Partial<Record<DefectKind, DefectRecipe>> = {
  'bad-date': { column: 'current_from', reason: 'not a DD-MON-YYYY or ISO date', spoil: (_, random) => random.pick(['31-FEB-2026', '01/04/2026', '01-APL-2026']) },
  'unknown-code': { column: 'scat_code', reason: 'SCat code not in the profile', spoil: (_, random) => random.pick(['998', '999X']) },
  'duplicate-key': { column: 'uarn', reason: 'UARN repeats an earlier entry', spoil: (good) => good },
  'bad-money': { column: 'rateable_value', reason: 'not whole pounds', spoil: (good) => `${good}.50` },
};

/** An entry in every sixty-fourth group's wake is a deletion (a demolished property) with no RV. */
const DELETION_EVERY = 64;

/**
 * The VOA rating list for one billing authority: `*`-delimited, no header, latin-1, a trailing `*`,
 * one entry per property of the world (same UARNs and BA references as the Academy extract of the
 * same seed and size), a few deletions, and optionally a change file.
 */
export async function writeVoa(spec: WorldSpec, outDir: string, billingAuthorityCode: string, changes: number) {
  const options = { encoding: 'latin1', delimiter: '*', quoting: false, lineEnd: '\n', rowEnd: '*' } as const;
  const file = new CsvFile({ path: join(outDir, VOA_FILE), ...options });
  const defects: InjectedDefect[] = [];
  const changeTargets: Property[] = [];
  let deletions = 0;
  let validRows = 0;
  const everyNth = Math.max(1, Math.floor(spec.accounts / 2 / Math.max(changes, 1)));
  for (const group of worldGroups(spec.seed, spec.accounts, spec.year, spec.asOf)) {
    const { property } = group;
    if (group.index % everyNth === 0 && changeTargets.length < changes) changeTargets.push(property);
    const firm = group.accounts.at(-1)?.party;
    const fields = entry(file.nextLine, billingAuthorityCode, property, firm && firm.kind !== 'I' && property.uarn % 3 === 0 ? firm.name : '', property.newInList ? property.rvEffective : null);
    const kind = spec.defectPlan.get(group.index);
    if (kind) {
      const spoiled = spoilRow(kind, RECIPES, VOA_FIELDS, fields, Random.for(spec.seed, group.index, 2), 'voa');
      if (spoiled.extraRow) {
        await file.row(fields);
        validRows += 1;
        spoiled.fields[0] = String(file.nextLine);
      }
      defects.push(singleFileDefect(kind, VOA_FILE, await file.row(spoiled.fields), spoiled, 'valuation', String(property.uarn)));
    } else {
      await file.row(fields);
      validRows += 1;
    }
    if (group.index % DELETION_EVERY === DELETION_EVERY - 1) {
      await file.row(deletion(file.nextLine, billingAuthorityCode, group.index, property, addDays(spec.year.start, 30)));
      deletions += 1;
      validRows += 1;
    }
  }
  await file.close();
  const files: ManifestFile[] = [{ name: VOA_FILE, rows: file.dataRows, encoding: 'latin1' }];
  const voaChanges = changes > 0 ? await writeChanges(spec, outDir, billingAuthorityCode, changes, changeTargets, options) : [];
  if (changes > 0) files.push({ name: VOA_CHANGES_FILE, rows: voaChanges.length, encoding: 'latin1' });
  return { files, defects, validRows, billingAuthorityCode, voaDeletions: deletions, voaChanges };
}

function entry(number: number, baCode: string, property: Property, firmName: string, effective: string | null): string[] {
  const { parts, postcode } = property.address;
  const upper = (text: string) => text.toUpperCase();
  const identifier = [parts.unit, `${parts.number} ${parts.street}`, parts.locality, parts.town, parts.county, postcode].filter((part) => part !== '').join(', ');
  return [
    String(number), baCode, '', property.baRef, property.scat.voaCode, upper(property.scat.text), String(property.uarn), upper(identifier), upper(firmName),
    parts.number, upper(parts.street), upper(parts.town), upper(parts.locality), upper(parts.county), postcode,
    effective ? voaDate(effective) : '', property.uarn % 31 === 0 && property.scat.code === '249' ? 'C' : '', String(property.rv), '',
    String(7_000_000_000 + property.uarn), effective ? voaDate(addDays(effective, 21)) : '', property.scat.code, '', '', upper(parts.unit), '',
    voaDate(effective ?? property.rvEffective), '',
  ];
}

/** A deleted entry: a property not in the council's extract, with no rateable value. */
function deletion(number: number, baCode: string, groupIndex: number, near: Property, effective: string): string[] {
  const gone: Property = { ...near, uarn: 2_000_000_000 + groupIndex, baRef: String(40_000_000_000 + groupIndex) };
  const fields = entry(number, baCode, gone, '', effective);
  fields[VOA_FIELDS.indexOf('rateable_value')] = '';
  return fields;
}

async function writeChanges(spec: WorldSpec, outDir: string, baCode: string, count: number, targets: readonly Property[], options: Omit<CsvFileOptions, 'path'>): Promise<VoaChange[]> {
  const file = new CsvFile({ path: join(outDir, VOA_CHANGES_FILE), ...options });
  const changes: VoaChange[] = [];
  const random = Random.for(spec.seed, 0xc4a6);
  for (let index = 0; index < count; index += 1) {
    const kind = (['rv-change', 'deletion', 'new-entry'] as const)[index % 3];
    const target = targets[index % Math.max(targets.length, 1)];
    const effectiveDate = addDays(spec.year.start, random.int(60, 200));
    const property: Property =
      kind === 'new-entry'
        ? { ...target, uarn: 3_000_000_000 + index, baRef: String(50_000_000_000 + index), rv: random.int(20, 400) * 100 }
        : kind === 'rv-change' ? { ...target, rv: Math.round((target.rv * random.int(70, 95)) / 100) } : target;
    const fields = entry(file.nextLine, baCode, property, '', effectiveDate);
    if (kind === 'deletion') fields[VOA_FIELDS.indexOf('rateable_value')] = '';
    const line = await file.row(fields);
    changes.push({ kind, line, uarn: property.uarn, baReference: property.baRef, rateableValue: kind === 'deletion' ? null : property.rv, effectiveDate });
  }
  await file.close();
  return changes;
}
