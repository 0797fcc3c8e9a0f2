import { join } from 'node:path';
import { calculateCharge, financialYear, NATIONAL_RATES, type CouncilAward, type PropertyUse, type RatingCase } from '../../libs/business-rates/src/index.js';
import { generated, pence, records } from './spec-support.js';

/** The doc's SCat → use table and codes, as a loader would apply them. */
const USES: Record<string, PropertyUse> = { '249': 'retail', '203': 'office', '217': 'industrial', '096': 'industrial', '226': 'hospitality', '227': 'hospitality', '062': 'leisure', '075': 'leisure', '032': 'other' };
const TYPES = { C: 'company', I: 'individual', H: 'charity', S: 'casc' } as const;
const LOADED = new Set(['MAND', 'CASC', 'RURL', 'DC', 'DE', 'HARD', 'EXPL']);
const DERIVED = new Set(['SBRE', 'SBRN', 'EPRN', 'EPRI']);
const iso = (text: string) => `${text.slice(6)}-${text.slice(3, 5)}-${text.slice(0, 2)}`;

describe('an Academy extract reconciles with its manifest', () => {
  const defects = { 'bad-date': 3, 'unknown-code': 3, 'orphan-row': 3, 'duplicate-key': 3, 'overlapping-liability': 3, 'wrong-encoding': 3, 'bad-check-digit': 3, 'bad-money': 3 };
  let extract: Awaited<ReturnType<typeof generated>>;
  let read: Awaited<ReturnType<typeof readAll>>;
  beforeAll(async () => {
    extract = await generated({ format: 'academy', accounts: 1500, seed: 11, defects });
    read = await readAll(extract.dir, extract.manifest);
  });

  it('counts the valid rows of each entity as the manifest expects', () => {
    const { valid } = read;
    const expected = extract.manifest.expected;
    expect(expected).toBeDefined();
    expect(valid('nndr_account.csv').length).toBe(expected?.accounts);
    expect(valid('nndr_email.csv').length).toBe(expected?.emails);
    expect(valid('nndr_property.csv').length).toBe(expected?.properties);
    expect(valid('nndr_occupation.csv').length).toBe(expected?.liabilities);
    expect(valid('nndr_relief.csv').filter(({ row }) => LOADED.has(row.relief_code)).length).toBe(expected?.reliefs.loaded);
    expect(valid('nndr_relief.csv').filter(({ row }) => DERIVED.has(row.relief_code)).length).toBe(expected?.reliefs.engineDerived);
    expect(valid('nndr_notice.csv').length).toBe(expected?.notices);
    expect(valid('nndr_transaction.csv').length).toBe(expected?.transactions);
    expect(valid('nndr_transaction.csv').reduce((sum, { row }) => sum + pence(row.amount), 0)).toBe(expected?.transactionPence);
  });

  it('gives every notice a balance of its buckets less the payments naming its bill, to the penny', () => {
    const paid = new Map<string, number>();
    for (const { row } of read.all('nndr_transaction.csv')) paid.set(row.bill_no, (paid.get(row.bill_no) ?? 0) + pence(row.amount));
    let validTotal = 0;
    for (const { line, row } of read.all('nndr_notice.csv')) {
      // A notice refused for its money has no buckets to check.
      if (read.defective.has(`nndr_notice.csv:${line}`)) continue;
      const buckets = pence(row.amt_debit) + pence(row.amt_costs) + pence(row.amt_penalties) + pence(row.amt_refunds)
        - pence(row.amt_remit) - pence(row.amt_transitional) - pence(row.amt_write_off) - pence(row.amt_lump_disc) - pence(row.amt_paym_disc);
      expect(pence(row.notice_balance)).toBe(buckets - (row.bill_adjust === '0' ? paid.get(row.bill_no) ?? 0 : 0));
      if (!read.defectLines.has(`nndr_notice.csv:${line}`)) validTotal += pence(row.notice_balance);
    }
    expect(validTotal).toBe(extract.manifest.expected?.noticeBalancePence);
  });

  it('bills each current-year liability as the engine does, except the listed differences', () => {
    const year = financialYear(extract.manifest.financialYear);
    const { valid } = read;
    const properties = new Map(valid('nndr_property.csv').map(({ row }) => [row.property_ref, row]));
    const accounts = new Map(valid('nndr_account.csv').map(({ row }) => [row.account_ref, row]));
    const reliefs = byAccount(valid('nndr_relief.csv').map(({ row }) => row));
    const notices = byAccount(valid('nndr_notice.csv').map(({ row }) => row).filter((row) => iso(row.notice_from) >= year.start));
    const differences = new Map(extract.manifest.shadowBilling?.differences.map((difference) => [difference.accountKey, difference]));
    const touched = new Set(extract.manifest.defects.map((defect) => defect.accountKey));
    let compared = 0;
    for (const { row: liability } of valid('nndr_occupation.csv')) {
      const start = iso(liability.occupation_date);
      const end = iso(liability.vacation_date);
      const account = accounts.get(liability.account_ref);
      const property = properties.get(liability.property_ref);
      if (!account || !property || start > extract.manifest.asOf || end < year.start || touched.has(liability.account_ref)) continue;
      const period = { start: start > year.start ? start : year.start, end: end < year.end ? end : year.end };
      const own = (reliefs.get(liability.account_ref) ?? []).filter((relief) => iso(relief.relief_from) <= period.end && iso(relief.relief_to) >= period.start);
      const codes = new Set(own.map((relief) => relief.relief_code));
      const owner = ['2', '7'].includes(liability.liab_pos);
      const ratingCase: RatingCase = {
        year,
        period,
        rateableValues: [{ from: period.start, value: Number(property.rv) }],
        occupation: [{ from: period.start, value: owner ? { occupied: false, emptySince: iso(property.empty_from) } : { occupied: true } }],
        propertyUse: USES[property.descrip_code],
        listedBuilding: false,
        inLondon: false,
        ratepayer: { type: TYPES[account.party_type as keyof typeof TYPES], otherProperties: [], occupiedFrom: start },
        awards: own.flatMap((relief): CouncilAward[] =>
          ['DC', 'DE', 'HARD'].includes(relief.relief_code) ? [{ scheme: relief.relief_code === 'HARD' ? 'hardship' : 'discretionary', percent: relief.relief_percent }] : [],
        ),
        ...(codes.has('RURL') ? { ruralSettlement: { business: 'general-store', onlyOneInSettlement: true } } : {}),
        ...(codes.has('EXPL') ? { emptyExemptionClass: 'prohibited-by-law' } : {}),
      };
      const engine = calculateCharge(NATIONAL_RATES, ratingCase).netChargePence;
      const legacy = (notices.get(liability.account_ref) ?? []).reduce((sum, notice) => sum + pence(notice.amt_debit) - pence(notice.amt_remit) - pence(notice.amt_transitional), 0);
      const difference = differences.get(liability.account_ref);
      if (difference) expect([difference.legacyChargePence, difference.engineChargePence]).toEqual([legacy, engine]);
      else expect({ liability, legacy }).toEqual({ liability, legacy: engine });
      compared += 1;
    }
    expect(compared).toBe(extract.manifest.shadowBilling?.accountsCompared);
    expect(differences.size).toBeGreaterThan(0);
  });

  it('looks like a district’s list: invented postcodes, RV skew, mostly direct debit, some charities', () => {
    const properties = read.valid('nndr_property.csv').map(({ row }) => row);
    const accounts = read.valid('nndr_account.csv').map(({ row }) => row);
    expect([...properties, ...accounts].every((row) => /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/.test(row.postcode))).toBe(true);
    const share = (rows: unknown[], test: (row: never) => boolean) => rows.filter(test as (row: unknown) => boolean).length / rows.length;
    expect(share(properties, (row: { rv: string }) => Number(row.rv) < 15_000)).toBeCloseTo(0.4, 1);
    expect(share(properties, (row: { rv: string }) => Number(row.rv) > 51_000)).toBeCloseTo(0.15, 1);
    expect(share(accounts, (row: { paymeth_code: string }) => row.paymeth_code === 'DD01')).toBeGreaterThan(0.6);
    expect(accounts.filter((row) => row.party_type === 'H').every((row) => /^\d{7}$/.test(row.charity_no))).toBe(true);
  });
});

async function readAll(dir: string, manifest: Awaited<ReturnType<typeof generated>>['manifest']) {
  const names = ['nndr_account.csv', 'nndr_email.csv', 'nndr_property.csv', 'nndr_occupation.csv', 'nndr_relief.csv', 'nndr_notice.csv', 'nndr_transaction.csv'];
  const files = new Map(await Promise.all(names.map(async (name) => [name, await records(join(dir, name))] as const)));
  // Rows the loader must refuse: the defective rows themselves, and the rows they make unloadable.
  const defective = new Set(manifest.defects.map((defect) => `${defect.file}:${defect.line}`));
  const defectLines = new Set([...defective, ...manifest.defects.flatMap((defect) => defect.dependents.map((dependent) => `${dependent.file}:${dependent.line}`))]);
  const all = (name: string) => files.get(name) ?? [];
  const valid = (name: string) => all(name).filter(({ line }) => !defectLines.has(`${name}:${line}`));
  return { all, valid, defective, defectLines };
}

function byAccount(rows: Record<string, string>[]): Map<string, Record<string, string>[]> {
  const grouped = new Map<string, Record<string, string>[]>();
  for (const row of rows) grouped.set(row.account_ref, [...(grouped.get(row.account_ref) ?? []), row]);
  return grouped;
}
