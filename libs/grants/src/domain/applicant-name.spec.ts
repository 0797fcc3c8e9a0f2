import { describe, expect, it } from '@jest/globals';
import { namesMatch, normaliseName } from './applicant-name.js';

describe("an applicant's name against the ratepayer's", () => {
  it.each([
    ['BLOGGS & SONS LIMITED', 'Bloggs and Sons Ltd'],
    ['bloggs & sons ltd.', 'Bloggs & Sons Limited'],
    ["  O'Brien's   Café  ", 'OBriens Cafe'],
    ['A.B. Smith', 'AB Smith'],
    ['Brue Valley Bakery (Ltd)', 'Brue Valley Bakery Limited'],
  ])('%s matches %s (case, punctuation, spacing, &, ltd/limited aside)', (applicant, ratepayer) => {
    expect(namesMatch(applicant, ratepayer)).toBe(true);
  });

  it.each([
    ['Bloggs & Sons', 'Bloggs & Sons Ltd', 'a missing Ltd'],
    ['Blogs & Sons Ltd', 'Bloggs & Sons Ltd', 'a misspelling'],
    ['The Corner Shop', 'J Patel', 'a trading name'],
    ['Limited', 'Ltd Limited', 'a different number of words'],
    ['...', '', 'nothing but punctuation'],
  ])('%s does not match %s (%s)', (applicant, ratepayer) => {
    expect(namesMatch(applicant, ratepayer)).toBe(false);
  });

  it('normalises to lower-case words', () => {
    expect(normaliseName(' Smith-Jones & Co. LIMITED ')).toBe('smith jones and co ltd');
  });
});
