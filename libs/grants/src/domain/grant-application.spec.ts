import { describe, expect, it } from '@jest/globals';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../../kernel/src/index.js';
import { applicationReferenceFor, checkOfficerDecision, decideApplication, GRANT_STATUSES, triage } from './grant-application.js';
import { checkGrantApplicationRequest, isSameRequest } from './grant-application-request.js';
import { isOpenOn, schemeOpenFor } from './grant-scheme.js';

const assessment = (eligible: boolean, risk: 'green' | 'amber' | 'red') => ({ eligible, amountPence: eligible ? 250_000 : 0, risk, reasons: ['because'] });

describe('triage: the status an assessment gives an application', () => {
  it.each([
    [true, 'green', 'approved'],
    [true, 'amber', 'awaiting-officer'],
    [true, 'red', 'awaiting-officer'],
    [false, 'green', 'rejected'],
    [false, 'amber', 'rejected'],
    [false, 'red', 'rejected'],
  ] as const)('eligible %s and %s: %s', (eligible, risk, status) => {
    expect(triage(assessment(eligible, risk))).toBe(status);
  });
});

describe("an officer's decision", () => {
  const decision = { kind: 'approve' as const, reason: 'checked with the director', officer: 'officer-1', on: '2026-11-20' };

  it('approves or rejects an application awaiting an officer, recording who, when and why', () => {
    expect(decideApplication({ reference: 'GA-00000001', status: 'awaiting-officer', takenBy: 'online-form' }, decision)).toEqual({
      status: 'approved', officerDecision: { decision: 'approved', decidedBy: 'officer-1', decidedOn: '2026-11-20', reason: 'checked with the director' },
    });
    expect(decideApplication({ reference: 'GA-00000001', status: 'awaiting-officer', takenBy: 'online-form' }, { ...decision, kind: 'reject' }).status).toBe('rejected');
  });

  it.each(GRANT_STATUSES.filter((status) => status !== 'awaiting-officer'))('cannot change an application that is %s', (status) => {
    expect(() => decideApplication({ reference: 'GA-00000001', status, takenBy: 'online-form' }, decision)).toThrow(ConflictError);
  });

  it('is never by the officer who took the application: another officer decides it', () => {
    expect(() => decideApplication({ reference: 'GA-00000001', status: 'awaiting-officer', takenBy: 'officer-1' }, decision)).toThrow(ForbiddenError);
    expect(decideApplication({ reference: 'GA-00000001', status: 'awaiting-officer', takenBy: null }, decision).status).toBe('approved');
  });

  it('needs approve or reject, and a reason', () => {
    expect(checkOfficerDecision('approve', '  ok  ')).toEqual({ kind: 'approve', reason: 'ok' });
    expect(() => checkOfficerDecision('maybe', 'ok')).toThrow(new InvalidInputError('decision', 'must be one of approve, reject'));
    expect(() => checkOfficerDecision('reject', ' ')).toThrow(InvalidInputError);
  });
});

describe('schemes and applications', () => {
  const scheme = { id: 'brue-valley/high-street:small-business-hardship-2026', name: 'Hardship', opensOn: '2026-11-01', closesOn: '2027-01-31' };

  it('a scheme takes applications from its opening day to its closing day, inclusive', () => {
    expect([isOpenOn(scheme, '2026-10-31'), isOpenOn(scheme, '2026-11-01'), isOpenOn(scheme, '2027-01-31'), isOpenOn(scheme, '2027-02-01')]).toEqual([false, true, true, false]);
  });

  it('an application to a closed or unknown scheme is refused, naming schemeId', () => {
    expect(schemeOpenFor([scheme], scheme.id, '2026-12-01')).toBe(scheme);
    expect(() => schemeOpenFor([scheme], scheme.id, '2027-02-01')).toThrow(new InvalidInputError('schemeId', 'takes applications from 2026-11-01 to 2027-01-31; today is 2027-02-01'));
    expect(() => schemeOpenFor([scheme], 'other:scheme', '2026-12-01')).toThrow(expect.objectContaining({ field: 'schemeId' }) as unknown as Error);
  });

  it('an application is checked and normalised; a replay must repeat it exactly', () => {
    const request = checkGrantApplicationRequest({ schemeId: scheme.id, accountReference: ' 000 000 018 ', applicantName: ' Bakery Ltd ', payeeSortCode: '12-34-56', payeeAccountNumber: '12345678' });
    expect(request).toEqual({ schemeId: scheme.id, accountReference: '000000018', applicantName: 'Bakery Ltd', payeeSortCode: '123456', payeeAccountNumber: '12345678' });
    expect(isSameRequest(request, { ...request })).toBe(true);
    expect(isSameRequest(request, { ...request, payeeAccountNumber: '87654321' })).toBe(false);
    expect(() => checkGrantApplicationRequest({ ...request, applicantName: '' })).toThrow(expect.objectContaining({ field: 'applicantName' }) as unknown as Error);
    // A mistyped account reference is caught by its check digit, for the applicant to put right.
    expect(() => checkGrantApplicationRequest({ ...request, accountReference: '000000019' })).toThrow(new InvalidInputError('accountReference', 'has a wrong check digit: please check the reference'));
  });

  it('references run GA-00000001, GA-00000002, … in each council', () => {
    expect([applicationReferenceFor(1), applicationReferenceFor(12_345)]).toEqual(['GA-00000001', 'GA-00012345']);
    expect(() => applicationReferenceFor(0)).toThrow(RangeError);
  });
});
