import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { connectAsOwner } from '../support/database.js';
import { requiredEnv } from '../support/test-api.js';
import { accountReferenceFor } from '../../libs/business-rates/src/index.js';
import type { AccountRecord, LiabilityRecord, NoticeRecord, PropertyRecord, ReliefRecord, TransactionRecord } from '../../libs/legacy-migration/src/domain/canonical-records.js';
import type { MappedRow } from '../../libs/legacy-migration/src/extract/map-extract.js';
import type { Actor } from '../../libs/tenancy/src/index.js';

/** A council of its own for a migration test, made directly as the owner (no API needed), and a data migrator in it. */
export async function migrationCouncil(prefix = 'migration'): Promise<{ councilId: string; code: string; migrator: Actor }> {
  const councilId = randomUUID();
  const code = `${prefix}-${councilId.slice(0, 8)}`;
  const owner = await connectAsOwner();
  try {
    await owner.query('begin');
    await owner.query(`select set_config('app.actor', 'test-setup', true)`);
    await owner.query(`insert into councils (council_id, code, name) values ($1, $2, $3)`, [councilId, code, `Migration test council ${code}`]);
    await owner.query('commit');
  } finally {
    await owner.end();
  }
  return { councilId, code, migrator: { subject: `test-migrator-${code}`, roles: ['data-migrator'], councilId } };
}

/** A connection as the migration role (row-level security applies). */
export async function connectAsMigrator(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: requiredEnv('TEST_DATABASE_MIGRATOR_URL') });
  await client.connect();
  return client;
}

/** Counts a council's rows in a live table, as the owner (behind row-level security). */
export async function countRows(table: string, councilId: string, where = 'true'): Promise<number> {
  const owner = await connectAsOwner();
  try {
    const { rows } = await owner.query(`select count(*) as n from ${table} where council_id = $1 and ${where}`, [councilId]);
    return Number(rows[0].n);
  } finally {
    await owner.end();
  }
}

/** Canonical records as a profile would map them, with invented values: change what a test is about. */
export const property = (key: string, changes: Partial<PropertyRecord> = {}): PropertyRecord => ({
  legacyKey: key, baReference: `BA${key}`, uarn: Number(key.replace(/\D/g, '')) + 1000, uprn: null, addressLine1: `${key} High Street`, addressLine2: null,
  addressLine3: null, addressLine4: 'Taunton', postcode: 'TA1 1AA', description: 'Shop and premises', scatCode: '249', propertyUse: 'retail',
  listedBuilding: false, rateableValue: 20_000, rateableValueFrom: '2023-04-01', emptyFrom: null, ...changes,
});
export const account = (key: string, serial: number): AccountRecord => ({
  legacyKey: key, reference: accountReferenceFor(serial), partyName: `Invented Trading ${key} Ltd`, partyKind: 'company', companyNumber: null,
  charityNumber: null, correspondenceLine1: '1 Invented Road', correspondenceLine2: null, correspondenceLine3: null, correspondenceLine4: null,
  correspondencePostcode: 'TA2 2BB', email: `${key.toLowerCase()}@example.invalid`, phone: null, paymentMethod: 'direct-debit',
});
export const liability = (key: string, accountKey: string, propertyKey: string, startsOn: string, endsOn: string | null = null): LiabilityRecord => ({
  legacyKey: key, accountKey, propertyKey, capacity: 'occupier', startsOn, endsOn,
});
export const notice = (key: string, accountKey: string, debitPence: number, balancePence: number): NoticeRecord => ({
  legacyKey: key, accountKey, periodFrom: '2026-04-01', periodTo: '2027-03-31', issuedOn: '2026-03-10', debitPence, costsPence: 0, penaltiesPence: 0,
  refundsPence: 0, remittedPence: 0, transitionalPence: 0, writtenOffPence: 0, discountPence: 0, balancePence,
});
export const payment = (key: string, accountKey: string, noticeKey: string | null, amountPence: number): TransactionRecord => ({
  legacyKey: key, accountKey, noticeKey, receivedOn: '2026-05-01', amountPence, method: 'direct-debit',
});
export const relief = (key: string, accountKey: string, propertyKey: string, kind: ReliefRecord['kind'], legacyCode: string): ReliefRecord => ({
  legacyKey: key, accountKey, propertyKey, kind, legacyCode, startsOn: '2024-04-01', endsOn: null, percent: null,
});

/** Rows as the mapping half gives them, numbered line by line within their file. */
export const stagedRows = (file: string, entity: MappedRow['entity'], records: object[]): MappedRow[] =>
  records.map((record, index) => ({ entity, file, line: index + 2, record, problems: [] }) as unknown as MappedRow);

