import { describe, expect, it } from '@jest/globals';
import { formatDate, formatPence, poundsToPence, poundsWording } from './presentation.js';
import { settingFields, submittedSettings, type PolicyPlugin } from './policy-form.js';

describe('money and dates on the admin pages', () => {
  it.each([
    ['125.50', 12_550],
    ['£1,234.5', 123_450],
    ['0.07', 7],
    ['12', 1_200],
    [' 99.99 ', 9_999],
  ])('reads %s as %d pence, by text alone', (text, pence) => {
    expect(poundsToPence(text)).toBe(pence);
  });

  it.each(['12.345', '-5', 'abc', '', '1,23.00', '£', '1e3'])('refuses %s as an amount', (text) => {
    expect(poundsToPence(text)).toBeNull();
  });

  it('shows pence as pounds with separators, a credit with a minus sign', () => {
    expect(formatPence(123_456_789)).toBe('£1,234,567.89');
    expect(formatPence(-500)).toBe('\u2212£5.00');
    expect(formatPence(7)).toBe('£0.07');
  });

  it('shows ISO dates the GOV.UK way', () => {
    expect(formatDate('2024-04-01')).toBe('1 April 2024');
    expect(formatDate('2024-12-25T09:30:00.000Z')).toBe('25 December 2024 09:30');
  });
});

describe('the policy form', () => {
  const plugin: PolicyPlugin = {
    id: 'levels-and-moors/collection',
    name: 'Levels and Moors',
    description: '',
    settings: [
      { key: 'instalmentDay', description: 'Day', type: 'whole-number', value: 20, defaultValue: 15, source: 'council' },
      { key: 'summonsCostsPence', description: 'Costs', type: 'pence', value: 8_000, defaultValue: 8_000, source: 'default' },
      { key: 'sectors', description: 'Sectors', type: 'text-list', value: ['TA6 3'], defaultValue: [], source: 'council' },
    ],
  };
  const fields = settingFields([plugin, { id: 'national', name: 'National', description: '', settings: [] }]);

  it('shows each setting as it is typed: pence in pounds, lists one to a line', () => {
    expect(fields.map((field) => field.typed)).toEqual(['20', '80.00', 'TA6 3']);
  });

  it('sends only the values that differ from the defaults, typed for the API', () => {
    const problems: { field: string; reason: string }[] = [];
    const body = Object.fromEntries(fields.map((field, index) => [field.id, ['21', '80.00', 'TA6 3\nTA7 1\n'][index]]));
    expect(submittedSettings(fields, body, problems)).toEqual({ 'levels-and-moors/collection': { instalmentDay: 21, sectors: ['TA6 3', 'TA7 1'] } });
    expect(problems).toEqual([]);
  });

  it('names the setting a value cannot be read for', () => {
    const problems: { field: string; reason: string }[] = [];
    submittedSettings(fields, { [fields[0]!.id]: 'twenty', [fields[1]!.id]: '80', [fields[2]!.id]: '' }, problems);
    expect(problems).toEqual([{ field: 'settings.levels-and-moors/collection.instalmentDay', reason: 'must be a whole number' }]);
  });
});

describe("the API's reasons about pence, told in pounds", () => {
  it.each([
    ['must be a whole number of pence above nothing', 'must be an amount in pounds and pence above nothing'],
    ['must not be less than 1', 'must not be less than £0.01'],
    ['must not be greater than 100000000', 'must not be greater than £1,000,000.00'],
    ['must be at least 250 pence', 'must be at least £2.50'],
    ['must be an integer number', 'must be an amount in pounds and pence'],
    ["is more than the account's credit of £12.00", "is more than the account's credit of £12.00"],
    ['is more than the £40.00 of 2024-25 rates unpaid', 'is more than the £40.00 of 2024-25 rates unpaid'],
  ])('%s → %s', (reason, worded) => {
    expect(poundsWording(reason)).toBe(worded);
  });
});
