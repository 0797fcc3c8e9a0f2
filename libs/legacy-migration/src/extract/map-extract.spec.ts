import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadProfile } from './load-profile.js';
import { checksumFile, sourceFiles } from './map-extract.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/voa', import.meta.url));

describe('the files of an extract', () => {
  it('lists each source file the profile reads, and checksums it as streamed', async () => {
    const files = sourceFiles(await loadProfile('voa-rating-list'), FIXTURE);
    expect(files).toEqual([{ source: 'list', file: 'rating-list.csv', path: `${FIXTURE}/rating-list.csv` }]);
    const bytes = readFileSync(files[0].path);
    expect(await checksumFile(files[0].path)).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
  });
});
