import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { loadProfile } from './load-profile.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const minimal = () => ({
  name: 'tiny',
  version: '1',
  sources: { accounts: { file: 'accounts.csv', format: 'csv', encoding: 'utf-8', csv: { delimiter: ',', quote: '"', header: true } } },
  entities: {
    account: [{
      from: 'accounts',
      fields: {
        legacyKey: { column: 'ref' },
        reference: { column: 'ref', transforms: ['trim', { checkDigit: { scheme: 'luhn' } }] },
        partyName: { column: 'name' },
        partyKind: { value: 'company' },
      },
    }],
  },
});

async function profileFile(name: string, content: unknown, asJson = false): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'profile-')), name);
  await writeFile(path, asJson ? JSON.stringify(content) : stringify(content));
  return path;
}

describe('loadProfile', () => {
  it('finds a built-in profile by its bare name and records its version and checksum', async () => {
    const loaded = await loadProfile('academy-business-rates');
    expect(loaded).toMatchObject({ name: 'academy-business-rates', version: '1.0' });
    expect(loaded.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.path).toBe(here('../../profiles/academy-business-rates.yaml'));
  });

  it('reads JSON as well as YAML', async () => {
    expect((await loadProfile(await profileFile('tiny.json', minimal(), true))).name).toBe('tiny');
  });

  it('names the file, the path and a misspelt transform', async () => {
    const profile = minimal();
    profile.entities.account[0].fields.reference.transforms = ['trim', { chekDigit: { scheme: 'luhn' } } as never];
    await expect(loadProfile(await profileFile('academy.yaml', profile)))
      .rejects.toThrow('profile academy.yaml: entities.account[0].fields.reference.transforms[1]: unknown transform "chekDigit"');
  });

  it('refuses a mapping from a source it does not declare', async () => {
    const profile = minimal();
    profile.entities.account[0].from = 'acounts';
    await expect(loadProfile(await profileFile('p.yaml', profile))).rejects.toThrow('profile p.yaml: entities.account[0].from: no source named "acounts"');
  });

  it('refuses a code map it does not declare and bad transform arguments', async () => {
    const profile = minimal();
    (profile.entities.account[0].fields as Record<string, unknown>).paymentMethod = { column: 'pay', transforms: [{ map: 'paymeth' }] };
    await expect(loadProfile(await profileFile('p.yaml', profile))).rejects.toThrow('profile p.yaml: entities.account[0].fields.paymentMethod.transforms[0]: unknown code map "paymeth"');
    (profile.entities.account[0].fields as Record<string, unknown>).paymentMethod = { column: 'pay', transforms: [{ padStart: { length: 0 } }] };
    await expect(loadProfile(await profileFile('p.yaml', profile))).rejects.toThrow('profile p.yaml: entities.account[0].fields.paymentMethod.transforms[0]: padStart.length must be at least 1');
  });

  it('refuses a mapping that leaves out a required canonical field, or names one that does not exist', async () => {
    const profile = minimal();
    delete (profile.entities.account[0].fields as Record<string, unknown>).partyName;
    await expect(loadProfile(await profileFile('p.yaml', profile))).rejects.toThrow('profile p.yaml: entities.account[0].fields: account needs partyName');
    const misnamed = minimal();
    (misnamed.entities.account[0].fields as Record<string, unknown>).partyname = { column: 'x' };
    await expect(loadProfile(await profileFile('p.yaml', misnamed))).rejects.toThrow(/entities\.account\[0\]\.fields\.partyname: account has no field "partyname"/);
  });

  it('refuses what the schema refuses, at its path', async () => {
    const profile = minimal() as Record<string, unknown>;
    (profile.sources as Record<string, Record<string, unknown>>).accounts.format = 'excel';
    await expect(loadProfile(await profileFile('p.yaml', profile))).rejects.toThrow(/^profile p\.yaml: sources\.accounts\.format: must be equal to one of the allowed values/);
    await expect(loadProfile(await profileFile('p.yaml', { ...minimal(), owner: 'x' }))).rejects.toThrow('profile p.yaml: (profile): unknown property "owner"');
  });

  it('refuses an encoding iconv-lite does not know', async () => {
    const profile = minimal();
    profile.sources.accounts.encoding = 'ebcdic-klingon';
    await expect(loadProfile(await profileFile('p.yaml', profile))).rejects.toThrow('profile p.yaml: sources.accounts.encoding: unknown encoding "ebcdic-klingon"');
  });

  it('publishes the same schema it validates with', () => {
    expect(readFileSync(here('../../../../docs/legacy-migration/profile.schema.json'), 'utf8')).toBe(readFileSync(here('./profile.schema.json'), 'utf8'));
  });
});
