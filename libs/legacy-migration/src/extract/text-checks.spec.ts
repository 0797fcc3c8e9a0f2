import { describe, expect, it } from '@jest/globals';
import { encodingCheckFor } from './text-checks.js';

describe('encoding checks', () => {
  it('finds bytes that were not valid in the declared encoding', () => {
    expect(encodingCheckFor('utf-8')('Gr\uFFFDne')).toBe('not valid utf-8: an invalid byte sequence (decoded as U+FFFD)');
    expect(encodingCheckFor('utf-8')('Grüne')).toBeNull();
  });

  it('finds UTF-8 text read as a single-byte encoding', () => {
    expect(encodingCheckFor('windows-1252')('CafÃ© Â£5')).toBe('looks like utf-8 read as windows-1252 (e.g. "Ã©" for "é"): check the file\'s encoding');
    expect(encodingCheckFor('windows-1252')('Café £5')).toBeNull();
  });
});
