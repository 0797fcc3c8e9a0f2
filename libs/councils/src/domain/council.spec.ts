import { describe, expect, it } from '@jest/globals';
import { invalidField } from '../../../kernel/src/testing/invalid-field.js';
import { checkCouncilCode, configureCouncil, type Council } from './council.js';

const sedgemoor: Council = {
  id: '6f1c1d1e-0000-4000-8000-000000000001',
  code: 'sedgemoor',
  name: 'Sedgemoor District Council',
  onsCode: 'E07000188',
  status: 'active',
  contactEmail: null,
  contactPhone: null,
  website: null,
  createdAt: new Date('2026-04-01T00:00:00Z'),
  updatedAt: new Date('2026-04-01T00:00:00Z'),
};


describe('a council code is short, lower-case and safe to put in a token', () => {
  it.each(['sedgemoor', 'east-suffolk', 'city-of-london', 'b2'])('accepts %s', (code) => {
    expect(invalidField(() => checkCouncilCode(code))).toBeUndefined();
  });
  it.each(['Sedgemoor', '2council', 'a', 'has space', 'x'.repeat(41), 'drop;table'])('refuses %s', (code) => {
    expect(invalidField(() => checkCouncilCode(code))).toBe('code');
  });
});

describe('configuring a council', () => {
  it('replaces the supplied details and keeps the rest', () => {
    const changed = configureCouncil(sedgemoor, { contactEmail: 'rates@somerset.example', status: 'suspended' });
    expect(changed).toEqual({ ...sedgemoor, contactEmail: 'rates@somerset.example', status: 'suspended' });
  });

  it('clears a detail set to null', () => {
    expect(configureCouncil(sedgemoor, { onsCode: null }).onsCode).toBeNull();
  });

  it('never changes the code or id', () => {
    const changed = configureCouncil(sedgemoor, { code: 'hijack', id: 'other' } as never);
    expect(changed).toMatchObject({ code: 'sedgemoor', id: sedgemoor.id });
  });

  it.each([
    [{ onsCode: 'S12000033' }, 'onsCode'],
    [{ name: ' ' }, 'name'],
    [{ contactEmail: 'rates at council' }, 'contactEmail'],
    [{ contactPhone: 'call us' }, 'contactPhone'],
    [{ website: 'ftp://council.example' }, 'website'],
    [{ status: 'closed' as never }, 'status'],
  ])('refuses %j, naming %s', (details, field) => {
    expect(invalidField(() => configureCouncil(sedgemoor, details))).toBe(field);
  });
});
