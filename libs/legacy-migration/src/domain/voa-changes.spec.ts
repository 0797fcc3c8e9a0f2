import { describe, expect, it } from '@jest/globals';
import type { ValuationRecord } from './canonical-records.js';
import { decideVoaEntry, matchEntry, type RegisteredValuation } from './voa-changes.js';

const entry = (changes: Partial<ValuationRecord> = {}): ValuationRecord => ({
  legacyKey: '1', billingAuthorityCode: '3305', baReference: 'BA001', uarn: 1001, descriptionCode: 'CS', descriptionText: 'SHOP AND PREMISES',
  firmName: null, numberOrName: '1', street: 'HIGH STREET', town: 'TAUNTON', postalDistrict: null, county: null, postcode: 'TA1 1AA',
  effectiveDate: null, composite: false, rateableValue: 12_500, listAlterationDate: null, scatCode: '249', caseNumber: null, ...changes,
});
const shop: RegisteredValuation = { hereditamentId: 'h-1', baReference: 'BA001', uarn: 1001, values: [{ effectiveFrom: '2023-04-01', rateableValue: 11_000 }] };
const context = { billingAuthorityCode: '3305', compiledOn: '2026-04-01' };

describe('importing the VOA rating list', () => {
  it('records a compiled-list value from the compilation day when the entry leaves the effective date empty', () => {
    expect(decideVoaEntry(entry(), shop, context)).toEqual({ kind: 'record-value', hereditamentId: 'h-1', effectiveFrom: '2026-04-01', rateableValue: 12_500, matchedBy: 'uarn' });
  });

  it('versions an alteration by its own effective date, backdated or not', () => {
    expect(decideVoaEntry(entry({ effectiveDate: '2024-07-15', rateableValue: 9_000 }), shop, context)).toMatchObject({ kind: 'record-value', effectiveFrom: '2024-07-15', rateableValue: 9_000 });
  });

  it('changes nothing when the value is already recorded from that day: a list imported twice records each alteration once', () => {
    const imported = { ...shop, values: [...shop.values, { effectiveFrom: '2026-04-01', rateableValue: 12_500 }] };
    expect(decideVoaEntry(entry(), imported, context)).toEqual({ kind: 'unchanged', hereditamentId: 'h-1' });
  });

  it('corrects a value recorded from the same day with a different figure', () => {
    const imported = { ...shop, values: [{ effectiveFrom: '2026-04-01', rateableValue: 12_000 }] };
    expect(decideVoaEntry(entry(), imported, context)).toMatchObject({ kind: 'record-value', rateableValue: 12_500 });
  });

  it("leaves other billing authorities' entries alone", () => {
    expect(decideVoaEntry(entry({ billingAuthorityCode: '1105' }), shop, context)).toEqual({ kind: 'other-authority' });
  });

  it('reports a deletion for an officer rather than ending anyone\'s liability', () => {
    expect(decideVoaEntry(entry({ rateableValue: null }), shop, context)).toEqual({ kind: 'deleted', hereditamentId: 'h-1' });
  });

  it('reports an entry the register does not hold', () => {
    expect(decideVoaEntry(entry(), undefined, context)).toEqual({ kind: 'not-in-register' });
  });

  it('matches on the UARN first, and on the BA reference only where the register has no UARN', () => {
    const byReference: RegisteredValuation = { hereditamentId: 'h-2', baReference: 'BA002', uarn: null, values: [] };
    const otherUarn: RegisteredValuation = { hereditamentId: 'h-3', baReference: 'BA003', uarn: 3003, values: [] };
    expect(matchEntry({ uarn: 1001, baReference: 'BA002' }, [byReference, shop])).toBe(shop);
    expect(matchEntry({ uarn: 2002, baReference: 'BA002' }, [byReference, shop])).toBe(byReference);
    expect(matchEntry({ uarn: 2002, baReference: 'BA003' }, [otherUarn])).toBeUndefined();
    expect(decideVoaEntry(entry({ uarn: 2002, baReference: 'BA002' }), byReference, context)).toMatchObject({ matchedBy: 'ba-reference' });
  });
});
