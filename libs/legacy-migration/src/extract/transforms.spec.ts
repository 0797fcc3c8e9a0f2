import { describe, expect, it } from '@jest/globals';
import { buildTransform } from './transforms.js';
import { ProfileArgumentError, Refusal, type Combine, type Step, type Value } from './values.js';

const codeMaps = {
  paymeth: { codes: { DD01: 'direct-debit', OLD: null } },
  use: { codes: { '249': 'retail' }, default: 'other' },
  position: { codes: { '4': 'occupier' }, refuse: { '9': 'void is not a liability' } },
};
const step = (spec: unknown) => buildTransform(spec, { codeMaps }).fn as Step;
const combine = (spec: unknown) => buildTransform(spec, { codeMaps }).fn as Combine;
const apply = (spec: unknown, value: Value) => step(spec)(value);
const refusal = (reason: string) => new Refusal(reason);

describe('transforms', () => {
  it('trim, upper, lower and collapseSpaces tidy text', () => {
    expect(apply('trim', '  a b ')).toBe('a b');
    expect(apply('upper', 'ok1 2ab')).toBe('OK1 2AB');
    expect(apply('lower', 'A@B.Example')).toBe('a@b.example');
    expect(apply('collapseSpaces', ' 1   High\tStreet ')).toBe('1 High Street');
  });

  it('every transform but default passes no value through', () => {
    for (const spec of ['trim', 'pence', 'postcode', { map: 'paymeth' }, { date: { formats: ['DD/MM/YYYY'] } }]) expect(apply(spec, null)).toBeNull();
    expect(apply({ default: 0 }, null)).toBe(0);
    expect(apply({ default: 0 }, 5)).toBe(5);
  });

  it('nullIf makes placeholders no value', () => {
    expect(apply({ nullIf: ['N/A', '-'] }, 'N/A')).toBeNull();
    expect(apply({ nullIf: ['N/A'] }, 'n/a')).toBe('n/a');
  });

  it('date reads the formats given, strictly, into ISO', () => {
    const date = step({ date: { formats: ['DD/MM/YYYY', 'DD-MON-YYYY', 'YYYY-MM-DD', 'YYYY-MM-DD HH:mm:ss.SSS'] } });
    expect(date('01/04/2026')).toBe('2026-04-01');
    expect(date('01-apr-2026')).toBe('2026-04-01');
    expect(date('2024-02-29')).toBe('2024-02-29');
    expect(date('2026-04-01 13:45:00.000')).toBe('2026-04-01');
    expect(date('31/02/2026')).toEqual(refusal('not a real date'));
    expect(date('29/02/2100')).toEqual(refusal('not a real date'));
    expect(date('2026-04-01 24:00:00.000')).toEqual(refusal('not a time of day: 2026-04-01 24:00:00.000'));
    expect(date('01/04/26')).toEqual(refusal('not a date in the form DD/MM/YYYY or DD-MON-YYYY or YYYY-MM-DD or YYYY-MM-DD HH:mm:ss.SSS'));
    expect(date('1/4/2026')).toBeInstanceOf(Refusal);
  });

  it('openEnd makes a far-future date still open', () => {
    expect(apply({ openEnd: ['2099-12-31'] }, '2099-12-31')).toBeNull();
    expect(apply({ openEnd: ['2099-12-31'] }, '2027-03-31')).toBe('2027-03-31');
  });

  it('pence, pounds and integer read numbers without floating point', () => {
    expect(apply('pence', '£1,234.5')).toBe(123450);
    expect(apply('pence', '-0.07')).toBe(-7);
    expect(apply('pence', '12.345')).toEqual(refusal('has more than two decimal places: not an amount of pounds and pence (e.g. 1234.56)'));
    expect(apply('pence', '1,23.00')).toEqual(refusal('not an amount of pounds and pence (e.g. 1234.56)'));
    expect(apply('pounds', '12,500')).toBe(12500);
    expect(apply('pounds', '12500.00')).toBe(12500);
    expect(apply('pounds', '12500.50')).toEqual(refusal('not a whole number of pounds'));
    expect(apply('integer', '007')).toBe(7);
    expect(apply('integer', '1.0')).toEqual(refusal('not a whole number'));
    expect(apply('integer', '99999999999999999')).toEqual(refusal('too large: 99999999999999999'));
  });

  it('sumPence adds amounts in several columns, an empty one as nothing', () => {
    expect(combine('sumPence')(['10.00', null, ' 2.50'])).toBe(1250);
    expect(combine('sumPence')(['10.001'])).toBeInstanceOf(Refusal);
  });

  it('boolean accepts only the values listed', () => {
    const flag = step({ boolean: { true: ['Y', 'C'], false: ['N'] } });
    expect([flag('C'), flag('N'), flag('X')]).toEqual([true, false, refusal('not Y/C or N')]);
  });

  it('map translates codes; an unknown code is a problem unless the map has a default; refused codes say why', () => {
    expect(apply({ map: 'paymeth' }, 'DD01')).toBe('direct-debit');
    expect(apply({ map: 'paymeth' }, 'OLD')).toBeNull();
    expect(apply({ map: 'paymeth' }, 'XYZ')).toEqual(refusal('unknown code XYZ in code map paymeth'));
    expect(apply({ map: 'use' }, '999')).toBe('other');
    expect(apply({ map: 'position' }, '9')).toEqual(refusal('void is not a liability'));
    expect(() => step({ map: 'nowhere' })).toThrow(new ProfileArgumentError('unknown code map "nowhere"'));
  });

  it('split picks a part or rejoins a run of parts, trimmed', () => {
    expect(apply({ split: { separator: ',', index: 1 } }, 'a, b ,c')).toBe('b');
    expect(apply({ split: { separator: ',', index: -1 } }, 'a,b,c')).toBe('c');
    expect(apply({ split: { separator: ',', index: 5 } }, 'a,b')).toBeNull();
    expect(apply({ split: { separator: ',', from: 1, joinWith: ', ' } }, 'a, b,c')).toBe('b, c');
    expect(apply({ split: { separator: ',', from: 0, to: 1 } }, 'a,b,c')).toBe('a,b');
  });

  it('join and firstOf make one value of several columns', () => {
    expect(combine({ join: { separator: ' ' } })(['Unit 4', null, 'Mill Lane'])).toBe('Unit 4 Mill Lane');
    expect(combine({ join: { separator: '/', keepEmpty: true } })(['5001', null])).toBe('5001/');
    expect(combine('firstOf')([null, 'b', 'c'])).toBe('b');
  });

  it('pattern refuses what does not match; replace rewrites what does', () => {
    expect(apply({ pattern: '^[0-9]{8}$' }, '1234567')).toEqual(refusal('does not match ^[0-9]{8}$'));
    expect(apply({ replace: { pattern: '[A-Z]$', with: '' } }, '249G')).toBe('249');
    expect(() => step({ pattern: '(' })).toThrow(ProfileArgumentError);
  });

  it('checkDigit checks the last digit by Luhn or a weighted modulus', () => {
    expect(apply({ checkDigit: { scheme: 'luhn' } }, '100000017')).toBe('100000017');
    expect(apply({ checkDigit: { scheme: 'luhn' } }, '100000018')).toEqual(refusal('wrong check digit (luhn): expected 7'));
    // 1*4 + 2*3 + 3*2 = 16; (11 - 16 mod 11) mod 11 = 6
    expect(apply({ checkDigit: { scheme: 'modulus', modulus: 11, weights: [4, 3, 2] } }, '1236')).toBe('1236');
    expect(apply({ checkDigit: { scheme: 'modulus', modulus: 11, weights: [4, 3, 2] } }, '12345')).toBeInstanceOf(Refusal);
    expect(apply({ checkDigit: { scheme: 'luhn' } }, '12A4')).toEqual(refusal('not digits with a check digit'));
  });

  it('postcode normalises spacing and case and refuses the impossible', () => {
    expect(apply('postcode', ' ls1  1ab')).toBe('LS1 1AB');
    expect(apply('postcode', 'EC1A1BB')).toBe('EC1A 1BB');
    expect(apply('postcode', 'LS1')).toEqual(refusal('not a UK postcode'));
  });

  it('padStart pads to a length', () => {
    expect(apply({ padStart: { length: 8, char: '0' } }, '1234567')).toBe('01234567');
  });

  it('an unknown transform or bad arguments are a profile mistake', () => {
    expect(() => step('chekDigit')).toThrow(new ProfileArgumentError('unknown transform "chekDigit"'));
    expect(() => step({ split: { separator: '' , index: 0 } })).toThrow(new ProfileArgumentError('split.separator must not be empty'));
    expect(() => step({ date: { formats: ['MM/YYYY'] } })).toThrow(new ProfileArgumentError('date format "MM/YYYY" needs YYYY, MM (or MON) and DD'));
  });
});
